import ArgumentParser
import Foundation
import PillarsCore
import PillarsWorkbench

/// `pillars review`: the weekly scorecard review, on the workbench screens.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Run the weekly scorecard review (default: the current ISO week), or the monthly checkpoint.",
    discussion: """
      The meeting view: the alerts first, then every metric with what changed since the last \
      review, then the customer signals (top themes, movers, fixes and their effect), or one \
      metric at a time (Enter). Values go into history/METRIC.json; notes, decisions \
      (stop / start / continue, with owners) and attendees into reviews/YYYY-Www.json, saved as \
      they are entered. Reopening a week continues its review; [ and ] browse earlier reviews. \
      It opens with the decisions still open of earlier reviews and checkpoints, to mark done \
      (x), drop (X) or make an action (A); D sets a decision's due date, n what came of it, f \
      marks it customer first (it chose the customer over a short-term number).

      With --monthly, the monthly checkpoint instead (default: the current month): the segments \
      with their scores, to confirm or change the primary one; every metric's last four weeks; the \
      assumptions due to be looked at again; the experiments finished in the month with their \
      decisions; and stop / start / continue decisions, saved in checkpoints/YYYY-MM.json. It \
      follows up every decision still open, the weekly reviews' too, with the same keys.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The ISO week under review, written YYYY-Www (for example 2026-W07).")
  var week: String?

  @Flag(help: "Run the monthly checkpoint instead of the weekly review.")
  var monthly = false

  @Option(help: "The month of the checkpoint, written YYYY-MM (for example 2026-11); with --monthly.")
  var month: String?

  @Option(help: "A theme: dark, light, high-contrast, mono, or a path to a theme file.")
  var theme: String?

  @Option(help: "How charts are drawn: braille, or blocks for fonts without Braille (default: the workspace's setting, else braille).")
  var charts: ChartDots?

  @Flag(help: "Show the review without ever writing to it.")
  var readonly = false

  func run() throws {
    let today = try Today.date()
    if monthly || month != nil {
      guard week == nil else { throw CLIError("--week is for the weekly review; the monthly checkpoint takes --month") }
      var checked = CalendarMonth(containing: today)
      if let month {
        guard let parsed = CalendarMonth(month) else {
          throw CLIError("\"\(Console.inert(month))\" is not a month; write it YYYY-MM, for example \(checked)")
        }
        checked = parsed
      }
      try WorkbenchLaunch.run(
        folder: options.folder, theme: theme, charts: charts, readonly: readonly, today: today,
        opening: [.checkpointRequested(checked)])
      return
    }
    var reviewed = today.isoWeek
    if let week {
      guard let parsed = ISOWeek(week) else {
        throw CLIError("\"\(Console.inert(week))\" is not an ISO week; write it YYYY-Www, for example \(today.isoWeek)")
      }
      reviewed = parsed
    }
    try WorkbenchLaunch.run(
      folder: options.folder, theme: theme, charts: charts, readonly: readonly, today: today, opening: [.reviewRequested(reviewed)])
  }
}
