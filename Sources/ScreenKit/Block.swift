/// A box drawn around an area, with an optional title in its top border.
public struct Block: Widget, Sendable {
  public var title: String?
  public var titleStyle: Style
  public var borderStyle: Style
  /// Draw the box with `+`, `-` and `|` for terminals without box-drawing glyphs.
  public var ascii: Bool

  public init(
    title: String? = nil, titleStyle: Style = .plain, borderStyle: Style = .plain,
    ascii: Bool = false
  ) {
    self.title = title
    self.titleStyle = titleStyle
    self.borderStyle = borderStyle
    self.ascii = ascii
  }

  /// The area inside the border, where the content goes.
  public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

  public func render(in area: Rect, into buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let horizontal: Character = ascii ? "-" : "─"
    let vertical: Character = ascii ? "|" : "│"
    let lastX = area.right - 1
    let lastY = area.bottom - 1
    for x in area.x...lastX {
      buffer.put(horizontal, x: x, y: area.y, style: borderStyle)
      if lastY > area.y { buffer.put(horizontal, x: x, y: lastY, style: borderStyle) }
    }
    if area.height > 2 {
      for y in (area.y + 1)..<lastY {
        buffer.put(vertical, x: area.x, y: y, style: borderStyle)
        if lastX > area.x { buffer.put(vertical, x: lastX, y: y, style: borderStyle) }
      }
    }
    if area.width >= 2 && area.height >= 2 {
      buffer.put(ascii ? "+" : "┌", x: area.x, y: area.y, style: borderStyle)
      buffer.put(ascii ? "+" : "┐", x: lastX, y: area.y, style: borderStyle)
      buffer.put(ascii ? "+" : "└", x: area.x, y: lastY, style: borderStyle)
      buffer.put(ascii ? "+" : "┘", x: lastX, y: lastY, style: borderStyle)
    }
    if let title, !title.isEmpty, area.width > 2 {
      let room = area.width - 2
      let label = TextLayout.truncate(" " + title + " ", toWidth: room)
      buffer.write(label, x: area.x + 1, y: area.y, style: titleStyle, maxWidth: room)
    }
  }
}
