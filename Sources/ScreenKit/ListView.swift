/// A vertical list of lines with one selected, scrolled to keep the selection in view.
public struct ListView: Widget, Sendable {
  public var items: [Line]
  public var selectedIndex: Int?
  /// The first item shown, as last drawn; adjusted to keep the selection visible.
  public var scrollOffset: Int
  public var style: Style
  /// Laid over the selected row, across its whole width.
  public var highlightStyle: Style
  /// Drawn before the selected item; other items get as many spaces.
  public var highlightSymbol: String

  public init(
    items: [Line], selectedIndex: Int? = nil, scrollOffset: Int = 0, style: Style = .plain,
    highlightStyle: Style = Style(reverse: true), highlightSymbol: String = ""
  ) {
    self.items = items
    self.selectedIndex = selectedIndex
    self.scrollOffset = scrollOffset
    self.style = style
    self.highlightStyle = highlightStyle
    self.highlightSymbol = highlightSymbol
  }

  /// The first row to show so that `selected` is visible, moving as little as possible
  /// from `offset`; never past the point where the last page is full.
  public static func offset(
    keeping selected: Int?, visibleRows: Int, itemCount: Int, from offset: Int
  ) -> Int {
    guard visibleRows > 0, itemCount > 0 else { return 0 }
    var offset = max(0, min(offset, itemCount - visibleRows))
    if let selected, selected >= 0, selected < itemCount {
      if selected < offset { offset = selected }
      if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
    }
    return offset
  }

  /// The first item shown in an area `rows` tall.
  public func visibleOffset(rows: Int) -> Int {
    ListView.offset(
      keeping: selectedIndex, visibleRows: rows, itemCount: items.count, from: scrollOffset)
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.setStyle(style, in: area)
    let offset = visibleOffset(rows: area.height)
    let symbolWidth = highlightSymbol.terminalWidth
    for row in 0..<area.height {
      let index = offset + row
      guard index < items.count else { break }
      let y = area.y + row
      let selected = index == selectedIndex
      let rowArea = Rect(x: area.x, y: y, width: area.width, height: 1)
      var used = 0
      if symbolWidth > 0 {
        let symbol = selected ? highlightSymbol : String(repeating: " ", count: symbolWidth)
        used = buffer.write(symbol, x: area.x, y: y, style: style, maxWidth: area.width)
      }
      let room = area.width - used
      if room > 0 {
        buffer.write(items[index].truncated(toWidth: room), x: area.x + used, y: y, maxWidth: room)
      }
      if selected {
        buffer.setStyle(highlightStyle, in: rowArea)
      }
    }
  }
}
