import PillarsCore
import ScreenKit

/// The review's experiments: what is running, and the results due, after the scorecard.
extension ReviewView {
  /// The experiments the meeting looks at: those running and those whose result is due (past
  /// their end, or ending this week), the results due first.
  static func experimentsOnTheAgenda(_ workspace: Workspace, today: CalendarDate) -> [Experiment] {
    let shown = workspace.experiments.filter { $0.state == .running || $0.isOverdue(on: today) || $0.endsThisWeek(from: today) }
    return shown.filter { $0.isOverdue(on: today) } + shown.filter { !$0.isOverdue(on: today) }
  }

  /// The section's lines: a heading with the counts, then one line an experiment; none when
  /// nothing is running or due.
  func experimentLines(width: Int) -> [Line] {
    let theme = state.theme
    let today = state.today
    let experiments = Self.experimentsOnTheAgenda(state.workspace, today: today)
    guard !experiments.isEmpty else { return [] }
    let running = experiments.filter { $0.state == .running }.count
    let due = experiments.filter { $0.isOverdue(on: today) || $0.endsThisWeek(from: today) }.count
    var counts = [plural(running, "running")]
    if due > 0 { counts.append("\(due) \(due == 1 ? "result" : "results") due") }
    var lines = [Line([]), Line([
      Span(" EXPERIMENTS · " + counts.joined(separator: ", "), style: theme[.accent]),
      Span("  \(ExperimentsPane.pane.number) opens the tracker, w comes back", style: theme[.muted]),
    ])]
    // The name as long as it is, while the due date and the metric keep 60 columns.
    let nameWidth = min(max(16, width - 60), experiments.map { $0.name.terminalWidth }.max() ?? 10)
    for experiment in experiments {
      let (dueText, role) = ExperimentsPaneView.due(experiment, today: today)
      let metric = experiment.metric.flatMap { state.workspace.scorecard[$0]?.name } ?? "no metric"
      lines.append(Line([
        Span("   " + TextLayout.pad(experiment.name, toWidth: nameWidth) + "  ", style: theme[.text]),
        Span(TextLayout.pad(dueText, toWidth: 28), style: theme[role]),
        Span("moves \(metric)" + (experiment.owner.isBlank ? "" : " · \(experiment.owner)"), style: theme[.muted]),
      ]))
    }
    return lines
  }
}
