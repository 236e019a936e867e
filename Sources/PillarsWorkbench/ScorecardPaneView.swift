import PillarsCore
import ScreenKit

/// Pane 4: the scorecard by layer, with the alerts the layers raise together.
struct ScorecardPaneView: Widget {
  var state: WorkbenchState
  var pane: ScorecardPane.State

  enum Row: Equatable {
    case layer(MetricLayer)
    case metric(Metric)
  }

  var rows: [Row] {
    MetricLayer.allCases.flatMap { layer -> [Row] in
      let metrics = state.workspace.scorecard.metrics(in: layer)
      return [.layer(layer)] + metrics.map { .metric($0) }
    }
  }

  struct Geometry {
    var tableTop: Int
    var offset: Int
    var visible: Int
  }

  func geometry(in area: Rect, alerts: Int, rows: [Row]) -> Geometry {
    let alertRows = min(alerts, 3) + (alerts > 3 ? 1 : 0)
    let tableTop = area.y + 2 + alertRows + (alertRows > 0 ? 1 : 0) + 1
    let visible = max(1, area.bottom - tableTop)
    let selected = rows.firstIndex { if case .metric(let m) = $0 { return m.id == pane.selection } else { return false } } ?? 0
    let offset = ListView.offset(keeping: selected, visibleRows: visible, itemCount: rows.count, from: 0)
    return Geometry(tableTop: tableTop, offset: offset, visible: visible)
  }

  func metric(atRow y: Int, in area: Rect) -> MetricID? {
    guard !pane.isOpen else { return nil }
    let alerts = ScorecardSummary.alerts(workspace: state.workspace, findings: state.findings)
    let rows = self.rows
    let g = geometry(in: area, alerts: alerts.count, rows: rows)
    let index = g.offset + y - g.tableTop
    guard y >= g.tableTop, rows.indices.contains(index), case .metric(let metric) = rows[index] else { return nil }
    return metric.id
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    if pane.isOpen {
      MetricDetailView(state: state, pane: pane).render(in: area, into: &buffer)
      return
    }
    let theme = state.theme
    let alerts = ScorecardSummary.alerts(workspace: state.workspace, findings: state.findings)
    let week = state.today.isoWeek
    buffer.write(TextLayout.truncate(" Scorecard · this week \(week) · review on \(state.workspace.manifest.reviewDay.rawValue.capitalizedFirst) (w)",
      toWidth: area.width), x: area.x, y: area.y, style: theme[.title])
    guard !state.workspace.scorecard.metrics.isEmpty else {
      buffer.write(" No metrics yet: two or three numbers that prove the promise is kept. \(KeyMap.keys(for: .add)?.split(separator: " ").first ?? "a") adds the first.", x: area.x, y: area.y + 2, style: theme[.muted])
      return
    }
    var y = area.y + 2
    for alert in alerts.prefix(3) {
      let style = alert.rule == .divergence ? theme[.danger] : theme[.warning]
      buffer.write(Line([Span(" ! " + alert.message, style: style)]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
    if alerts.count > 3 {
      buffer.write(" … \(alerts.count - 3) more alerts: press ! for all findings", x: area.x, y: y, style: theme[.muted])
      y += 1
    }
    let rows = self.rows
    let g = geometry(in: area, alerts: alerts.count, rows: rows)
    let proof = Set(state.workspace.promise.proofMetrics)
    // Only the rows in view are worked out (a large scorecard has hundreds); the name column
    // is as wide as the longest name of all, so it does not jump while the list scrolls.
    let shown = rows.dropFirst(g.offset).prefix(g.visible).compactMap { item -> Metric? in
      if case .metric(let m) = item { m } else { nil }
    }
    var cells: [MetricID: [String]] = [:]
    for metric in shown { cells[metric.id] = Self.cells(of: metric, proof: proof) }
    let longestName = rows.reduce(0) { width, item in
      guard case .metric(let m) = item else { return width }
      return max(width, m.name.terminalWidth + 2)
    }
    let layout = Self.layout(cells: Array(cells.values) + [[String(repeating: " ", count: longestName)]], room: area.width - 1)
    buffer.write(Line([Span(" ", style: theme[.muted])] + layout.header(style: theme[.muted]).spans), x: area.x, y: g.tableTop - 1)
    for (row, item) in rows.enumerated().dropFirst(g.offset).prefix(g.visible) {
      let y = g.tableTop + row - g.offset
      switch item {
      case .layer(let layer):
        buffer.write(" " + layer.title.uppercased(), x: area.x, y: y, style: theme[.accent])
      case .metric(let metric):
        let selected = metric.id == pane.selection
        let base = selected ? theme[.selection] : theme[.text]
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
        let changeStyle = metric.change(overWeeks: 1).map { delta -> Style in
          delta == 0 ? base : metric.direction.improves(delta) ? theme.style(.ok, on: base) : theme.style(.danger, on: base)
        } ?? base
        let line = layout.line(cells[metric.id] ?? [], styles: [base, base.patched(with: Style(bold: true)), base,
          statusStyle(metric.status, theme, on: base), theme.style(.accent, on: base), changeStyle, base])
        buffer.write(Line([Span(" ", style: base)] + line.spans), x: area.x, y: y)
      }
    }
  }

  /// What a metric's row says, column by column.
  static func cells(of metric: Metric, proof: Set<MetricID>) -> [String] {
    let latest = metric.latest.map { formatValue($0.value, metric.unit) } ?? "—"
    let target = metric.target.map { formatValue($0, metric.unit) } ?? "—"
    let change = metric.change(overWeeks: 1).map { delta in
      (delta > 0 ? "↑" : delta < 0 ? "↓" : "→") + MetricValueText.difference(abs(delta), unit: metric.unit)
    } ?? "—"
    let trend = metric.latest.map { metric.values(endingAt: $0.week, count: 12) } ?? []
    let status = metric.status
    return [(proof.contains(metric.id) ? "★ " : "  ") + metric.name, latest, target, "\(status.symbol) \(status.label)",
      Sparkline(values: trend).glyphs(width: 12), change, metric.owner]
  }

  /// The table's columns from what they hold: the owner gives way first, then the trend, then
  /// the target and the change; the name is cut last, never below 12 characters.
  static func layout(cells: [[String]], room: Int) -> ColumnLayout {
    let column = { (index: Int) in cells.map { $0.indices.contains(index) ? $0[index] : "" } }
    return ColumnLayout([
      .init("Metric", cells: column(0), narrowest: 12),
      .init("Latest", cells: column(1)),
      .init("Target", cells: column(2), priority: 2),
      .init("Status", cells: column(3)),
      .init("12 weeks", cells: column(4), priority: 3),
      .init("Δ week", cells: column(5), priority: 1),
      .init("Owner", cells: column(6), narrowest: 8, priority: 4),
    ], room: room)
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
