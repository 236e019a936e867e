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
    var body = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(0, area.height - 4))
    if session.focus == nil { body = body.inset(top: renderChangesSinceReview(in: body, into: &buffer)) }
    if let focus = session.focus, let metric = state.workspace.scorecard[focus] {
      ReviewMetricView(state: state, metric: metric, session: session).render(in: body, into: &buffer)
    } else {
      renderScorecard(session, previous: previous, in: body, into: &buffer)
    }
    buffer.write(TextLayout.truncate(keys, toWidth: area.width), x: area.x, y: area.bottom - 1, style: theme[.muted])
  }

  private func renderScorecard(_ session: ReviewSession, previous: ISOWeek?, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    var y = area.y
    let summary = ScorecardSummary(workspace: state.workspace, findings: state.findings, windowWeeks: 1)
    let alertRoom = max(1, min(summary.alerts.count, area.height / 4))
    for alert in summary.alerts.prefix(alertRoom) {
      let style = alert.rule == .divergence ? theme[.danger] : theme[.warning]
      buffer.write(Line([Span(" ! " + alert.message, style: style)]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
    if summary.alerts.count > alertRoom {
      buffer.write(" … \(summary.alerts.count - alertRoom) more: ! shows them all", x: area.x, y: y, style: theme[.muted])
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
    let columns = ReviewColumns(width: area.width)
    buffer.write(columns.line(["Metric", "\(earlierWeek)", "\(session.week)", "Change", "Target", "Status", "Review note"], style: theme[.muted]),
      x: area.x, y: y)
    y += 1
    let items = session.items(in: state.workspace)
    let selectedRow = Workbench.clamp(session.row, items.count)
    let review = state.workspace.review(session.week)
    var lines: [(Line, Bool)] = []
    var layer: MetricLayer?
    var decisionsHeading = false
    for (index, item) in items.enumerated() {
      let selected = index == selectedRow
      let base = selected ? theme[.selection] : theme[.text]
      switch item {
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
        lines.append((columns.line([
          metric.name,
          earlier.map { formatValue($0.value, metric.unit) } ?? "—",
          value.map { formatValue($0.value, metric.unit) } ?? "— enter (e)",
          change.map { ($0 > 0 ? "↑" : $0 < 0 ? "↓" : "→") + MetricValueText.difference(abs($0), unit: metric.unit) } ?? "—",
          metric.target.map { formatValue($0, metric.unit) } ?? "—",
          "\(status.symbol) \(status.label)",
          review?.notes[m.rawValue].map { $0.replacingOccurrences(of: "\n", with: " ") } ?? "",
        ], styles: [base, theme.style(.muted, on: base), base.patched(with: Style(bold: true)), changeStyle, base, statusStyle(status, theme, on: base),
          theme.style(.muted, on: base)]), selected))
      case .decision(let d):
        guard let decision = review?.decisions.first(where: { $0.id == d }) else { continue }
        if !decisionsHeading {
          decisionsHeading = true
          lines.append((Line([Span(" DECISIONS", style: theme[.accent])]), false))
        }
        lines.append((Line([
          Span(" " + TextLayout.pad(decision.kind.title, toWidth: 10), style: base.patched(with: Style(bold: true))),
          Span(decision.text, style: base),
          Span(decision.owner.isBlank ? "  (no owner: o)" : "  — \(decision.owner)", style: theme.style(.muted, on: base)),
        ]), selected))
      }
    }
    if !decisionsHeading {
      lines.append((Line([Span(" DECISIONS", style: theme[.accent])]), false))
      lines.append((Line([Span("  none yet: s stop, t start, c continue", style: theme[.muted])]), false))
    }
    let visible = max(1, area.bottom - 1 - y)
    let selectedLine = lines.firstIndex { $0.1 } ?? 0
    let offset = ListView.offset(keeping: selectedLine, visibleRows: visible, itemCount: lines.count, from: 0)
    for (line, selected) in lines.dropFirst(offset).prefix(visible) {
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      buffer.write(line.truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
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

/// The review table's columns: the name and the note share what the numbers leave.
struct ReviewColumns {
  var widths: [Int]

  init(width: Int) {
    let fixed = [11, 13, 9, 11, 13]
    let rest = max(0, width - fixed.reduce(0, +) - 1)
    let name = max(12, min(30, rest / 2 + 4))
    widths = [name] + fixed + [max(0, rest - name)]
  }

  func line(_ cells: [String], style: Style) -> Line { line(cells, styles: Array(repeating: style, count: cells.count)) }

  func line(_ cells: [String], styles: [Style]) -> Line {
    Line(zip(cells, zip(widths, styles)).filter { $0.1.0 > 0 }.map { cell, pair in
      Span(TextLayout.pad(TextLayout.truncate(" " + cell, toWidth: pair.0), toWidth: pair.0), style: pair.1)
    })
  }
}
