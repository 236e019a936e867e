/// How many terminal columns text takes, measured per grapheme cluster.
///
/// A cluster is one glyph on screen and is measured once: CJK and emoji clusters take two
/// columns (skin tones, flags, ZWJ families and keycaps included), combining marks and
/// joiners take none on their own, everything else one. The C library's `wcwidth` is not
/// used: it measures scalars, not clusters, and disagrees with terminals on emoji sequences.
public enum TerminalWidth {
  /// The columns one scalar takes when it stands alone.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if UnicodeWidthTable.contains(value, in: UnicodeWidthTable.zeroWidth) { return 0 }
    if UnicodeWidthTable.contains(value, in: UnicodeWidthTable.wide) { return 2 }
    return 1
  }

  /// The columns one grapheme cluster takes.
  public static func of(_ character: Character) -> Int {
    // Most of what a frame draws is ASCII: one byte, no need to walk the scalars.
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let base = of(first)
    if base == 0 || scalars.index(after: scalars.startIndex) == scalars.endIndex { return base }
    var regionalIndicators = 0
    var emojiPresentation = false
    for scalar in scalars {
      switch scalar.value {
      case 0x1F1E6...0x1F1FF: regionalIndicators += 1
      case 0xFE0F: emojiPresentation = true
      default: break
      }
    }
    // A flag is a pair of regional indicators; a VS16 turns a text symbol or a keycap
    // base into a two-column emoji.
    if regionalIndicators >= 2 { return 2 }
    if emojiPresentation && first.properties.isEmoji { return 2 }
    return base
  }

  /// The columns a string takes on one line.
  public static func of(_ text: some StringProtocol) -> Int {
    // ASCII text is one column a printable byte, without breaking it into clusters.
    var printable = 0
    var ascii = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 0x20 && byte < 0x7F { printable += 1 }
    }
    if ascii { return printable }
    // Most other text on screen is Latin letters and the symbols the screens draw (· → ▲ ─ ⠿):
    // scalars that never join another into one cluster, one column each.
    var simple = 0
    for scalar in text.unicodeScalars {
      guard isLoneNarrow(scalar) else { return byCluster(text) }
      simple += 1
    }
    return simple
  }

  /// Whether a scalar is one column wide and always a cluster of its own, whatever stands
  /// beside it: printable ASCII, Latin letters, general punctuation, arrows, box drawing,
  /// blocks, geometric shapes, miscellaneous symbols and Braille, less any drawn wide or as
  /// emoji. A mark, joiner or selector after one is not in these ranges, so text holding one is
  /// measured cluster by cluster.
  static func isLoneNarrow(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return true }
    let inRanges =
      (value >= 0xA0 && value < 0x300 && value != 0xAD) || (value >= 0x2010 && value < 0x2028)
      || (value >= 0x2030 && value < 0x205F) || (value >= 0x2190 && value < 0x2200)
      || (value >= 0x2500 && value < 0x2700) || (value >= 0x2800 && value < 0x2900)
    return inRanges && of(scalar) == 1
  }

  private static func byCluster(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text {
      total += of(character)
    }
    return total
  }
}
