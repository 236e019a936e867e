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
      y += 1
    }
    y += 1
    guard y + 1 < area.bottom else { return }
    let field = fields[Workbench.clamp(pane.row, fields.count)]
    // The highlighted field in full, where its row cuts it; for the links, what there is to link.
    switch field {
    case .touchpoints, .friction:
      let what = field == .touchpoints ? "touchpoints" : "friction points"
      buffer.write(TextLayout.truncate(" To link, write one per line as \(what) are named here:", toWidth: area.width),
        x: area.x, y: y, style: style[.muted])
      y += 1
      for line in Self.choices(for: field, in: workspace) where y < area.bottom {
        y += StyledText(line, style: style[.text]).render(
          in: Rect(x: area.x + 2, y: y, width: max(1, area.width - 3), height: area.bottom - y), into: &buffer)
      }
    case .description, .whatChanged:
      buffer.write(TextLayout.truncate(" \(field.title)", toWidth: area.width), x: area.x, y: y, style: style[.muted])
      StyledText(field.text(of: theme, in: workspace), style: style[.text]).render(
        in: Rect(x: area.x + 1, y: y + 1, width: max(1, area.width - 2), height: min(4, area.bottom - y - 1)), into: &buffer)
    case .name, .owner, .segments, .state, .fixedOn:
      break
    }
  }

  /// The current-state journeys' touchpoints, a stage a line; or their friction points, a
  /// touchpoint a line. Worked out only while such a row is highlighted.
  static func choices(for field: SignalThemeField, in workspace: Workspace) -> [String] {
    let journeys = workspace.journeys.filter { $0.state == .current }
    switch field {
    case .touchpoints:
      // The journey's name only where there are several to tell apart.
      return journeys.flatMap { journey in
        journey.stages.filter { !$0.touchpoints.isEmpty }.map { stage in
          (journeys.count > 1 ? "\(journey.name) › " : "") + "\(stage.name): " + stage.touchpoints.map(\.name).joined(separator: " · ")
        }
      }
    case .friction:
      return journeys.flatMap { journey in
        journey.touchpoints.compactMap { _, touchpoint in
          let friction = touchpoint.friction.filter { !$0.isBlank }
          return friction.isEmpty ? nil : "\(touchpoint.name): " + friction.joined(separator: " · ")
        }
      }
    case .name, .description, .owner, .segments, .state, .fixedOn, .whatChanged:
      return []
    }
  }
}
