/// Makes untrusted text inert for display.
///
/// A note typed or pasted by anyone may hold escape sequences that would clear the screen,
/// retitle the window or write the clipboard (OSC 52), a carriage return that overwrites
/// what came before, or bidirectional controls that reorder the text a reader sees. Each of
/// those is turned into a visible, harmless stand-in:
///
/// - C0 controls other than newline and tab become caret notation: ESC is `^[`, CR is `^M`,
///   BEL is `^G`; DEL is `^?`. A CR directly before a newline is a line ending and is dropped.
/// - C1 controls (U+0080 to U+009F) become `<U+009B>` and the like.
/// - Bidirectional controls become their short names: `<RLO>`, `<LRI>`, `<RLM>`...
/// - Tabs become spaces up to the next tab stop.
///
/// `Buffer.write` passes everything through here, so no caller can forget.
public enum SafeText {
  /// The text for display on a single line: newlines and line separators become spaces.
  public static func line(_ text: some StringProtocol, tabWidth: Int = 4) -> String {
    sanitize(text, keepingNewlines: false, tabWidth: tabWidth)
  }

  /// The text for display over several lines: newlines are kept, line separators become
  /// newlines.
  public static func multiline(_ text: some StringProtocol, tabWidth: Int = 4) -> String {
    sanitize(text, keepingNewlines: true, tabWidth: tabWidth)
  }

  /// Whether a scalar is one that `SafeText` replaces (tab and newline are not).
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    standIn(for: scalar) != nil
  }

  /// The visible text shown instead of a control scalar, or nil when the scalar is harmless.
  public static func standIn(for scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    switch value {
    case 0x20..<0x7F, 0xA0..<0x061C, 0x206A...:
      return nil
    case 0x09, 0x0A:
      return nil
    case 0x00..<0x20:
      return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
    case 0x7F:
      return "^?"
    case 0x80...0x9F:
      return "<U+00" + hexDigits(value) + ">"
    default:
      return bidiNames[value].map { "<" + $0 + ">" }
    }
  }

  /// Short names of the bidirectional formatting characters.
  private static let bidiNames: [UInt32: String] = [
    0x061C: "ALM", 0x200E: "LRM", 0x200F: "RLM",
    0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
    0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
  ]

  private static func hexDigits(_ value: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
  }

  private static func sanitize(
    _ text: some StringProtocol, keepingNewlines: Bool, tabWidth: Int
  ) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
    // Text with nothing to replace, ASCII or not (→, ▲, é), is kept as it is without rebuilding it.
    let clean = !text.unicodeScalars.contains { scalar in
      scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || standIn(for: scalar) != nil
    }
    if clean { return String(text) }
    var cleaned = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar.value {
      case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
        continue
      case 0x0A, 0x2028, 0x2029:
        cleaned.append(keepingNewlines ? "\n" : " ")
      default:
        if let standIn = standIn(for: scalar) {
          cleaned.append(contentsOf: standIn.unicodeScalars)
        } else {
          cleaned.append(scalar)
        }
      }
    }
    return expandingTabs(String(cleaned), tabWidth: max(1, tabWidth))
  }

  /// Replaces each tab with spaces up to the next multiple of `tabWidth` columns.
  private static func expandingTabs(_ text: String, tabWidth: Int) -> String {
    guard text.unicodeScalars.contains("\t") else { return text }
    var result = ""
    var column = 0
    for character in text {
      switch character {
      case "\t":
        let spaces = tabWidth - column % tabWidth
        result.append(String(repeating: " ", count: spaces))
        column += spaces
      case "\n":
        result.append(character)
        column = 0
      default:
        result.append(character)
        column += character.terminalWidth
      }
    }
    return result
  }
}
