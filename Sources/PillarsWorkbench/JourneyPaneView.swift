import PillarsCore
import ScreenKit

/// Pane 3: the journey map. Stages head the columns, each touchpoint is a column under its
/// stage, and the lanes (doing, thinking, feeling, emotion, friction, promise, owner) run across.
struct JourneyPaneView: Widget {
  var state: WorkbenchState
  var pane: JourneyPane.State

  static let labelWidth = 12
  static let columnWidth = 20
  static let curveHeight = 5

  struct Geometry {
    var columns: [JourneyColumn]
    var first: Int
    var visible: Int
    var headerRow: Int
    var laneTop: Int
    var x0: Int
  }

  func geometry(_ journey: Journey, in area: Rect) -> Geometry {
    let columns = JourneyColumn.columns(of: journey)
    let visible = max(1, (area.width - Self.labelWidth) / Self.columnWidth)
    let selected = JourneyColumn.index(of: pane.selection, in: columns) ?? 0
    // Keep the selection in view, centred once the map scrolls.
    let first = max(0, min(selected - visible / 2, columns.count - visible))
    return Geometry(columns: columns, first: first, visible: visible, headerRow: area.y + 2, laneTop: area.y + 3,
      x0: area.x + Self.labelWidth)
  }

  func cell(atColumn x: Int, row y: Int, in area: Rect) -> (column: JourneyColumn, lane: JourneyLane?)? {
    guard let journey = JourneyPane.selectedJourney(pane, state.workspace), !pane.isOpen else { return nil }
    let g = geometry(journey, in: area)
    guard x >= g.x0 else { return nil }
    let index = g.first + (x - g.x0) / Self.columnWidth
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
    // Stage headers, each over the run of its columns.
    var previousStage: StageID?
    for index in shown {
      let column = g.columns[index]
      let x = g.x0 + (index - g.first) * Self.columnWidth
      if column.stage != previousStage {
        let stage = journey.stages[column.stageIndex]
        buffer.write(TextLayout.truncate("▎" + stage.name, toWidth: Self.columnWidth - 1), x: x, y: g.headerRow, style: theme[.accent])
        previousStage = column.stage
      }
    }
    if g.first > 0 { buffer.write("◀", x: g.x0 - 1, y: g.headerRow, style: theme[.muted]) }
    if g.first + g.visible < g.columns.count { buffer.write("▶", x: area.right - 1, y: g.headerRow, style: theme[.muted]) }

    for lane in JourneyLane.allCases {
      let y = g.laneTop + lane.rawValue
      guard y < area.bottom else { break }
      let laneSelected = lane == pane.selection.lane
      buffer.write(" " + TextLayout.pad(lane.title, toWidth: Self.labelWidth - 2), x: area.x, y: y,
        style: laneSelected ? theme[.accent] : theme[.muted])
      for index in shown {
        let column = g.columns[index]
        let x = g.x0 + (index - g.first) * Self.columnWidth
        let selected = laneSelected && column.stage == pane.selection.stage
          && column.touchpoint == pane.selection.touchpoint
        let touchpoint = column.touchpoint.flatMap { id in journey.stages[column.stageIndex].touchpoints.first { $0.id == id } }
        let (text, style) = cell(lane, touchpoint, theme)
        let cellStyle = selected ? theme[.selection] : style
        if selected { buffer.fill(Rect(x: x, y: y, width: Self.columnWidth - 1, height: 1), style: theme[.selection]) }
        buffer.write(TextLayout.truncate(text, toWidth: Self.columnWidth - 2), x: x, y: y, style: cellStyle)
      }
    }

    let curveTop = g.laneTop + JourneyLane.allCases.count + 1
    if curveTop + Self.curveHeight < area.bottom {
      EmotionCurveView(journey: journey, geometry: g, theme: theme, glyphs: state.chartGlyphs).render(
        in: Rect(x: area.x, y: curveTop, width: area.width, height: Self.curveHeight), into: &buffer)
    }
    var detailTop = curveTop + Self.curveHeight + 1
    if detailTop < area.bottom, let stage = JourneyPane.selectedStage(pane, in: journey) {
      let goal = stage.goal.isBlank ? Span("none yet: S sets it", style: theme[.muted]) : Span(firstLine(stage.goal), style: theme[.text])
      buffer.write(Line([Span("\(stage.name) · Goal: ", style: theme[.accent]), goal]).truncated(toWidth: area.width - 2),
        x: area.x + 1, y: detailTop)
      detailTop += 1
    }
    if detailTop < area.bottom, let touchpoint = JourneyPane.selectedTouchpoint(pane, state.workspace) {
      let lane = pane.selection.lane
      var full = lane.field.text(of: touchpoint)
      if lane == .touchpoint {
        let reach = touchpoint.reach.map { "reaches \($0.compactText)% of customers" } ?? "reach unknown"
        full = [touchpoint.channel.isBlank ? nil : "via \(touchpoint.channel)", reach,
          touchpoint.handoff ? "a handoff between channels" : nil].compactMap { $0 }.joined(separator: " · ")
      }
      let label = "\(touchpoint.name) · \(lane.title): "
      var styled = StyledText(label + (full.isBlank ? "—" : full), style: theme[.text])
      styled.apply(theme[.accent], to: 0..<label.count)
      styled.render(in: Rect(x: area.x + 1, y: detailTop, width: area.width - 2, height: area.bottom - detailTop), into: &buffer)
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
    let width = JourneyPaneView.columnWidth
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
