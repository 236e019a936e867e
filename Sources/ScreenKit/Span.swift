/// A run of text in one style.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// The columns the text takes once made safe for display.
  public var width: Int { SafeText.line(text).terminalWidth }
}
