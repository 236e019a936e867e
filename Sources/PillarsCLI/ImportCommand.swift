import ArgumentParser
import Foundation
import PillarsCore
import PillarsStore

/// `pillars import FILE.csv`: record many weekly values at once, all or nothing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import metric values from a CSV file with a header: metric,week,value[,note].",
    discussion: """
      A `date` column (YYYY-MM-DD) may stand for `week`; the value goes to the date's ISO week. \
      Values already recorded for a week are replaced. The whole file is checked first: when any \
      row is bad (unknown metric, bad number, a value outside the metric's scale, a week after the \
      current one, bad week or date, duplicate row, a control character in a field) nothing is \
      written and every bad row is listed by line number.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The CSV file to import.")
  var file: String

  func run() throws {
    // The file is read and checked before the lock is taken: the lock is held only to load the
    // workspace, check the rows against its scorecard, merge and write.
    var rows: ImportFile? = try readRows()
    // A bad header or an unclosed quote needs no workspace to be told.
    try refuse(rows?.fileProblems ?? [])
    let today = try Today.date()
    let store = options.store()
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      if loaded.unavailable.contains(.scorecard) {
        throw CLIError("scorecard.json could not be loaded, so nothing was imported; run `pillars check` to see why")
      }
      // The rows are let go once checked, and the entries once merged: a million of each weigh
      // more than the workspace.
      guard let read = rows.take() else { return "" }
      let plan = ObservationImport(file: read, scorecard: loaded.workspace.scorecard, currentWeek: today.isoWeek)
      try refuse(plan.problems)
      let count = plan.count, metrics = plan.metrics.count
      if count == 0 { return "No values in \(Console.inert(file)); nothing was imported" }
      let histories = Set(plan.metrics.map { DocumentRef.history($0) })
      if let broken = histories.sorted().first(where: { loaded.unavailable.contains($0) }) {
        throw CLIError("\(broken.path) could not be loaded, so nothing was imported; run `pillars check` to see why")
      }
      let merge = plan.merged(into: loaded.workspace.scorecard)
      loaded.workspace.scorecard = merge.scorecard
      do {
        try store.save(loaded.workspace, only: histories)
      } catch let error as StoreError {
        throw CLIError(error.description)
      }
      var summary = "Imported \(plural(count, "value")) for \(plural(metrics, "metric"))"
      if merge.replaced > 0 { summary += " (\(merge.replaced) replaced an earlier value)" }
      return summary
    }
    Console.out(message)
  }

  /// Throws the list of bad rows, when there is one.
  private func refuse(_ problems: [ObservationImport.Problem]) throws {
    guard !problems.isEmpty else { return }
    let count = problems.count
    let lines = problems.map { "  \(Console.inert(file)):\($0.line): \($0.message)" }
    throw CLIError("\(count) bad row\(count == 1 ? "" : "s"); nothing was imported\n" + lines.joined(separator: "\n"))
  }

  /// The file's rows, read from its bytes once they are known to be UTF-8 text.
  private func readRows() throws -> ImportFile {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError("cannot read \(Console.inert(file))")
    }
    return try data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      // Checked in place: a string of the whole file would be one more copy of it.
      guard (try? UTF8Span(validating: bytes.span)) != nil else {
        throw CLIError("\(Console.inert(file)) is not UTF-8 text")
      }
      return ImportFile(utf8: bytes)
    }
  }
}
