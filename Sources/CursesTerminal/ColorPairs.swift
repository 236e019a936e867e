import ScreenKit

/// Colour pairs for ncurses, allocated on demand and cached by foreground and background.
///
/// Colours the terminal cannot show are mapped to the nearest it can. When the terminal's
/// pairs run out, further combinations fall back to the default pair: the text stays
/// readable, only without its colour.
struct ColorPairs {
  /// How many colours the terminal has (ncurses' COLORS); 0 when colour is off.
  let colorCount: Int
  /// How many pairs may be used, pair 0 included.
  let pairLimit: Int
  /// Whether -1 stands for the terminal's own default colours (`use_default_colors`).
  let hasDefaultColors: Bool
  private var pairs: [Int32: Int16] = [:]
  private var nextPair: Int16 = 1

  init(colorCount: Int, pairLimit: Int, hasDefaultColors: Bool) {
    self.colorCount = colorCount
    self.pairLimit = min(pairLimit, Int(Int16.max))
    self.hasDefaultColors = hasDefaultColors
  }

  /// The curses colour number for a colour, -1 meaning the terminal's default.
  func colorNumber(_ color: Color?, foreground: Bool) -> Int16 {
    let reduced = (color ?? .default).reduced(toPaletteOf: colorCount)
    if let index = reduced.paletteIndex, index < colorCount {
      return Int16(index)
    }
    if hasDefaultColors { return -1 }
    return foreground ? 7 : 0
  }

  /// The pair for a foreground and background, calling `initialize(pair, fg, bg)` the first
  /// time a combination is seen; 0 when colour is off or the pairs have run out.
  mutating func pair(
    foreground: Color?, background: Color?, initialize: (Int16, Int16, Int16) -> Bool
  ) -> Int16 {
    guard colorCount > 0 else { return 0 }
    let fg = colorNumber(foreground, foreground: true)
    let bg = colorNumber(background, foreground: false)
    if fg == -1 && bg == -1 { return 0 }
    let key = Int32(fg) << 16 | Int32(UInt16(bitPattern: bg))
    if let pair = pairs[key] { return pair }
    guard Int(nextPair) < pairLimit, initialize(nextPair, fg, bg) else { return 0 }
    pairs[key] = nextPair
    nextPair += 1
    return pairs[key] ?? 0
  }
}
