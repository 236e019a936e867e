import PillarsCore
import ScreenKit

/// One theme opened: every field a row (Enter or `e` edits the highlighted one), then its weekly
/// contacts over the window and, once fixed at the root, whether the fix worked.
struct SignalThemeOpened: Widget {
  var workbench: WorkbenchState
  var pane: SignalsPane.State
  /// The ranking of the frame, worked out once by the pane's view.
  var pareto: SignalsPareto

  func render(in area: Rect, into buffer: inout Buffer) {
    let style = workbench.theme
    let workspace = workbench.workspace
    guard let id = pane.selection, let theme = workspace.signalTheme(id) else { return }
    let rank = pareto.rows.firstIndex { $0.theme == id }
    let standing = rank.map { index in
      " · #\(index + 1) of \(pareto.rows.count), \(SignalsPaneView.percent(pareto.rows[index].share)) of contacts"
        + (pane.filter == .all ? "" : " \(SignalsPaneView.whose(pane.filter, in: workspace))")
    } ?? ""
    buffer.write(TextLayout.truncate(" \(theme.name) · \(theme.state.title)\(standing)   (Esc: back)", toWidth: area.width),
      x: area.x, y: area.y, style: style[.title])
    let fields = SignalThemeField.allCases
    let first = max(0, pane.row - (area.bottom - area.y - 3))
    var y = area.y + 2
    for (index, field) in fields.enumerated().dropFirst(first) where y < area.bottom {
      let selected = index == pane.row
      let base = selected ? style[.selection] : style[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
      buffer.write(" " + TextLayout.pad(field.title, toWidth: 14), x: area.x, y: y, style: style.style(.muted, on: base))
      let shown = field.shownText(of: theme, in: workspace)
      let missing = shown == "—" && (field == .owner || field == .touchpoints)
      buffer.write(TextLayout.truncate(shown, toWidth: max(1, area.width - 16)), x: area.x + 16, y: y,
        style: missing ? style.style(.warning, on: base) : base)
      y += 1
    }
    y += 1
    guard y < area.bottom else { return }
    let trend = theme.series(from: pareto.firstWeek, through: pareto.lastWeek, filter: pane.filter)
    let lastWeek = trend.last ?? 0
    let change = lastWeek - (trend.count > 1 ? trend[trend.count - 2] : 0)
    let whose = pane.filter == .all ? "" : " " + SignalsPaneView.whose(pane.filter, in: workspace)
    let line = " Weekly contacts\(whose), \(pareto.firstWeek) to \(pareto.lastWeek): \(trend.reduce(0, +)) in all, \(lastWeek) in the last week (\(change > 0 ? "+" : "")\(change))"
    buffer.write(TextLayout.truncate(line, toWidth: area.width), x: area.x, y: y, style: style[.muted])
    y += 1
    guard y < area.bottom else { return }
    buffer.write(" " + Sparkline(values: trend.map { Double($0) }).glyphs(width: min(trend.count, max(1, area.width - 2))),
      x: area.x, y: y, style: style[.accent])
    y += 1
    if y < area.bottom, let effect = FixEffect(of: theme, among: workspace.signalThemes, through: pareto.lastWeek) {
      let line = " Fix of \(effect.fixedOn): \(effect.text) — share \(SignalsPaneView.percent(effect.shareBefore)) before, \(SignalsPaneView.percent(effect.shareAfter)) after"
      buffer.write(TextLayout.truncate(line, toWidth: area.width), x: area.x, y: y, style: effect.worked ? style[.ok] : style[.warning])
    }
  }
}
