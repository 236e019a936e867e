/// One row with text on the left and text on the right, like a status or key-hint bar.
///
/// The left side wins when space runs short: the right side is cut first, then dropped,
/// then the left side is cut with an ellipsis. With `keepsRight`, the right side stays whole
/// and the left is cut to make room for it.
public struct StatusLine: Widget, Sendable {
  public var left: Line
  public var right: Line
  /// Fills the whole row before the text is drawn.
  public var style: Style
  public var keepsRight: Bool

  public init(left: Line = Line([]), right: Line = Line([]), style: Style = .plain, keepsRight: Bool = false) {
    self.left = left
    self.right = right
    self.style = style
    self.keepsRight = keepsRight
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    buffer.fill(row, style: style)
    if keepsRight && right.width + 1 < area.width {
      let shownRight = right
      buffer.write(left.truncated(toWidth: area.width - shownRight.width - 1), x: area.x, y: area.y, maxWidth: area.width)
      buffer.write(shownRight, x: area.right - shownRight.width, y: area.y, maxWidth: shownRight.width)
      return
    }
    let leftWidth = left.width
    let rightRoom = area.width - leftWidth - 1
    let shownRight = rightRoom >= 4 ? right.truncated(toWidth: rightRoom) : Line([])
    let shownLeft = left.truncated(toWidth: area.width)
    buffer.write(shownLeft, x: area.x, y: area.y, maxWidth: area.width)
    let rightWidth = shownRight.width
    if rightWidth > 0 {
      buffer.write(shownRight, x: area.right - rightWidth, y: area.y, maxWidth: rightWidth)
    }
  }
}
