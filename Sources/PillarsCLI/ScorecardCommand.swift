import ArgumentParser
import Foundation
import PillarsCore
import PillarsStore

/// `pillars scorecard`: the scorecard as a table, with the alerts the layers raise together.
struct ScorecardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scorecard",
    abstract: "Show the scorecard: latest value, target, status and change per metric."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "text, csv or json.")
  var format: Format = .text

  @Option(help: "The window for the change column, in weeks.")
  var weeks: Int = 4

  func validate() throws {
    guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 520") }
  }

  func run() throws {
    let loaded = try loadWorkspace(options.store())
    if loaded.unavailable.contains(.scorecard) {
      throw CLIError("scorecard.json could not be loaded; run `pillars check` to see why")
    }
    let summary = ScorecardSummary(workspace: loaded.workspace, today: try Today.date(), windowWeeks: weeks)
    switch format {
    case .text: Console.out(ScorecardTable.text(summary))
    case .csv: Console.out(ScorecardTable.csv(summary), terminator: "")
    case .json: Console.out(try ScorecardTable.json(summary))
    }
  }
}
