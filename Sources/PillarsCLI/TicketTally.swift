import PillarsCore

/// The tickets of a helpdesk export counted per theme and ISO week, one ticket at a time: only
/// the counts are kept, never a ticket's text, so memory does not grow with the file.
///
/// A ticket counts once for each theme its tags map to, however many of its tags map there.
struct TicketTally {
  struct Problem: Equatable {
    var line: Int
    var message: String
  }

  private let map: SignalTagMap
  private let themeIDs: Set<SignalThemeID>
  /// Segment ids by their id and their lowercased name: a segment column's value is kept only
  /// when it names a segment (anything else could be a customer's organisation).
  private let segments: [String: SegmentID]
  private let splitOnSpaces: Bool
  private let today: CalendarDate

  private(set) var counts: [SignalThemeID: [ISOWeek: WeeklyContacts]] = [:]
  private(set) var unmapped: [String: Int] = [:]
  private(set) var problems: [Problem] = []
  private(set) var tickets = 0
  /// Tickets with no tag that maps to a theme.
  private(set) var unplaced = 0
  /// Tickets whose segment column named no segment.
  private(set) var unknownSegments = 0
  private(set) var firstWeek: ISOWeek?
  private(set) var lastWeek: ISOWeek?

  /// Caches: exports repeat the same few tags and days over and over.
  private var themesOfTag: [String: SignalThemeID?] = [:]
  /// Each channel as the export writes it, normalised once.
  private var channelNames: [String: String] = [:]
  private var weekOfDay: [Int: ISOWeek] = [:]
  /// What each tags field comes to: exports repeat a few combinations of tags over and over.
  private var outcomeOfTags: [String: TagsOutcome] = [:]
  /// A file whose tickets all differ in their tags stops being remembered after this many
  /// fields, so memory stays flat.
  private static let rememberedTagFields = 4_096

  /// The themes a ticket's tags count it for, each once, and its tags of no theme, each once.
  private struct TagsOutcome {
    var themes: [SignalThemeID] = []
    var unmapped: [String] = []
  }

  /// A ticket's tags: split at commas and semicolons, and at white space where the helpdesk
  /// separates tags with spaces. ASCII, the rule for tags, is split a byte at a time: asking each
  /// character whether it is white space was a fifth of an import.
  func tagList(_ tags: String) -> [String] {
    if tags.utf8.allSatisfy({ $0 < 0x80 }) {
      let spaces = splitOnSpaces
      return tags.utf8.split { byte in
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || (spaces && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)))
      }.map { String(decoding: $0, as: UTF8.self) }
    }
    return tags.split { $0 == "," || $0 == ";" || (splitOnSpaces && $0.isWhitespace) }.map(String.init)
  }

  init(map: SignalTagMap, themes: [SignalTheme], segments: [Segment], splitOnSpaces: Bool, today: CalendarDate) {
    self.map = map
    themeIDs = Set(themes.map(\.id))
    var known: [String: SegmentID] = [:]
    for segment in segments {
      known[segment.id.rawValue] = segment.id
      known[segment.name.trimmingWhitespace.lowercased()] = segment.id
    }
    self.segments = known
    self.splitOnSpaces = splitOnSpaces
    self.today = today
  }

  /// Counts one ticket: its tags, the date it was opened, its channel and segment (empty when unknown).
  mutating func add(line: Int, tags: String, date: String, channel: String, segment: String) {
    guard let day = Self.day(of: date) else {
      let shown = date.isBlank ? "an empty date" : "\"\(date.prefix(40))\" is not a date"
      problems.append(Problem(line: line, message: "\(shown); expected YYYY-MM-DD, with a time or not, or seconds since 1970"))
      return
    }
    guard day <= today else {
      problems.append(Problem(line: line, message: "the date \(day) is after today (\(today))"))
      return
    }
    tickets += 1
    let week = weekOfDay[day.dayNumber] ?? day.isoWeek
    weekOfDay[day.dayNumber] = week
    if firstWeek.map({ week < $0 }) ?? true { firstWeek = week }
    if lastWeek.map({ week > $0 }) ?? true { lastWeek = week }

    let outcome: TagsOutcome
    if let known = outcomeOfTags[tags] {
      outcome = known
    } else {
      outcome = resolve(tags)
      if outcomeOfTags.count < Self.rememberedTagFields { outcomeOfTags[tags] = outcome }
    }
    for name in outcome.unmapped { unmapped[name, default: 0] += 1 }
    guard !outcome.themes.isEmpty else {
      unplaced += 1
      return
    }
    let channelName: String
    if let known = channelNames[channel] {
      channelName = known
    } else {
      channelName = SignalTagMap.normalise(channel)
      channelNames[channel] = channelName
    }
    var segmentID: SegmentID?
    if !segment.isBlank {
      segmentID = segments[SignalTagMap.normalise(segment)]
      if segmentID == nil { unknownSegments += 1 }
    }
    for theme in outcome.themes {
      // Changed where it is kept: a copy taken out would copy its channels and segments each time.
      Self.count(&counts[theme, default: [:]][week, default: WeeklyContacts(week: week, contacts: 0)],
        channel: channelName, segment: segmentID)
    }
  }

  /// What a tags field comes to, each tag looked up once per import.
  private mutating func resolve(_ tags: String) -> TagsOutcome {
    var outcome = TagsOutcome()
    for raw in tagList(tags) {
      let theme: SignalThemeID?
      if let cached = themesOfTag[raw] {
        theme = cached
      } else {
        theme = map.theme(for: raw, among: themeIDs)
        themesOfTag[raw] = theme
      }
      if let theme {
        if !outcome.themes.contains(theme) { outcome.themes.append(theme) }
      } else {
        let name = SignalTagMap.normalise(raw)
        if !name.isEmpty && !outcome.unmapped.contains(name) { outcome.unmapped.append(name) }
      }
    }
    return outcome
  }

  private static func count(_ entry: inout WeeklyContacts, channel: String, segment: SegmentID?) {
    entry.contacts += 1
    if !channel.isEmpty { entry.channels[channel, default: 0] += 1 }
    if let segment { entry.segments[segment.rawValue, default: 0] += 1 }
  }

  /// The day a helpdesk wrote: `2026-02-09`, `2026-02-09 14:03:22`, `2026-02-09T14:03:22Z`,
  /// `2026/02/09 ...` or seconds since 1970 (Intercom's API exports); the day is the one written,
  /// in the helpdesk's own time zone.
  static func day(of text: String) -> CalendarDate? {
    // Read in place, without copying the bytes out: every ticket's date comes through here.
    let original = text
    var text = text
    return text.withUTF8 { bytes in
      var start = 0
      var end = bytes.count
      // Only ASCII white space is trimmed here; a date with any other around it is read as the
      // general trim reads it.
      while start < end, bytes[start] == 0x20 || (bytes[start] >= 0x09 && bytes[start] <= 0x0D) { start += 1 }
      while end > start, bytes[end - 1] == 0x20 || (bytes[end - 1] >= 0x09 && bytes[end - 1] <= 0x0D) { end -= 1 }
      if end > start, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
        var trimmed = original.trimmingWhitespace
        return trimmed.withUTF8 { day(ofTrimmed: $0[...]) }
      }
      return day(ofTrimmed: bytes[start..<end])
    }
  }

  private static func day(ofTrimmed utf8: Slice<UnsafeBufferPointer<UInt8>>) -> CalendarDate? {
    let count = utf8.count
    let base = utf8.startIndex
    if count > 0, count <= 12, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
      let seconds = utf8.reduce(0) { $0 * 10 + Int($1 - 48) }
      return CalendarDate(dayNumber: seconds / 86_400)
    }
    guard count >= 10, count == 10 || utf8[base + 10] == UInt8(ascii: "T") || utf8[base + 10] == UInt8(ascii: " ") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = utf8[base + index]
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    let separator = utf8[base + 4]
    guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/"), utf8[base + 7] == separator,
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}
