import ArgumentParser
import Foundation
import PillarsCore
import PillarsStore

/// `pillars signals import FILE.csv`: count a helpdesk's tickets per theme and week, all or nothing.
struct SignalsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Count a helpdesk's ticket export per theme and ISO week (Zendesk, Freshdesk, Intercom or any CSV).",
    discussion: """
      The export is recognised by its header: Zendesk (Tags, Created at, Via), Freshdesk (Tags, \
      Created time, Source), Intercom (conversation_tags, conversation_created_at, \
      conversation_channel); any other CSV names its columns with --theme-column and --date-column. \
      Tags count for the theme signal-tags.json maps them to (or the theme whose id they are); a \
      ticket counts once for each theme its tags reach. Only the counts are written: no ticket \
      text, subject, name or address. The weeks the file covers are replaced, so importing it \
      again changes nothing. When any row is bad (a missing or bad date, a date after today) \
      nothing is written and every bad row is listed by line. The file is read in chunks: memory \
      stays flat whatever its size.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The helpdesk's CSV export.")
  var file: String

  @Option(help: "The column holding the tags or theme names (for a CSV of another form).")
  var themeColumn: String?

  @Option(help: "The column holding the date the ticket was opened.")
  var dateColumn: String?

  @Option(help: "The column holding the ticket's channel.")
  var channelColumn: String?

  @Option(help: "The column holding the customer's segment (its id or name; other values are not kept).")
  var segmentColumn: String?

  func run() throws {
    let today = try Today.date()
    let choice = HelpdeskFormat.Choice(theme: themeColumn, date: dateColumn, channel: channelColumn, segment: segmentColumn)
    // The header is checked before the lock: a wrong file needs no workspace to be told.
    var header: [String] = []
    var probe = try CSVStream(path: file)
    guard try probe.next(columns: nil, into: &header) != nil else {
      throw CLIError("\(Console.inert(file)) is empty; the first line must be the export's header")
    }
    let columns = try HelpdeskFormat.columns(in: header, choice: choice)
    let store = options.store()
    // The tally needs the tag map, so the file is counted under the lock: a map changed
    // meanwhile cannot slip between the count and the write.
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      for document in [DocumentRef.signalTags, .segments] + loaded.workspace.signalThemes.map({ .signalTheme($0.id) })
      where loaded.unavailable.contains(document) {
        throw CLIError("\(document.path) could not be loaded, so nothing was imported; run `pillars check` to see why")
      }
      let workspace = loaded.workspace
      var tally = TicketTally(
        map: workspace.signalTags, themes: workspace.signalThemes, segments: workspace.segments.segments,
        splitOnSpaces: columns.splitOnSpaces, today: today)
      var stream = try CSVStream(path: file)
      var texts: [String] = []
      _ = try stream.next(columns: [], into: &texts)
      let wanted = columns.wanted
      while let line = try stream.next(columns: wanted, into: &texts) {
        if texts.allSatisfy(\.isBlank) { continue }
        tally.add(
          line: line, tags: texts[0], date: texts[1], channel: columns.channel == nil ? "" : texts[2],
          segment: columns.segment == nil ? "" : texts[3])
      }
      try refuse(tally.problems)
      guard let first = tally.firstWeek, let last = tally.lastWeek else {
        return "No tickets in \(Console.inert(file)); nothing was imported"
      }
      var changed = loaded.workspace.replaceSignalWeeks(from: first, through: last, with: tally.counts)
      if loaded.workspace.signalTags.unmapped != tally.unmapped {
        loaded.workspace.signalTags.unmapped = tally.unmapped
        changed.insert(.signalTags)
      }
      if !changed.isEmpty {
        do {
          try store.save(loaded.workspace, only: changed)
        } catch let error as StoreError {
          throw CLIError(error.description)
        }
      }
      return summary(tally, columns: columns, first: first, last: last, changed: changed)
    }
    Console.out(message)
  }

  private func summary(_ tally: TicketTally, columns: HelpdeskFormat.Columns, first: ISOWeek, last: ISOWeek, changed: Set<DocumentRef>) -> String {
    let themes = tally.counts.count
    var lines = [
      "Read \(plural(tally.tickets, "ticket")) from the \(columns.format) export, \(first) to \(last): "
        + "\(plural(tally.tickets - tally.unplaced, "ticket")) counted for \(plural(themes, "theme"))"
        + (changed.isEmpty ? "; nothing changed (already imported)" : "")
    ]
    if tally.unplaced > 0 { lines.append("\(plural(tally.unplaced, "ticket")) had no tag that maps to a theme") }
    if tally.unknownSegments > 0 {
      lines.append("\(plural(tally.unknownSegments, "ticket"))' segment named no segment of segments.json and was not kept")
    }
    let unmapped = tally.unmapped.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }
    if !unmapped.isEmpty {
      lines.append("Tags that map to no theme (pillars signals map TAG THEME, then import again):")
      lines += unmapped.prefix(20).map { "  \($0.key)  \($0.value)" }
      if unmapped.count > 20 { lines.append("  … and \(unmapped.count - 20) more (all in signal-tags.json)") }
    }
    return lines.joined(separator: "\n")
  }

  /// Throws the list of bad rows, when there is one.
  private func refuse(_ problems: [TicketTally.Problem]) throws {
    guard !problems.isEmpty else { return }
    let count = problems.count
    let lines = problems.map { "  \(Console.inert(file)):\($0.line): \($0.message)" }
    throw CLIError("\(count) bad row\(count == 1 ? "" : "s"); nothing was imported\n" + lines.joined(separator: "\n"))
  }
}
