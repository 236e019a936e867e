/// A block of text in one style, wrapped to the width or cut to it with an ellipsis.
public struct Paragraph: Widget, Sendable {
  public var text: String
  public var style: Style
  /// Whether long lines wrap (true) or are cut with `…` (false).
  public var wraps: Bool
  public var alignment: Alignment
  /// Lines skipped at the top, for scrolling.
  public var scroll: Int

  public init(
    _ text: String, style: Style = .plain, wraps: Bool = true, alignment: Alignment = .left,
    scroll: Int = 0
  ) {
    self.text = text
    self.style = style
    self.wraps = wraps
    self.alignment = alignment
    self.scroll = scroll
  }

  /// The lines the paragraph shows at `width` columns, before scrolling.
  public func lines(forWidth width: Int) -> [String] {
    if wraps { return TextLayout.wrap(text, toWidth: width) }
    return SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextLayout.truncate($0, toWidth: width) }
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.setStyle(style, in: area)
    let shown = lines(forWidth: area.width).dropFirst(max(0, scroll)).prefix(area.height)
    for (row, line) in shown.enumerated() {
      let gap = max(0, area.width - line.terminalWidth)
      let indent: Int
      switch alignment {
      case .left: indent = 0
      case .center: indent = gap / 2
      case .right: indent = gap
      }
      buffer.write(line, x: area.x + indent, y: area.y + row, style: style, maxWidth: area.width - indent)
    }
  }
}
