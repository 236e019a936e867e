import Foundation

/// The WCAG contrast ratio between the colours text is drawn in, as xterm's default palette
/// shows them: 1 for the same colour, 21 for black on white. 4.5 is what reading text needs.
public enum Contrast {
  /// The terminal's own default colours, which no palette says: what a theme is made for.
  public struct Defaults: Equatable, Sendable {
    public let foreground: (Int, Int, Int)
    public let background: (Int, Int, Int)
    // Worked out once: a role's contrast is checked each time it is drawn on a row.
    let foregroundLuminance: Double
    let backgroundLuminance: Double

    public init(foreground: (Int, Int, Int), background: (Int, Int, Int)) {
      self.foreground = foreground
      self.background = background
      foregroundLuminance = Contrast.luminance(foreground)
      backgroundLuminance = Contrast.luminance(background)
    }

    public static let dark = Defaults(foreground: (229, 229, 229), background: (0, 0, 0))
    public static let light = Defaults(foreground: (0, 0, 0), background: (255, 255, 255))

    public static func == (lhs: Defaults, rhs: Defaults) -> Bool {
      lhs.foreground == rhs.foreground && lhs.background == rhs.background
    }
  }

  /// The ratio between the text and the background of `style` as drawn (reverse swaps them).
  public static func ratio(of style: Style, on defaults: Defaults) -> Double {
    let resolved = style.resolved
    var foreground = luminance(resolved.foreground ?? .default, or: defaults.foregroundLuminance)
    var background = luminance(resolved.background ?? .default, or: defaults.backgroundLuminance)
    if resolved.reverse == true { swap(&foreground, &background) }
    return ratio(luminances: foreground, background)
  }

  public static func ratio(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
    ratio(luminances: luminance(a), luminance(b))
  }

  private static func ratio(luminances a: Double, _ b: Double) -> Double {
    (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// The luminance of each entry of the 256-colour palette, worked out once.
  private static let paletteLuminance: [Double] = (0..<256).map { luminance(Color.rgb(ofPaletteIndex: $0)) }

  private static func luminance(_ color: Color, or fallback: Double) -> Double {
    color.paletteIndex.map { paletteLuminance[max(0, min(255, $0))] } ?? fallback
  }

  /// Relative luminance, with each channel taken out of the sRGB curve.
  static func luminance(_ rgb: (Int, Int, Int)) -> Double {
    func linear(_ channel: Int) -> Double {
      let c = Double(channel) / 255
      return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
  }
}
