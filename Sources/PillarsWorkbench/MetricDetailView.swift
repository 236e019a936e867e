import PillarsCore
import ScreenKit

/// One metric opened: its definition, a chart of its whole history against the target and the
/// warning threshold, the touchpoints it watches, and every week with its note.
struct MetricDetailView: Widget {
  var state: WorkbenchState
  var pane: ScorecardPane.State

  /// The definition's rows, one a field, with the chart beside them; the history list comes after.
  static var definitionRows: Int { MetricField.allCases.count }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let id = pane.selection, let metric = state.workspace.scorecard[id] else { return }
    let better = metric.direction == .up ? "higher" : "lower"
    buffer.write(TextLayout.truncate(" \(metric.name) · \(metric.layer.title) · \(better) is better · \(metric.status.symbol) \(metric.status.label) · id \(metric.id.rawValue)   (Esc: back)",
      toWidth: area.width), x: area.x, y: area.y, style: theme[.title])
    let fields = ScorecardPane.fields(pane, PaneContext(state))
    let selectedRow = Workbench.clamp(pane.row, fields.count)
    let labelWidth = 13
    let leftWidth = min(area.width, max(34, area.width * 2 / 5))
    var y = area.y + 2
    for (index, field) in MetricField.allCases.enumerated() where y < area.bottom {
      let selected = index == selectedRow
      if selected { buffer.fill(Rect(x: area.x, y: y, width: leftWidth, height: 1), style: theme[.selection]) }
      let style = selected ? theme[.selection] : theme[.text]
      buffer.write(" " + TextLayout.pad(field.title, toWidth: labelWidth), x: area.x, y: y, style: theme.style(.muted, on: style))
      let text = field.shownText(of: metric)
      buffer.write(TextLayout.truncate(text.isEmpty ? "—" : text, toWidth: leftWidth - labelWidth - 2), x: area.x + labelWidth + 2, y: y, style: style)
      y += 1
    }
    let chartArea = Rect(x: area.x + leftWidth + 2, y: area.y + 2, width: area.width - leftWidth - 3, height: Self.definitionRows + 1)
    renderChart(metric, in: chartArea.intersection(area), into: &buffer)
    y = area.y + 3 + Self.definitionRows
    if y < area.bottom {
      let names = linkedTouchpoints(id)
      let text = names.isEmpty ? "no touchpoint watches this metric yet" : names.joined(separator: " · ")
      buffer.write(Line([Span(" Touchpoints ", style: theme[.muted]), Span(text, style: theme[.text])]).truncated(toWidth: area.width),
        x: area.x, y: y)
      y += 2
    }
    guard y < area.bottom else { return }
    buffer.write(TextLayout.truncate(" History, newest first   e value · n note", toWidth: area.width), x: area.x, y: y, style: theme[.title])
    y += 1
    let weeks = Array(fields.dropFirst(Self.definitionRows))
    let visible = max(1, area.bottom - y)
    let selectedWeek = selectedRow - Self.definitionRows
    let offset = ListView.offset(keeping: max(0, selectedWeek), visibleRows: visible, itemCount: weeks.count, from: 0)
    for (index, target) in weeks.enumerated().dropFirst(offset).prefix(visible) {
      guard case .observation(_, let week, _) = target else { continue }
      let selected = index == selectedWeek
      let base = selected ? theme[.selection] : theme[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      let observation = metric.observation(for: week)
      let status = observation.map { metric.status(of: $0.value) }
      buffer.write(Line([
        Span("  \(week)  ", style: theme.style(.muted, on: base)),
        Span(TextLayout.pad(observation.map { formatValue($0.value, metric.unit) } ?? "—", toWidth: 11), style: base),
        Span(TextLayout.pad(status.map { "\($0.symbol) \($0.label)" } ?? "no value", toWidth: 13),
          style: status.map { statusStyle($0, theme, on: base) } ?? theme.style(.muted, on: base)),
        Span(observation?.note ?? "", style: theme.style(.muted, on: base)),
      ]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
  }

  private func renderChart(_ metric: Metric, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let first = metric.observations.first?.week, let last = metric.latest?.week, area.width >= 20 else {
      buffer.write("no values yet: e on a week below enters one", x: area.x, y: area.y + 1, style: theme[.muted], maxWidth: area.width)
      return
    }
    var references: [LineChart.Reference] = []
    if let target = metric.target { references.append(.init(value: target, label: "target", style: theme[.ok])) }
    if let warning = metric.warning { references.append(.init(value: warning, label: "warning", style: theme[.warning])) }
    let chart = LineChart(
      values: metric.values(endingAt: last, count: first.weeks(until: last) + 1), references: references,
      firstLabel: first.description, lastLabel: last.description, style: theme[.accent], axisStyle: theme[.muted], glyphs: state.chartGlyphs,
      format: { $0.compactText })
    chart.render(in: area, into: &buffer)
  }

  /// "Journey: touchpoint" for every touchpoint that lists the metric.
  private func linkedTouchpoints(_ id: MetricID) -> [String] {
    state.workspace.journeys.flatMap { journey in
      journey.stages.flatMap(\.touchpoints).filter { $0.metrics.contains(id) }.map { "\(journey.name): \($0.name)" }
    }
  }
}
