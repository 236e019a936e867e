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

  func geometry(in area: Rect, alerts: Int) -> Geometry {
    let alertRows = min(alerts, 3) + (alerts > 3 ? 1 : 0)
    let tableTop = area.y + 2 + alertRows + (alertRows > 0 ? 1 : 0) + 1
    let visible = max(1, area.bottom - tableTop)
    let selected = rows.firstIndex { if case .metric(let m) = $0 { return m.id == pane.selection } else { return false } } ?? 0
    let offset = ListView.offset(keeping: selected, visibleRows: visible, itemCount: rows.count, from: 0)
    return Geometry(tableTop: tableTop, offset: offset, visible: visible)
  }

  func metric(atRow y: Int, in area: Rect) -> MetricID? {
    guard !pane.isOpen else { return nil }
    let summary = ScorecardSummary(workspace: state.workspace, findings: state.findings, windowWeeks: 1)
    let g = geometry(in: area, alerts: summary.alerts.count)
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
    let summary = ScorecardSummary(workspace: state.workspace, findings: state.findings, windowWeeks: 1)
    let week = state.today.isoWeek
    buffer.write(TextLayout.truncate(" Scorecard · this week \(week) · review on \(state.workspace.manifest.reviewDay.rawValue.capitalizedFirst) (w)",
      toWidth: area.width), x: area.x, y: area.y, style: theme[.title])
    guard !summary.rows.isEmpty else {
      buffer.write(" No metrics yet: two or three numbers that prove the promise is kept. \(KeyMap.keys(for: .add)?.split(separator: " ").first ?? "a") adds the first.", x: area.x, y: area.y + 2, style: theme[.muted])
      return
    }
    var y = area.y + 2
    for alert in summary.alerts.prefix(3) {
      let style = alert.rule == .divergence ? theme[.danger] : theme[.warning]
      buffer.write(Line([Span(" ! " + alert.message, style: style)]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
    if summary.alerts.count > 3 {
      buffer.write(" … \(summary.alerts.count - 3) more alerts: press ! for all findings", x: area.x, y: y, style: theme[.muted])
      y += 1
    }
    let g = geometry(in: area, alerts: summary.alerts.count)
    let columns = Columns(width: area.width)
    buffer.write(columns.line(["Metric", "Latest", "Target", "Status", "12 weeks", "Δ week", "Owner"], style: theme[.muted]),
      x: area.x, y: g.tableTop - 1)
    let proof = Set(state.workspace.promise.proofMetrics)
    for (row, item) in rows.enumerated().dropFirst(g.offset).prefix(g.visible) {
      let y = g.tableTop + row - g.offset
      switch item {
      case .layer(let layer):
        buffer.write(" " + layer.title.uppercased(), x: area.x, y: y, style: theme[.accent])
      case .metric(let metric):
        let selected = metric.id == pane.selection
        let base = selected ? theme[.selection] : theme[.text]
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
        let status = metric.status
        let latest = metric.latest.map { formatValue($0.value, metric.unit) } ?? "—"
        let target = metric.target.map { formatValue($0, metric.unit) } ?? "—"
        let change = metric.change(overWeeks: 1).map { delta in
          (delta > 0 ? "↑" : delta < 0 ? "↓" : "→") + MetricValueText.difference(abs(delta), unit: metric.unit)
        } ?? "—"
        let changeStyle = metric.change(overWeeks: 1).map { delta -> Style in
          delta == 0 ? base : metric.direction.improves(delta) ? theme.style(.ok, on: base) : theme.style(.danger, on: base)
        } ?? base
        let trend = metric.latest.map { metric.values(endingAt: $0.week, count: 12) } ?? []
        let spark = Sparkline(values: trend).glyphs(width: 12)
        buffer.write(columns.line([
          (proof.contains(metric.id) ? "★ " : "  ") + metric.name, latest, target, "\(status.symbol) \(status.label)", spark, change,
          metric.owner,
        ], styles: [base, base.patched(with: Style(bold: true)), base, statusStyle(status, theme, on: base),
          theme.style(.accent, on: base), changeStyle, base]), x: area.x, y: y)
      }
    }
  }

  /// The table's column widths at a given terminal width: the name column takes what is left.
  struct Columns {
    var widths: [Int]

    /// Below 100 columns the owner column gives its room to the metric's name.
    init(width: Int) {
      let fixed = width >= 100 ? [12, 12, 13, 14, 11, 16] : [11, 11, 13, 14, 10, 0]
      let name = max(12, width - fixed.reduce(0, +) - 1)
      widths = [name] + fixed
    }

    func line(_ cells: [String], style: Style) -> Line { line(cells, styles: Array(repeating: style, count: cells.count)) }

    func line(_ cells: [String], styles: [Style]) -> Line {
      Line(zip(cells, zip(widths, styles)).filter { $0.1.0 > 0 }.map { cell, pair in
        Span(TextLayout.pad(" " + cell, toWidth: pair.0), style: pair.1)
      })
    }
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
