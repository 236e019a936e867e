/// A row of bar glyphs `▁▂▃▄▅▆▇█` showing how a series of values moves; a missing value is
/// a space.
public struct Sparkline: Widget, Sendable {
  /// Oldest first. nil, NaN and infinite values are gaps.
  public var values: [Double?]
  /// The values drawn as the lowest and highest bar; nil to use the extremes of all the
  /// values, shown or not.
  public var range: ClosedRange<Double>?
  public var style: Style

  /// The eight bar glyphs, lowest first.
  public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public init(values: [Double?], range: ClosedRange<Double>? = nil, style: Style = .plain) {
    self.values = values
    self.range = range
    self.style = style
  }

  /// The glyphs for the most recent `width` values, right-aligned when there are fewer; `gap`
  /// stands for a missing value. The one definition of a sparkline the screens and the
  /// one-pagers share.
  public func glyphs(width: Int, gap: Character = " ") -> String {
    guard width > 0 else { return "" }
    let finite = values.map { value -> Double? in
      guard let value, value.isFinite else { return nil }
      return value
    }
    let shown = finite.suffix(width)
    // Scaled to the whole series, so bars keep their height when the width changes.
    let present = finite.compactMap { $0 }
    let low = range?.lowerBound ?? present.min() ?? 0
    let high = range?.upperBound ?? present.max() ?? 0
    let top = Sparkline.bars.count - 1
    let glyphs = shown.map { value -> Character in
      guard let value else { return gap }
      guard high > low else { return Sparkline.bars[top / 2] }
      return Sparkline.bars[Proportion.step(Proportion.fraction(of: value, from: low, to: high), of: top)]
    }
    return String(repeating: " ", count: width - glyphs.count) + String(glyphs)
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.write(glyphs(width: area.width), x: area.x, y: area.y, style: style, maxWidth: area.width)
  }
}
