/// The notice shown instead of the screens when the terminal is smaller than they need.
///
/// It reads "Terminal too small: W×H, needs at least 60×16", wrapped and centred, and
/// draws safely at any size down to a single cell.
public struct TooSmallNotice: Widget, Sendable {
  /// The smallest terminal the screens are laid out for.
  public static let minimumWidth = 60
  public static let minimumHeight = 16

  /// Whether a terminal of this size is too small for the screens.
  public static func isTooSmall(width: Int, height: Int) -> Bool {
    width < minimumWidth || height < minimumHeight
  }

  public var width: Int
  public var height: Int
  public var style: Style

  /// The notice for a terminal of `width` by `height` cells.
  public init(width: Int, height: Int, style: Style = .plain) {
    self.width = width
    self.height = height
    self.style = style
  }

  /// The text of the notice.
  public var message: String {
    "Terminal too small: \(width)×\(height), needs at least "
      + "\(TooSmallNotice.minimumWidth)×\(TooSmallNotice.minimumHeight)"
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.fill(area, style: style)
    let lines = TextLayout.wrap(message, toWidth: area.width)
    let box = area.centered(width: area.width, height: lines.count)
    Paragraph(message, style: style, wraps: true, alignment: .center)
      .render(in: box, into: &buffer)
  }
}
