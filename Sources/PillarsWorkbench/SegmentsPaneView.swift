import PillarsCore
import ScreenKit

/// Pane 5: "who we win with": segments ranked by score, and attractiveness against fit.
struct SegmentsPaneView: Widget {
  var state: WorkbenchState
  var pane: SegmentsPane.State

  var ranked: [Segment] { state.workspace.segments.ranked }
  /// The rows as listed: ranked, or in the team's own order.
  var listed: [Segment] { SegmentsPane.listed(pane, state.workspace) }

  func segment(atRow y: Int, in area: Rect) -> SegmentID? {
    guard !pane.isOpen else { return nil }
    let index = y - (area.y + 3)
    return listed.indices.contains(index) ? listed[index].id : nil
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    if pane.isOpen {
      SegmentDetailView(state: state, pane: pane).render(in: area, into: &buffer)
      return
    }
    let heading = pane.inOwnOrder
      ? " Who we win with · in your own order (o: rank by score; K J move)"
      : " Who we win with · ranked by attractiveness × fit (o: your own order)"
    buffer.write(TextLayout.truncate(heading, toWidth: area.width), x: area.x, y: area.y, style: theme[.title])
    // The # column is the rank by score in either order, and the chart labels segments by it.
    let rank = Dictionary(ranked.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
    guard !ranked.isEmpty else {
      buffer.write(" No segments yet: group customers by value and need, from data. \(KeyMap.keys(for: .add)?.split(separator: " ").first ?? "a") adds the first.", x: area.x, y: area.y + 2, style: theme[.muted])
      return
    }
    let chartWidth = area.width >= 100 ? 32 : 0
    let listWidth = area.width - chartWidth
    let header = " #  " + TextLayout.pad("Segment", toWidth: max(8, listWidth - 44)) + "Size Grow  Pay   Fit  Score"
    buffer.write(TextLayout.truncate(header, toWidth: listWidth), x: area.x, y: area.y + 2, style: theme[.muted])
    for (index, segment) in listed.enumerated() {
      let y = area.y + 3 + index
      guard y < area.bottom else { break }
      let selected = segment.id == pane.selection
      let base = selected ? theme[.selection] : theme[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: listWidth, height: 1), style: theme[.selection]) }
      let a = segment.attractiveness
      let scores = [a.size, a.growth, a.willingnessToPay, segment.fit].map { TextLayout.pad(String($0), toWidth: 5, alignment: .right) }
      buffer.write(Line([
        Span(TextLayout.pad(" \(rank[segment.id] ?? index + 1)", toWidth: 4), style: theme.style(.muted, on: base)),
        Span(TextLayout.pad((segment.primary ? "◆ " : "  ") + segment.name, toWidth: max(8, listWidth - 44)),
          style: segment.primary ? theme.style(.accent, on: base) : base),
        Span(scores.joined(), style: base),
        Span(TextLayout.pad(segment.score.compactText(digits: 1), toWidth: 7, alignment: .right), style: base.patched(with: Style(bold: true))),
      ]).truncated(toWidth: listWidth), x: area.x, y: y)
    }
    var y = area.y + 4 + listed.count
    if let segment = pane.selection.flatMap({ state.workspace.segments[$0] }), y + 1 < area.bottom {
      y += StyledText(segment.description, style: theme[.muted]).render(
        in: Rect(x: area.x + 1, y: y, width: listWidth - 2, height: min(3, area.bottom - y)), into: &buffer)
      let pains = segment.painPoints.prefix(3).map { "· " + $0 }
      for pain in pains where y + 1 < area.bottom {
        y += 1
        buffer.write(TextLayout.truncate(" " + pain, toWidth: listWidth), x: area.x, y: y, style: theme[.text])
      }
    }
    if chartWidth > 0 {
      FitChart(segments: ranked, selected: pane.selection, theme: theme)
        .render(in: Rect(x: area.x + listWidth, y: area.y + 2, width: chartWidth, height: min(14, area.height - 2)), into: &buffer)
    }
  }
}

/// A small chart of attractiveness (up) against fit (across), one mark per segment.
struct FitChart: Widget {
  var segments: [Segment]
  var selected: SegmentID?
  var theme: Theme

  func render(in area: Rect, into buffer: inout Buffer) {
    guard area.width >= 12, area.height >= 6 else { return }
    let plot = Rect(x: area.x + 3, y: area.y + 1, width: area.width - 5, height: area.height - 3)
    buffer.write("attractiveness", x: area.x, y: area.y, style: theme[.muted])
    for row in 0..<plot.height { buffer.write("│", x: plot.x - 1, y: plot.y + row, style: theme[.border]) }
    buffer.fill(Rect(x: plot.x, y: plot.bottom, width: plot.width, height: 1), with: "─", style: theme[.border])
    buffer.write("fit →", x: plot.right - 5, y: plot.bottom + 1, style: theme[.muted])
    for (index, segment) in segments.enumerated() {
      let fx = Proportion.fraction(of: Double(segment.fit), from: 1, to: 5)
      let fy = Proportion.fraction(of: segment.attractiveness.mean, from: 1, to: 5)
      let x = plot.x + Proportion.step(fx, of: plot.width - 2)
      let y = plot.bottom - 1 - Proportion.step(fy, of: plot.height - 1)
      let style = segment.id == selected ? theme[.selection] : segment.primary ? theme[.accent] : theme[.text]
      buffer.write(String(index + 1), x: x, y: max(plot.y, y), style: style)
    }
  }
}

/// One segment opened: everything the team knows about it.
struct SegmentDetailView: Widget {
  var state: WorkbenchState
  var pane: SegmentsPane.State

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let id = pane.selection, let segment = state.workspace.segments[id] else { return }
    buffer.write(TextLayout.truncate(" \(segment.name)\(segment.primary ? " · primary" : "")   (Esc: back)", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    let rows = SegmentField.allCases.map { ($0.title, $0.shownText(of: segment)) }
    let first = max(0, pane.row - (area.bottom - area.y - 3))
    var y = area.y + 2
    for (index, field) in rows.enumerated().dropFirst(first) where y < area.bottom {
      let selected = index == pane.row
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      let style = selected ? theme[.selection] : theme[.text]
      buffer.write(" " + TextLayout.pad(field.0, toWidth: 15), x: area.x, y: y, style: theme.style(.muted, on: style))
      buffer.write(TextLayout.truncate(field.1, toWidth: max(1, area.width - 17)), x: area.x + 17, y: y, style: style)
      y += 1
    }
  }
}
