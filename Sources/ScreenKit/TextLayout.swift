/// Fitting text into columns: truncation, wrapping and padding.
///
/// Every function makes its input safe with `SafeText` first, so widths are measured on
/// what will actually be shown, and the results can go straight into a `Buffer`.
public enum TextLayout {
  /// The mark that ends cut text.
  public static let ellipsis: Character = "…"

  /// The text on one line, cut to at most `width` columns with a trailing `…` when it is
  /// too long.
  ///
  /// Grapheme clusters are never split. When a wide glyph does not fit before the ellipsis
  /// a space takes its place, so cut text is always exactly `width` columns.
  public static func truncate(_ text: some StringProtocol, toWidth width: Int) -> String {
    Line(String(text)).truncated(toWidth: width).plainText
  }

  /// The text on one line, cut or padded with spaces to exactly `width` columns.
  public static func pad(
    _ text: some StringProtocol, toWidth width: Int, alignment: Alignment = .left
  ) -> String {
    let fitted = truncate(text, toWidth: width)
    let gap = max(0, width - fitted.terminalWidth)
    switch alignment {
    case .left:
      return fitted + String(repeating: " ", count: gap)
    case .right:
      return String(repeating: " ", count: gap) + fitted
    case .center:
      let before = gap / 2
      return String(repeating: " ", count: before) + fitted
        + String(repeating: " ", count: gap - before)
    }
  }

  /// The text wrapped into lines of at most `width` columns.
  ///
  /// Lines break at spaces; a word longer than a whole line is broken between grapheme
  /// clusters. Explicit newlines are kept, empty lines included. Spaces where a line breaks
  /// are dropped; indentation at the start of a paragraph is kept while it fits. A single
  /// glyph wider than `width` gets a line of its own.
  public static func wrap(_ text: some StringProtocol, toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(contentsOf: wrapParagraph(paragraph, width: width))
    }
    return lines
  }

  private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    var pendingSpaces = 0
    for token in tokens(of: paragraph) {
      if token.isSpace {
        pendingSpaces += token.width
        continue
      }
      if currentWidth + pendingSpaces + token.width <= width {
        current += String(repeating: " ", count: pendingSpaces) + token.text
        currentWidth += pendingSpaces + token.width
        pendingSpaces = 0
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
      }
      pendingSpaces = 0
      current = ""
      currentWidth = 0
      for character in token.text {
        let characterWidth = character.terminalWidth
        if currentWidth + characterWidth > width && currentWidth > 0 {
          lines.append(current)
          current = ""
          currentWidth = 0
        }
        current.append(character)
        currentWidth += characterWidth
      }
    }
    lines.append(current)
    return lines
  }

  private struct Token {
    var text: String
    var width: Int
    var isSpace: Bool
  }

  /// Words and runs of spaces, in order.
  private static func tokens(of paragraph: Substring) -> [Token] {
    var tokens: [Token] = []
    for character in paragraph {
      let isSpace = character == " "
      let width = character.terminalWidth
      if var last = tokens.last, last.isSpace == isSpace {
        last.text.append(character)
        last.width += width
        tokens[tokens.count - 1] = last
      } else {
        tokens.append(Token(text: String(character), width: width, isSpace: isSpace))
      }
    }
    return tokens
  }
}
