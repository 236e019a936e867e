import PillarsCore
import ScreenKit

/// Pane 3: the journey map. Stages head the columns, each touchpoint is a column under its
/// stage, and the lanes (doing, thinking, feeling, emotion, friction, promise, owner) run across.
struct JourneyPaneView: Widget {
  var state: WorkbenchState
  var pane: JourneyPane.State

  static let labelWidth = 12
  static let curveHeight = 5
  /// The touchpoint panel beside the map, when there is no room for it below.
  static let panelWidth = 46

  struct Geometry {
    var columns: [JourneyColumn]
    var first: Int
    var visible: Int
    /// Each touchpoint column's width, its cell one less: wider as the window widens.
    var columnWidth: Int
    var headerRow: Int
    var goalRow: Int
    var laneTop: Int
    var x0: Int
    /// Where the selected touchpoint's panel stands, beside or below the map; nil when neither fits.
    var panel: Rect?
  }

  /// Rows the map takes from the top of the pane: title, blank, stages, goals, lanes, blank, curve.
  static var mapRows: Int { 4 + JourneyLane.allCases.count + 1 + curveHeight }

  func geometry(_ journey: Journey, in area: Rect) -> Geometry {
    let columns = JourneyColumn.columns(of: journey)
    let below = area.bottom - (area.y + Self.mapRows + 1)
    let beside = below < 8 && area.width >= Self.labelWidth + 3 * 18 + Self.panelWidth + 1
    let gridWidth = area.width - Self.labelWidth - (beside ? Self.panelWidth + 1 : 0)
    // Cells widen with the window (18 at 80 columns, up to 34), and the columns fill the width.
    let preferred = max(18, min(34, 18 + (area.width - 80) / 12))
    let visible = max(1, min(max(1, columns.count), gridWidth / preferred))
    let columnWidth = max(8, gridWidth / visible)
    let selected = JourneyColumn.index(of: pane.selection, in: columns) ?? 0
    // Keep the selection in view, centred once the map scrolls.
    let first = max(0, min(selected - visible / 2, columns.count - visible))
    let panel: Rect?
    if beside {
      panel = Rect(x: area.right - Self.panelWidth, y: area.y + 2, width: Self.panelWidth, height: area.bottom - area.y - 2)
    } else if below >= 3 {
      panel = Rect(x: area.x, y: area.y + Self.mapRows + 1, width: area.width, height: below)
    } else {
      panel = nil
    }
    return Geometry(columns: columns, first: first, visible: visible, columnWidth: columnWidth, headerRow: area.y + 2,
      goalRow: area.y + 3, laneTop: area.y + 4, x0: area.x + Self.labelWidth, panel: panel)
  }

  func cell(atColumn x: Int, row y: Int, in area: Rect) -> (column: JourneyColumn, lane: JourneyLane?)? {
    guard let journey = JourneyPane.selectedJourney(pane, state.workspace), !pane.isOpen else { return nil }
    let g = geometry(journey, in: area)
    guard x >= g.x0 else { return nil }
    let index = g.first + (x - g.x0) / g.columnWidth
    guard g.columns.indices.contains(index), index < g.first + g.visible else { return nil }
    return (g.columns[index], JourneyLane(rawValue: y - g.laneTop))
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let journey = JourneyPane.selectedJourney(pane, state.workspace) else {
      buffer.write(" No journeys yet. A journey map follows one segment from first contact to renewal; \(KeyMap.keys(for: .newJourney) ?? "N") makes the first.", x: area.x, y: area.y + 1,
        style: theme[.muted])
      return
    }
    if pane.isOpen {
      TouchpointDetailView(state: state, pane: pane, journey: journey).render(in: area, into: &buffer)
      return
    }
    let journeys = state.workspace.journeys
    let position = (journeys.firstIndex { $0.id == journey.id } ?? 0) + 1
    let segment = journey.segment.flatMap { state.workspace.segments[$0]?.name }.map { " · for \($0)" } ?? ""
    buffer.write(Line([
      Span(" ‹ ", style: theme[.muted]), Span(journey.name, style: theme[.title]),
      Span(" › \(position)/\(journeys.count) · \(journey.state.rawValue) state\(segment) · [ ] switch", style: theme[.muted]),
    ]).truncated(toWidth: area.width), x: area.x, y: area.y)

    if journey.stages.isEmpty {
      buffer.write(" No stages yet: \(KeyMap.keys(for: .addStage) ?? "A") adds the first (awareness, onboarding, renewal…).",
        x: area.x, y: area.y + 2, style: theme[.muted], maxWidth: area.width)
      return
    }
    let g = geometry(journey, in: area)
    let shown = g.columns.indices.filter { $0 >= g.first && $0 < g.first + g.visible }
    // Stage headers, each over the run of its columns, with the stage's goal under it.
    buffer.write(" " + TextLayout.pad("Goal", toWidth: Self.labelWidth - 2), x: area.x, y: g.goalRow, style: theme[.muted])
    for (stageIndex, run) in Dictionary(grouping: shown, by: { g.columns[$0].stageIndex }).sorted(by: { $0.key < $1.key }) {
      guard let firstIndex = run.min() else { continue }
      let stage = journey.stages[stageIndex]
      let x = g.x0 + (firstIndex - g.first) * g.columnWidth
      let span = run.count * g.columnWidth - 1
      buffer.write(TextLayout.truncate("▎" + stage.name, toWidth: span), x: x, y: g.headerRow, style: theme[.accent])
      let goal = stage.goal.isBlank ? "(no goal: S sets it)" : firstLine(stage.goal)
      buffer.write(TextLayout.truncate(" " + goal, toWidth: span), x: x, y: g.goalRow,
        style: stage.goal.isBlank ? theme[.muted] : theme[.text])
    }
    if g.first > 0 { buffer.write("◀", x: g.x0 - 1, y: g.headerRow, style: theme[.muted]) }
    if g.first + g.visible < g.columns.count {
      buffer.write("▶", x: g.x0 + g.visible * g.columnWidth - 1, y: g.headerRow, style: theme[.muted])
    }

    for lane in JourneyLane.allCases {
      let y = g.laneTop + lane.rawValue
      guard y < area.bottom else { break }
      let laneSelected = lane == pane.selection.lane
      buffer.write(" " + TextLayout.pad(lane.title, toWidth: Self.labelWidth - 2), x: area.x, y: y,
        style: laneSelected ? theme[.accent] : theme[.muted])
      for index in shown {
        let column = g.columns[index]
        let x = g.x0 + (index - g.first) * g.columnWidth
        let selected = laneSelected && column.stage == pane.selection.stage
          && column.touchpoint == pane.selection.touchpoint
        let touchpoint = column.touchpoint.flatMap { id in journey.stages[column.stageIndex].touchpoints.first { $0.id == id } }
        let (text, style) = cell(lane, touchpoint, theme)
        let cellStyle = selected ? theme[.selection] : style
        if selected { buffer.fill(Rect(x: x, y: y, width: g.columnWidth - 1, height: 1), style: theme[.selection]) }
        buffer.write(TextLayout.truncate(text, toWidth: g.columnWidth - 2), x: x, y: y, style: cellStyle)
      }
    }

    let curveTop = g.laneTop + JourneyLane.allCases.count + 1
    if curveTop + Self.curveHeight < area.bottom {
      EmotionCurveView(journey: journey, geometry: g, theme: theme, glyphs: state.chartGlyphs).render(
        in: Rect(x: area.x, y: curveTop, width: area.width, height: Self.curveHeight), into: &buffer)
    }
    let curveBottom = curveTop + Self.curveHeight
    if let panel = g.panel, let touchpoint = JourneyPane.selectedTouchpoint(pane, state.workspace),
      let stage = JourneyPane.selectedStage(pane, in: journey)
    {
      TouchpointPanel(touchpoint: touchpoint, stage: stage, lane: pane.selection.lane, state: state)
        .render(in: panel, into: &buffer)
    } else if curveBottom + 1 < area.bottom, let touchpoint = JourneyPane.selectedTouchpoint(pane, state.workspace) {
      // No room for the panel: the selected cell's full text on the last lines.
      let lane = pane.selection.lane
      var full = TouchpointPanel.value(of: lane.field, in: touchpoint)
      if lane == .touchpoint {
        let reach = touchpoint.reach.map { "reaches \($0.compactText)% of customers" } ?? "reach unknown"
        full = [touchpoint.channel.isBlank ? nil : "via \(touchpoint.channel)", reach,
          touchpoint.handoff ? "a handoff between channels" : nil].compactMap { $0 }.joined(separator: " · ")
      }
      let label = "\(touchpoint.name) · \(lane.title): "
      var styled = StyledText(label + (full.isBlank ? "—" : full), style: theme[.text])
      styled.apply(theme[.accent], to: 0..<label.count)
      styled.render(in: Rect(x: area.x + 1, y: curveBottom + 1, width: area.width - 2, height: area.bottom - curveBottom - 1), into: &buffer)
    }
  }

  private func cell(_ lane: JourneyLane, _ touchpoint: Touchpoint?, _ theme: Theme) -> (String, Style) {
    guard let touchpoint else {
      return lane == .touchpoint ? ("(empty: a adds one)", theme[.warning]) : ("", theme[.muted])
    }
    switch lane {
    case .touchpoint:
      let channel = touchpoint.channel.isBlank ? "" : "\(touchpoint.channel): "
      return ((touchpoint.handoff ? "⇄ " : "") + channel + touchpoint.name, touchpoint.handoff ? theme[.warning] : theme[.text])
    case .doing: return (firstLine(touchpoint.doing), theme[.text])
    case .thinking: return (firstLine(touchpoint.thinking), theme[.text])
    case .feeling: return (firstLine(touchpoint.feeling), theme[.text])
    case .emotion:
      let face = ["☹☹", "☹", "·", "☺", "☺☺"][max(-2, min(2, touchpoint.emotion)) + 2]
      let style = touchpoint.emotion < 0 ? theme[.danger] : touchpoint.emotion > 0 ? theme[.ok] : theme[.muted]
      return ("\(touchpoint.emotion > 0 ? "+" : "")\(touchpoint.emotion) \(face)", style)
    case .friction:
      let count = touchpoint.friction.count
      return (count == 0 ? "" : "\(count)× " + touchpoint.friction[0], count == 0 ? theme[.muted] : theme[.warning])
    case .promise:
      switch touchpoint.promise {
      case .kept: return ("✔ kept", theme[.ok])
      case .atRisk: return ("▲ at risk", theme[.warning])
      case .broken: return ("✖ broken", theme[.danger])
      case .notApplicable: return ("· n/a", theme[.muted])
      }
    case .owner: return (touchpoint.team.isBlank ? "no team" : touchpoint.team, touchpoint.team.isBlank ? theme[.warning] : theme[.text])
    }
  }
}

/// The emotion curve under the map: where the journey hurts, without reading.
struct EmotionCurveView: Widget {
  var journey: Journey
  var geometry: JourneyPaneView.Geometry
  var theme: Theme
  var glyphs: ChartGlyphs = .braille

  func render(in area: Rect, into buffer: inout Buffer) {
    let g = geometry
    let labels = ["+2", "+1", " 0", "-1", "-2"]
    for (row, label) in labels.enumerated() where row < area.height {
      buffer.write(" Emotion \(label)".suffix(JourneyPaneView.labelWidth - 1).description, x: area.x, y: area.y + row,
        style: theme[.muted])
    }
    let emotions: [Int?] = g.columns.map { column in
      column.touchpoint.flatMap { id in journey.stages[column.stageIndex].touchpoints.first { $0.id == id }?.emotion }
    }
    let shown = g.columns.indices.filter { $0 >= g.first && $0 < g.first + g.visible }
    let width = g.columnWidth
    func centre(_ index: Int) -> Int { g.x0 + (index - g.first) * width + width / 2 - 1 }
    func row(_ emotion: Int) -> Int { area.y + 2 - max(-2, min(2, emotion)) }
    // A dotted baseline at zero, so rises and dips read at a glance.
    if let first = shown.first, let last = shown.last {
      let from = centre(first) - width / 2 + 1
      buffer.fill(Rect(x: from, y: area.y + 2, width: centre(last) + width / 2 - from, height: 1), with: "┈", style: theme[.border])
    }
    // The curve between the points, at the resolution of the chart glyphs (Braille: 2 × 4 dots a cell).
    let (perX, perY) = glyphs.dotsPerCell
    var canvas = DotCanvas(columns: area.width, rows: area.height, glyphs: glyphs)
    func dot(_ index: Int, _ emotion: Int) -> (x: Int, y: Int) {
      ((centre(index) - area.x) * perX + perX / 2, (row(emotion) - area.y) * perY + perY / 2)
    }
    for index in shown where index + 1 < g.first + g.visible && index + 1 < emotions.count {
      guard let emotion = emotions[index], let next = emotions[index + 1] else { continue }
      canvas.line(from: dot(index, emotion), to: dot(index + 1, next))
    }
    for y in 0..<area.height {
      for x in 0..<area.width {
        if let glyph = canvas.glyph(column: x, row: y) { buffer.put(glyph, x: area.x + x, y: area.y + y, style: theme[.muted]) }
      }
    }
    // The low points are the curve's own (the journey's lowest moments), as the export marks them.
    let curve = EmotionCurve(journey: journey)
    for index in shown {
      guard let emotion = emotions[index], let touchpoint = g.columns[index].touchpoint else { continue }
      let isLow = curve.isLowPoint(journey.stages[g.columns[index].stageIndex].id, touchpoint)
      buffer.write(isLow ? "▼" : "●", x: centre(index), y: row(emotion),
        style: isLow ? theme[.danger] : emotion < 0 ? theme[.warning] : theme[.ok])
    }
  }
}

/// One touchpoint opened: every field, editable with e.
struct TouchpointDetailView: Widget {
  var state: WorkbenchState
  var pane: JourneyPane.State
  var journey: Journey

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let touchpoint = JourneyPane.selectedTouchpoint(pane, state.workspace) else { return }
    let stage = JourneyPane.selectedStage(pane, in: journey)?.name ?? ""
    buffer.write(TextLayout.truncate(" \(journey.name) › \(stage) › \(touchpoint.name)   (Esc: back to the map)", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    var y = area.y + 2
    for (index, field) in TouchpointField.allCases.enumerated() where y < area.bottom {
      let selected = index == pane.row
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      let style = selected ? theme[.selection] : theme[.text]
      buffer.write(" " + TextLayout.pad(field.label, toWidth: 32), x: area.x, y: y, style: theme.style(.muted, on: style))
      var value = field.text(of: touchpoint).split(whereSeparator: \.isNewline).joined(separator: " · ")
      if field == .promise { value = touchpoint.promise.label }
      if field == .handoff { value = touchpoint.handoff ? "yes: the customer is handed between channels here" : "no" }
      buffer.write(TextLayout.truncate(value.isEmpty ? "—" : value, toWidth: max(1, area.width - 35)), x: area.x + 34, y: y, style: style)
      y += 1
    }
    let metrics = touchpoint.metrics.map { state.workspace.scorecard[$0]?.name ?? $0.rawValue }
    if y + 1 < area.bottom {
      buffer.write(TextLayout.truncate(" Watched by: " + (metrics.isEmpty ? "no metric" : metrics.joined(separator: ", ")), toWidth: area.width),
        x: area.x, y: y + 1, style: theme[.muted])
    }
  }
}
