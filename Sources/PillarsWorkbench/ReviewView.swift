import PillarsCore
import ScreenKit

/// The weekly review on a shared screen: the alerts first, then the whole scorecard with what
/// changed since the last review, then the decisions; or one metric at a time, large.
struct ReviewView: Widget {
  var state: WorkbenchState

  func render(in area: Rect, into buffer: inout Buffer) {
    guard let session = state.review else { return }
    let theme = state.theme
    let review = state.workspace.review(session.week)
    let previous = session.previousReview(in: state.workspace)
    var title = " WEEKLY REVIEW · \(session.week)"
    title += previous.map { " · changes since the review of \($0)" } ?? " · first review"
    if state.readonly { title += " · read-only" }
    buffer.write(TextLayout.truncate(title, toWidth: area.width), x: area.x, y: area.y, style: theme[.title].patched(with: Style(bold: true)))
    let attendees = review?.attendees ?? []
    let decisions = review?.decisions.count ?? 0
    let counted = " · \(plural(decisions, "decision"))"
    let people = TextLayout.truncate(attendees.isEmpty ? "none yet (a)" : attendees.joined(separator: ", "),
      toWidth: max(1, area.width - 12 - counted.terminalWidth))
    buffer.write(Line([
      Span(" Attendees  ", style: theme[.muted]), Span(people, style: theme[.text]), Span(counted, style: theme[.muted]),
    ]).truncated(toWidth: area.width), x: area.x, y: area.y + 1)
    let keys = session.focus == nil
      ? " e value · n note · Enter one metric · s/t/c stop/start/continue · o owner · a attendees · [ ] reviews · Esc"
      : " ← → other metrics · e value · n note · Enter or Esc the whole scorecard"
    // With the key bar on, the review's keys are there; the line goes to the scorecard.
    let keysRow = state.showsKeyBar ? 0 : 1
    var body = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(0, area.height - 3 - keysRow))
    if session.focus == nil { body = body.inset(top: renderChangesSinceReview(in: body, into: &buffer)) }
    if let focus = session.focus, let metric = state.workspace.scorecard[focus] {
      ReviewMetricView(state: state, metric: metric, session: session).render(in: body, into: &buffer)
    } else {
      renderScorecard(session, previous: previous, in: body, into: &buffer)
    }
    if keysRow > 0 { buffer.write(TextLayout.truncate(keys, toWidth: area.width), x: area.x, y: area.bottom - 1, style: theme[.muted]) }
  }

  private func renderScorecard(_ session: ReviewSession, previous: ISOWeek?, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    var y = area.y
    let summary = ScorecardSummary(workspace: state.workspace, findings: state.findings, windowWeeks: 1)
    // Alerts wrap rather than lose their end; a quarter of the room at most.
    let alertRoom = max(2, area.height / 4)
    var shownAlerts = 0
    for alert in summary.alerts {
      let style = alert.rule == .divergence ? theme[.danger] : theme[.warning]
      let wrapped = TextLayout.wrap(alert.message, toWidth: max(1, area.width - 4))
      guard y - area.y + wrapped.count <= alertRoom || shownAlerts == 0 else { break }
      for (n, line) in wrapped.prefix(alertRoom).enumerated() {
        buffer.write((n == 0 ? " ! " : "   ") + line, x: area.x, y: y, style: style, maxWidth: area.width)
        y += 1
      }
      shownAlerts += 1
    }
    if summary.alerts.count > shownAlerts {
      buffer.write(" … \(summary.alerts.count - shownAlerts) more: ! shows them all", x: area.x, y: y, style: theme[.muted])
      y += 1
    }
    let earlierWeek = previous ?? session.week.adding(weeks: -1)
    let moves = statusChanges(from: earlierWeek, to: session.week)
    if !moves.isEmpty {
      buffer.write(Line([Span(" Δ since \(earlierWeek): " + moves.joined(separator: " · "), style: theme[.warning])]).truncated(toWidth: area.width),
        x: area.x, y: y)
      y += 1
    }
    if !summary.alerts.isEmpty || !moves.isEmpty { y += 1 }
    let items = session.items(in: state.workspace)
    let review = state.workspace.review(session.week)
    let cells = items.compactMap { item -> [String]? in
      guard case .metric(let m) = item, let metric = state.workspace.scorecard[m] else { return nil }
      return reviewCells(metric, earlier: earlierWeek, week: session.week, review: review)
    }
    let columns = reviewLayout(cells, earlier: earlierWeek, week: session.week, room: area.width - 1)
    buffer.write(Line([Span(" ", style: theme[.muted])] + columns.header(style: theme[.muted]).spans), x: area.x, y: y)
    y += 1
    let selectedRow = Workbench.clamp(session.row, items.count)
    var lines: [(Line, Bool)] = []
    var decisionLines: [(Line, Bool)] = []
    var layer: MetricLayer?
    var decisionsHeading = false
    var followUpHeading = false
    let signals = session.signals(in: state.workspace)
    var signalPart: SignalsWeek.Part?
    for (index, item) in items.enumerated() {
      let selected = index == selectedRow
      let base = selected ? theme[.selection] : theme[.text]
      switch item {
      case .followUp(let log, let d):
        guard let decision = state.workspace.decisions(in: log).first(where: { $0.id == d }) else { continue }
        if !followUpHeading {
          followUpHeading = true
          let followUps = session.followUps(in: state.workspace)
          let origins = DecisionLine.origins(followUps.map(\.log), inCheckpoint: false)
          lines.append((Line([Span(" FOLLOW UP · \(plural(followUps.count, "open decision")) \(origins)", style: theme[.accent]),
            Span("  " + DecisionLine.keys, style: theme[.muted])]), false))
        }
        lines.append((DecisionLine(decision: decision, theme: theme, today: state.today).followUp(from: log, selected: selected), selected))
      case .metric(let m):
        guard let metric = state.workspace.scorecard[m] else { continue }
        if metric.layer != layer {
          layer = metric.layer
          lines.append((Line([Span(" " + metric.layer.title.uppercased(), style: theme[.accent])]), false))
        }
        let value = metric.observation(for: session.week)
        let earlier = metric.observation(for: earlierWeek)
        let change = value.flatMap { v in earlier.map { v.value - $0.value } }
        let status = value.map { metric.status(of: $0.value) } ?? .noData
        let changeStyle = change.map { $0 == 0 ? base : metric.direction.improves($0) ? theme.style(.ok, on: base) : theme.style(.danger, on: base) } ?? base
        let row = columns.line(reviewCells(metric, earlier: earlierWeek, week: session.week, review: review),
          styles: [base, theme.style(.muted, on: base), base.patched(with: Style(bold: true)), changeStyle, base, statusStyle(status, theme, on: base),
            theme.style(.muted, on: base)])
        lines.append((Line([Span(" ", style: base)] + row.spans), selected))
      case .signal(let part, let id):
        lines += signalLines(part, id, signals: signals, previous: signalPart, selected: selected)
        signalPart = part
      case .decision(let d):
        guard let decision = review?.decisions.first(where: { $0.id == d }) else { continue }
        if !decisionsHeading {
          decisionsHeading = true
          decisionLines.append((Line([Span(" DECISIONS · \(review?.decisions.count ?? 0)", style: theme[.accent]),
            Span("  o owner · " + DecisionLine.keys, style: theme[.muted])]), false))
        }
        decisionLines.append((DecisionLine(decision: decision, theme: theme, today: state.today).taken(selected: selected), selected))
      }
    }
    // The experiments are read, not picked: they come into view when the last row that can be
    // picked is reached.
    let pickableLines = lines.count
    lines += experimentLines(width: area.width).map { ($0, false) }
    if !decisionsHeading {
      decisionLines.append((Line([Span(" DECISIONS", style: theme[.accent])]), false))
      decisionLines.append((Line([Span("  none yet: s stop, t start, c continue", style: theme[.muted])]), false))
    }
    // The decisions keep rows of their own at the bottom, so they never scroll out of sight:
    // their heading with the count and the first of them, or the selected one.
    let room = max(1, area.bottom - y)
    let fitsWhole = lines.count + 1 + decisionLines.count <= room
    let decisionRows = fitsWhole ? decisionLines.count : min(decisionLines.count, max(2, room / 3))
    let metricRows = fitsWhole ? lines.count : max(0, room - decisionRows - 1)
    for (index, (part, rows)) in [(lines, metricRows), (decisionLines, decisionRows)].enumerated() where rows > 0 {
      let selectedLine = part.firstIndex { $0.1 } ?? 0
      var offset = ListView.offset(keeping: selectedLine, visibleRows: rows, itemCount: part.count, from: 0)
      if index == 0, selectedLine >= pickableLines - 1 { offset = min(selectedLine, max(offset, part.count - rows)) }
      for (line, selected) in part.dropFirst(offset).prefix(rows) {
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
        buffer.write(line.truncated(toWidth: area.width), x: area.x, y: y)
        y += 1
      }
      if index == 0 { y = fitsWhole ? y + 1 : area.bottom - decisionRows }
    }
  }

  /// A metric's row, column by column.
  func reviewCells(_ metric: Metric, earlier earlierWeek: ISOWeek, week: ISOWeek, review: Review?) -> [String] {
    let value = metric.observation(for: week)
    let earlier = metric.observation(for: earlierWeek)
    let change = value.flatMap { v in earlier.map { v.value - $0.value } }
    let status = value.map { metric.status(of: $0.value) } ?? .noData
    return [
      metric.name,
      earlier.map { formatValue($0.value, metric.unit) } ?? "—",
      value.map { formatValue($0.value, metric.unit) } ?? (metric.source == nil ? "— enter (e)" : "— not counted"),
      change.map { ($0 > 0 ? "↑" : $0 < 0 ? "↓" : "→") + MetricValueText.difference(abs($0), unit: metric.unit) } ?? "—",
      metric.target.map { formatValue($0, metric.unit) } ?? "—",
      "\(status.symbol) \(status.label)",
      review?.notes[metric.id.rawValue].map { $0.replacingOccurrences(of: "\n", with: " ") } ?? "",
    ]
  }

  /// The review table's columns from what they hold: the note gives way first, then last week's
  /// value and the target, then the change; this week's value and the status stay.
  func reviewLayout(_ cells: [[String]], earlier: ISOWeek, week: ISOWeek, room: Int) -> ColumnLayout {
    let column = { (index: Int) in cells.map { $0[index] } }
    return ColumnLayout([
      .init("Metric", cells: column(0), narrowest: 12),
      .init("\(earlier)", cells: column(1), priority: 3),
      .init("\(week)", cells: column(2)),
      .init("Change", cells: column(3), priority: 1),
      .init("Target", cells: column(4), priority: 2),
      .init("Status", cells: column(5)),
      .init("Review note", cells: column(6), narrowest: 12, priority: 4),
    ], room: room)
  }
}

extension ReviewView {
  /// "CSAT ▲ at risk → ✖ off track" for each metric whose status moved between the two weeks.
  func statusChanges(from earlier: ISOWeek, to week: ISOWeek) -> [String] {
    MetricLayer.allCases.flatMap { state.workspace.scorecard.metrics(in: $0) }.compactMap { metric in
      guard let now = metric.observation(for: week), let then = metric.observation(for: earlier) else { return nil }
      let old = metric.status(of: then.value), new = metric.status(of: now.value)
      guard old != new else { return nil }
      return "\(metric.name) \(old.symbol) \(old.label) → \(new.symbol) \(new.label)"
    }
  }
}
