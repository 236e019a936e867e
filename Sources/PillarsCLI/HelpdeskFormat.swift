/// How a helpdesk writes its ticket export, recognised by the header: which columns hold the
/// tags, the date the ticket was opened and its channel, and how tags are separated.
struct HelpdeskFormat: Equatable {
  var name: String
  var tags: String
  var date: String
  var channel: String?
  /// Zendesk separates tags with spaces; the others with commas.
  var tagsSplitOnSpaces: Bool

  static let zendesk = HelpdeskFormat(name: "Zendesk", tags: "Tags", date: "Created at", channel: "Via", tagsSplitOnSpaces: true)
  static let freshdesk = HelpdeskFormat(name: "Freshdesk", tags: "Tags", date: "Created time", channel: "Source", tagsSplitOnSpaces: false)
  static let intercom = HelpdeskFormat(
    name: "Intercom", tags: "conversation_tags", date: "conversation_created_at", channel: "conversation_channel", tagsSplitOnSpaces: false)

  static let known = [zendesk, freshdesk, intercom]

  /// The columns an import reads, by their index in the header.
  struct Columns: Equatable {
    var format: String
    var tags: Int
    var date: Int
    var channel: Int?
    var segment: Int?
    var splitOnSpaces: Bool

    /// The indexes in the order ``TicketTally`` reads them.
    var wanted: [Int] { [tags, date, channel ?? tags, segment ?? tags] }
  }

  /// What the user named on the command line, which overrides a recognised format's choice.
  struct Choice {
    var theme: String?
    var date: String?
    var channel: String?
    var segment: String?
  }

  /// Finds the columns in `header`; throws what is missing.
  static func columns(in header: [String], choice: Choice) throws -> Columns {
    func index(_ name: String) -> Int? {
      let wanted = name.trimmingWhitespace.lowercased()
      return header.firstIndex { $0.trimmingWhitespace.lowercased() == wanted }
    }
    func required(_ name: String, _ option: String) throws -> Int {
      guard let found = index(name) else {
        throw CLIError("line 1: no column \"\(name)\" in the header (named by \(option)); the header has: \(header.joined(separator: ", "))")
      }
      return found
    }
    let recognised = known.first { format in index(format.tags) != nil && index(format.date) != nil }
    if recognised == nil && (choice.theme == nil || choice.date == nil) {
      throw CLIError(
        "line 1: the header is not a Zendesk, Freshdesk or Intercom export; name the columns with --theme-column and --date-column (the header has: \(header.joined(separator: ", ")))")
    }
    let tags = try choice.theme.map { try required($0, "--theme-column") } ?? index(recognised?.tags ?? "") ?? 0
    let date = try choice.date.map { try required($0, "--date-column") } ?? index(recognised?.date ?? "") ?? 0
    let channel = try choice.channel.map { try required($0, "--channel-column") } ?? recognised?.channel.flatMap(index)
    let segment = try choice.segment.map { try required($0, "--segment-column") }
    return Columns(
      format: choice.theme == nil ? recognised?.name ?? "generic CSV" : "generic CSV", tags: tags, date: date, channel: channel,
      segment: segment, splitOnSpaces: choice.theme == nil && recognised?.tagsSplitOnSpaces == true)
  }
}
