import PillarsCore
import ScreenKit

/// One metric of the review, large: its value this week against the target, the change since
/// the last review, half a year of history and what was said about it.
struct ReviewMetricView: Widget {
  var state: WorkbenchState
  var metric: Metric
  var session: ReviewSession

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let metrics = session.items(in: state.workspace).filter { if case .metric = $0 { true } else { false } }
    let position = (metrics.firstIndex(of: .metric(metric.id)) ?? 0) + 1
    var y = area.y
    let heading = "  \(metric.name.uppercased())"
    buffer.write(TextLayout.truncate(heading, toWidth: area.width), x: area.x, y: y, style: theme[.title].patched(with: Style(bold: true)))
    let counter = "\(position) of \(metrics.count)  "
    if heading.terminalWidth + counter.terminalWidth < area.width {
      buffer.write(counter, x: area.right - counter.terminalWidth, y: y, style: theme[.muted])
    }
    y += 1
    let better = metric.direction == .up ? "higher" : "lower"
    buffer.write(TextLayout.truncate("  \(metric.layer.title) · \(better) is better · owner \(metric.owner.isBlank ? "—" : metric.owner)",
      toWidth: area.width), x: area.x, y: y, style: theme[.muted])
    y += 2
    let value = metric.observation(for: session.week)
    let status = value.map { metric.status(of: $0.value) } ?? .noData
    let previous = session.previousReview(in: state.workspace)
    let earlierWeek = previous ?? session.week.adding(weeks: -1)
    let change = value.flatMap { v in metric.observation(for: earlierWeek).map { v.value - $0.value } }
    var goal = metric.target.map { "target \(formatValue($0, metric.unit))" } ?? "no target"
    if let warning = metric.warning { goal += " · warning at \(formatValue(warning, metric.unit))" }
    buffer.write(Line([
      Span("  \(session.week)  ", style: theme[.muted]),
      Span(value.map { formatValue($0.value, metric.unit) } ?? "no value yet (e)", style: theme[.text].patched(with: Style(bold: true))),
      Span("   \(status.symbol) \(status.label.uppercased())   ", style: statusStyle(status, theme).patched(with: Style(bold: true))),
      Span(goal, style: theme[.muted]),
    ]).truncated(toWidth: area.width), x: area.x, y: y)
    y += 1
    let changeText = change.map { ($0 > 0 ? "↑ " : $0 < 0 ? "↓ " : "→ ") + MetricValueText.difference(abs($0), unit: metric.unit) } ?? "—"
    let changeStyle = change.map { $0 == 0 ? theme[.text] : metric.direction.improves($0) ? theme[.ok] : theme[.danger] } ?? theme[.muted]
    buffer.write(Line([
      Span("  since \(previous == nil ? "last week" : "the review of \(earlierWeek)")"
        + (metric.observation(for: earlierWeek).map { " (\(formatValue($0.value, metric.unit)))" } ?? "") + "  ", style: theme[.muted]),
      Span(changeText, style: changeStyle.patched(with: Style(bold: true))),
    ]).truncated(toWidth: area.width), x: area.x, y: y)
    y += 2
    let notesHeight = 3
    // The chart takes the height there is: on a projector at 200x60 it is most of the screen.
    let chartHeight = max(0, area.bottom - y - notesHeight - 1)
    if chartHeight >= 4 {
      var references: [LineChart.Reference] = []
      if let target = metric.target { references.append(.init(value: target, label: "target", style: theme[.ok])) }
      if let warning = metric.warning { references.append(.init(value: warning, label: "warning", style: theme[.warning])) }
      let first = session.week.adding(weeks: -25)
      LineChart(values: metric.values(endingAt: session.week, count: 26), references: references,
        firstLabel: first.description, lastLabel: session.week.description, style: theme[.accent], axisStyle: theme[.muted], glyphs: state.chartGlyphs,
        format: { $0.compactText }
      ).render(in: Rect(x: area.x + 2, y: y, width: area.width - 4, height: chartHeight), into: &buffer)
      y += chartHeight + 1
    }
    let reviewNote = state.workspace.review(session.week)?.notes[metric.id.rawValue]
    for (label, text) in [("Review note", reviewNote), ("Value note", value?.note)] where y < area.bottom - 1 {
      buffer.write(Line([
        Span("  \(TextLayout.pad(label, toWidth: 12))", style: theme[.muted]),
        Span(text.map { $0.replacingOccurrences(of: "\n", with: " ") } ?? "—", style: theme[.text]),
      ]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
  }
}
