import PillarsCore
import ScreenKit

/// The monthly checkpoint on a shared screen: earlier checkpoints' open decisions, the segments
/// with their scores and whether the primary one is confirmed, every metric's four weeks, the
/// assumptions due, the experiments finished, then the month's decisions.
struct CheckpointView: Widget {
  var state: WorkbenchState

  func render(in area: Rect, into buffer: inout Buffer) {
    guard let session = state.checkpoint else { return }
    let theme = state.theme
    let workspace = state.workspace
    let agenda = CheckpointAgenda(workspace, month: session.month, today: state.today)
    let checkpoint = workspace.checkpoint(session.month)
    var title = " MONTHLY CHECKPOINT · \(session.month.title) · segment focus, roadmap, resourcing"
    if state.readonly { title += " · read-only" }
    buffer.write(TextLayout.truncate(title, toWidth: area.width), x: area.x, y: area.y,
      style: theme[.title].patched(with: Style(bold: true)))
    let attendees = checkpoint?.attendees ?? []
    let counted = " · \(plural(checkpoint?.decisions.count ?? 0, "decision"))"
    let people = TextLayout.truncate(attendees.isEmpty ? "none yet (a)" : attendees.joined(separator: ", "),
      toWidth: max(1, area.width - 12 - counted.terminalWidth))
    buffer.write(Line([
      Span(" Attendees  ", style: theme[.muted]), Span(people, style: theme[.text]), Span(counted, style: theme[.muted]),
    ]).truncated(toWidth: area.width), x: area.x, y: area.y + 1)
    let keysRow = state.showsKeyBar ? 0 : 1
    let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(0, area.height - 3 - keysRow))
    let items = session.items(in: workspace, agenda: agenda)
    let lines = agendaLines(session, agenda, items: items)
    let selectedLine = lines.firstIndex { $0.1 } ?? 0
    let offset = ListView.offset(keeping: selectedLine, visibleRows: body.height, itemCount: lines.count, from: 0)
    var y = body.y
    for (line, selected) in lines.dropFirst(offset).prefix(body.height) {
      if selected { buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: theme[.selection]) }
      buffer.write(line.truncated(toWidth: body.width), x: body.x, y: y)
      y += 1
    }
    if keysRow > 0 {
      let keys = " p primary · s/t/c stop/start/continue · x done · X drop · o owner · a attendees · [ ] months · Esc"
      buffer.write(TextLayout.truncate(keys, toWidth: area.width), x: area.x, y: area.bottom - 1, style: theme[.muted])
    }
  }

  /// Every line of the agenda, each with whether it is the highlighted row.
  private func agendaLines(_ session: CheckpointSession, _ agenda: CheckpointAgenda, items: [CheckpointSession.Item]) -> [(Line, Bool)] {
    let theme = state.theme
    let workspace = state.workspace
    let selectedRow = items.isEmpty ? nil : Workbench.clamp(session.row, items.count)
    var lines: [(Line, Bool)] = []
    var heading: String?
    func section(_ title: String, _ hint: String = "") {
      guard heading != title else { return }
      if heading != nil { lines.append((Line([]), false)) }
      heading = title
      lines.append((Line([Span(" " + title, style: theme[.accent]), Span(hint, style: theme[.muted])]), false))
    }
    // A part of the agenda with nothing in it still shows, in its place, saying so.
    var told = 0
    func placeholders(upTo part: Int) {
      while told < part {
        if let (title, text, isEmpty) = Self.placeholder(told, agenda, workspace.decisions(in: .checkpoint(session.month))), isEmpty {
          section(title)
          lines.append((Line([Span("  " + text, style: theme[.muted])]), false))
        }
        told += 1
      }
    }
    let trends = Dictionary(agenda.trends.map { ($0.metric, $0) }, uniquingKeysWith: { first, _ in first })
    let nameWidth = min(28, agenda.trends.map(\.name.terminalWidth).max() ?? 0)
    let segmentWidth = min(28, agenda.segments.map(\.name.terminalWidth).max() ?? 0)
    let followUps = session.followUps(in: workspace)
    for (index, item) in items.enumerated() {
      let selected = index == selectedRow
      let base = selected ? theme[.selection] : theme[.text]
      let muted = theme.style(.muted, on: base)
      switch item {
      case .followUp(let log, let d):
        guard let decision = followUps.first(where: { $0.log == log && $0.decision.id == d })?.decision else { continue }
        section("FOLLOW UP · \(plural(followUps.count, "open decision")) \(DecisionLine.origins(followUps.map(\.log), inCheckpoint: true))",
          "  " + DecisionLine.keys)
        lines.append((DecisionLine(decision: decision, theme: theme, today: state.today).followUp(from: log, selected: selected), selected))
      case .segment(let s):
        placeholders(upTo: 0)
        guard let segment = workspace.segments[s] else { continue }
        section("SEGMENT FOCUS · " + primaryLine(agenda), "  p confirms the primary segment or changes it")
        let isPrimary = segment.primary
        let confirmed = isPrimary && agenda.confirmedPrimary == s
        lines.append((Line([
          Span(isPrimary ? " ★ " : "   ", style: theme.style(.accent, on: base)),
          Span(TextLayout.pad(TextLayout.truncate(segment.name, toWidth: segmentWidth), toWidth: segmentWidth), style: base),
          Span("  attractiveness \(segment.attractiveness.mean.compactText(digits: 1)) · fit \(segment.fit)"
            + " · score \(segment.score.compactText(digits: 1))", style: muted),
          Span(isPrimary ? (confirmed ? "  primary, confirmed" : "  primary, to confirm") : "", style: theme.style(.accent, on: base)),
        ]), selected))
      case .metric(let m):
        placeholders(upTo: 1)
        guard let trend = trends[m] else { continue }
        section("SCORECARD · four weeks to \(agenda.lastWeek)")
        let known = trend.values.compactMap { $0 }
        let span = known.isEmpty ? "no values" : known.count == 1 ? formatValue(known[0], trend.unit)
          : "\(formatValue(known[0], trend.unit)) → \(formatValue(known[known.count - 1], trend.unit))"
        let change = trend.change.map { ($0 > 0 ? "↑" : $0 < 0 ? "↓" : "→") + MetricValueText.difference(abs($0), unit: trend.unit) } ?? ""
        let changeStyle = trend.improving.map { $0 ? theme.style(.ok, on: base) : theme.style(.danger, on: base) } ?? muted
        lines.append((Line([
          Span("   " + TextLayout.pad(TextLayout.truncate(trend.name, toWidth: nameWidth), toWidth: nameWidth) + "  ", style: base),
          Span(Sparkline(values: trend.values).glyphs(width: CheckpointAgenda.trendWeeks, gap: "·"), style: theme.style(.accent, on: base)),
          Span("  " + span, style: base),
          Span(change.isEmpty ? "" : "  " + change, style: changeStyle),
        ]), selected))
      case .assumption(let a):
        placeholders(upTo: 2)
        guard let assumption = agenda.assumptionsDue.first(where: { $0.id == a }) else { continue }
        section("ASSUMPTIONS DUE · \(agenda.assumptionsDue.count) to look at again")
        let overdue = (assumption.revisit.map { $0 < state.today }) ?? false
        lines.append((Line([
          Span("   " + (assumption.revisit?.description ?? "") + "  ", style: overdue ? theme.style(.warning, on: base) : muted),
          Span(assumption.statement, style: base),
          Span("  importance \(assumption.importance) · evidence \(assumption.evidence) · \(assumption.state.label)", style: muted),
        ]), selected))
      case .experiment(let e):
        placeholders(upTo: 3)
        guard let experiment = agenda.experimentsFinished.first(where: { $0.id == e }) else { continue }
        section("EXPERIMENTS FINISHED · \(agenda.experimentsFinished.count) this month")
        let result = experiment.result.map(\.label) ?? experiment.state.label
        let decision = experiment.decision.map { "decided: \($0.label)" } ?? "no decision yet"
        lines.append((Line([
          Span("   " + experiment.name, style: base),
          Span("  \(result) · ", style: muted),
          Span(decision, style: experiment.decision == nil ? theme.style(.warning, on: base) : muted),
        ]), selected))
      case .decision(let d):
        placeholders(upTo: 4)
        guard let decision = workspace.decisions(in: .checkpoint(session.month)).first(where: { $0.id == d }) else { continue }
        section("DECISIONS · \(workspace.decisions(in: .checkpoint(session.month)).count)", "  o owner · " + DecisionLine.keys)
        lines.append((DecisionLine(decision: decision, theme: theme, today: state.today).taken(selected: selected), selected))
      }
    }
    placeholders(upTo: Self.parts)
    return lines
  }

  /// The parts of the agenda that say so when they are empty, in their order: title, what
  /// they say, and whether they are empty.
  private static let parts = 5

  private static func placeholder(_ part: Int, _ agenda: CheckpointAgenda, _ decisions: [Decision]) -> (String, String, Bool)? {
    switch part {
    case 0: ("SEGMENT FOCUS", "no segments yet: add them in the segments pane", agenda.segments.isEmpty)
    case 1: ("SCORECARD", "no metrics yet", agenda.trends.isEmpty)
    case 2: ("ASSUMPTIONS DUE", "none due to be looked at this month", agenda.assumptionsDue.isEmpty)
    case 3: ("EXPERIMENTS FINISHED", "none finished this month", agenda.experimentsFinished.isEmpty)
    case 4: ("DECISIONS", "none yet: s stop, t start, c continue", decisions.isEmpty)
    default: nil
    }
  }

  private func primaryLine(_ agenda: CheckpointAgenda) -> String {
    guard let primary = agenda.primary, let segment = state.workspace.segments[primary] else { return "no primary segment yet" }
    return agenda.primaryIsConfirmed ? "primary \(segment.name), confirmed" : "primary \(segment.name), not yet confirmed"
  }
}
