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
      A `date` column (YYYY-MM-DD) may stand for `week`; the value goes to the date's ISO week.
      Values already recorded for a week are replaced. The whole file is checked first: when any
      row is bad (unknown metric, bad number, a value outside the metric's scale, a week after the
      current one, bad week or date, duplicate row) nothing is written
      and every bad row is listed by line number.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The CSV file to import.")
  var file: String

  func run() throws {
    let text = try readFile()
    let today = try Today.date()
    let store = options.store()
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      if loaded.unavailable.contains(.scorecard) {
        throw CLIError("scorecard.json could not be loaded, so nothing was imported; run `pillars check` to see why")
      }
      let plan = ObservationImport(csv: text, scorecard: loaded.workspace.scorecard, currentWeek: today.isoWeek)
      if !plan.problems.isEmpty {
        let count = plan.problems.count
        let lines = plan.problems.map { "  \(Console.inert(file)):\($0.line): \($0.message)" }
        throw CLIError(
          "\(count) bad row\(count == 1 ? "" : "s"); nothing was imported\n" + lines.joined(separator: "\n"))
      }
      if plan.entries.isEmpty { return "No values in \(Console.inert(file)); nothing was imported" }
      let histories = Set(plan.entries.map { DocumentRef.history($0.metric) })
      if let broken = histories.sorted().first(where: { loaded.unavailable.contains($0) }) {
        throw CLIError("\(broken.path) could not be loaded, so nothing was imported; run `pillars check` to see why")
      }
      let before = loaded.workspace.scorecard
      loaded.workspace.scorecard = plan.applied(to: before)
      do {
        try store.save(loaded.workspace, only: histories)
      } catch let error as StoreError {
        throw CLIError(error.description)
      }
      let replaced = plan.entries.filter { entry in
        before[entry.metric]?.observation(for: entry.week) != nil
      }.count
      let metrics = Set(plan.entries.map(\.metric)).count
      var summary = "Imported \(plan.entries.count) value\(plan.entries.count == 1 ? "" : "s") for \(metrics) metric\(metrics == 1 ? "" : "s")"
      if replaced > 0 { summary += " (\(replaced) replaced an earlier value)" }
      return summary
    }
    Console.out(message)
  }

  private func readFile() throws -> String {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError("cannot read \(Console.inert(file))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError("\(Console.inert(file)) is not UTF-8 text")
    }
    return text
  }
}
