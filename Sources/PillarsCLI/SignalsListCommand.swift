import ArgumentParser
import Foundation
import PillarsCore
import ScreenKit

/// `pillars signals [--weeks N]`: the Pareto of themes, the fixes and their effect.
struct SignalsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Rank the themes by contacts over the last weeks: count, share, cumulative share, trend, change.",
    discussion: """
      The window ends with the latest week that holds counts. A ticket tagged with several themes \
      counts once for each, so shares are of the contacts counted for themes. The themes that \
      drive 80% of contacts are marked with *.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The window in weeks (4, 13 or 52 are the usual ones).")
  var weeks: Int = 13

  @Option(help: "text, csv or json.")
  var format: Format = .text

  @Option(help: "Count only this channel's contacts.")
  var channel: String?

  @Option(help: "Count only this segment's contacts (its id or name).")
  var segment: String?

  func validate() throws {
    guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 520") }
    if channel != nil && segment != nil { throw ValidationError("give --channel or --segment, not both") }
  }

  func run() throws {
    let loaded = try loadWorkspace(options.store())
    let today = try Today.date()
    let filter: SignalFilter
    if let channel {
      filter = .channel(named: channel)
    } else if let segment {
      // A segment the workspace does not have counts nothing, as its id would.
      filter = SignalFilter.segment(named: segment, in: loaded.workspace) ?? .segment(segment)
    } else {
      filter = .all
    }
    let pareto = SignalsPareto(loaded.workspace, weeks: weeks, filter: filter, today: today)
    switch format {
    case .text: Console.out(SignalsTable.text(pareto, workspace: loaded.workspace))
    case .csv: Console.out(SignalsTable.csv(pareto), terminator: "")
    case .json: Console.out(try JSONOutput.text(SignalsTable.Listing(pareto)))
    }
  }
}
