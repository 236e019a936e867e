/// How a cell looks: colours and text attributes.
///
/// Every property is optional: nil means "not set here", so a style can be laid over another
/// with `patched(with:)` and only what it sets changes. When drawn, an unset colour is the
/// terminal's default and an unset attribute is off.
public struct Style: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold: Bool?
  public var dim: Bool?
  public var italic: Bool?
  public var underline: Bool?
  public var reverse: Bool?

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool? = nil, dim: Bool? = nil,
    italic: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.italic = italic
    self.underline = underline
    self.reverse = reverse
  }

  /// The style that sets nothing.
  public static let plain = Style()

  /// This style with everything `other` sets laid over it.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground ?? foreground, background: other.background ?? background,
      bold: other.bold ?? bold, dim: other.dim ?? dim, italic: other.italic ?? italic,
      underline: other.underline ?? underline, reverse: other.reverse ?? reverse)
  }

  /// The style as drawn: unset colours become `.default`, unset attributes `false`.
  public var resolved: Style {
    Style(
      foreground: foreground ?? .default, background: background ?? .default,
      bold: bold ?? false, dim: dim ?? false, italic: italic ?? false,
      underline: underline ?? false, reverse: reverse ?? false)
  }

  /// Whether the style draws exactly like the terminal's plain text.
  public var isPlain: Bool { resolved == Style.plain.resolved }

  // Builders for readable call sites: `Style(foreground: .red).bolded()`.

  /// This style in bold.
  public func bolded(_ on: Bool = true) -> Style { with { $0.bold = on } }
  /// This style dimmed.
  public func dimmed(_ on: Bool = true) -> Style { with { $0.dim = on } }
  /// This style in italics.
  public func italicized(_ on: Bool = true) -> Style { with { $0.italic = on } }
  /// This style underlined.
  public func underlined(_ on: Bool = true) -> Style { with { $0.underline = on } }
  /// This style with foreground and background swapped.
  public func reversed(_ on: Bool = true) -> Style { with { $0.reverse = on } }

  private func with(_ change: (inout Style) -> Void) -> Style {
    var copy = self
    change(&copy)
    return copy
  }
}
