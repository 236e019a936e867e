import PillarsCore

/// Turns whatever a user typed into Markdown that shows exactly that text, and nothing more.
///
/// Every piece of user text on an exported page passes through here: names, notes, friction,
/// phrases. What comes out renders as the literal text in GitHub-flavoured Markdown: it cannot open
/// a heading, a list, a quote, a table, raw HTML, a link or emphasis, cannot split a table cell,
/// and cannot close a code fence. Terminal control sequences and bidirectional overrides never
/// reach the page.
public enum MarkdownText {
  /// The text with control characters replaced by U+FFFD, bidirectional controls removed,
  /// every line break written `\n` and tabs written as spaces.
  public static func clean(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n":
        // "\r\n" is one line break, already written for the "\r".
        if !previousWasCarriageReturn { result.append("\n") }
      case "\r", "\u{2028}", "\u{2029}":
        result.append("\n")
      case "\t":
        result.append(" ")
      case _ where isBidiControl(scalar):
        continue
      case _ where isControl(scalar):
        result.append(replacement)
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// One line of Markdown showing `text` literally; line breaks become spaces.
  ///
  /// - Parameter atLineStart: whether the text opens a line, where `-`, `+`, `=`, `:` and `1.`
  ///   would start a list, a heading underline or a table; they are escaped there.
  public static func inline(_ text: String, atLineStart: Bool = true) -> String {
    escape(textLines(text).joined(separator: " "), atLineStart: atLineStart)
  }

  /// Several lines of Markdown, one per line of `text`, joined by hard line breaks; blank lines
  /// are dropped so the text stays one paragraph.
  ///
  /// - Parameter continuationIndent: written before every line but the first, so the paragraph
  ///   stays inside a list item.
  public static func lines(_ text: String, continuationIndent: String = "") -> String {
    textLines(text).map { escape($0, atLineStart: true) }.joined(separator: "\\\n" + continuationIndent)
  }

  /// The content of one table cell: the text escaped, pipes included, and line breaks written `<br>`.
  public static func cell(_ text: String) -> String {
    textLines(text).map { escape($0, atLineStart: false) }.joined(separator: lineBreak)
  }

  /// The line break used inside table cells; the only HTML the export writes.
  public static let lineBreak = "<br>"

  /// One line for a fenced code block: line breaks become spaces, and backticks and tildes are
  /// replaced so the text can never close the fence.
  public static func codeLine(_ text: String) -> String {
    let line = clean(text).replacingScalars { scalar in
      switch scalar {
      case "\n": " "
      case "`": "'"
      case "~": "-"
      default: nil
      }
    }
    return line.trimmingWhitespace
  }

  /// A task, section or title of a Mermaid diagram: one line, without the characters Mermaid reads
  /// as syntax (`:` `;` `#` `%%`), and not starting with one of its keywords.
  ///
  /// - Parameter placeholder: shown when nothing printable is left.
  public static func mermaidLabel(_ text: String, placeholder: String = "untitled") -> String {
    var label = ""
    var previousWasPercent = false
    for scalar in codeLine(text).unicodeScalars {
      // "%%" opens a Mermaid comment: a run of percent signs is written as one.
      defer { previousWasPercent = scalar == "%" }
      switch scalar {
      case "%" where previousWasPercent: continue
      case ":": label += "\u{2236}"  // RATIO, which reads as a colon
      case ";": label += ","
      case "#": label += "\u{FF03}"  // FULLWIDTH NUMBER SIGN
      case "<": label += "\u{2039}"
      case ">": label += "\u{203A}"
      case "&": label += "\u{FF06}"  // FULLWIDTH AMPERSAND
      default: label.unicodeScalars.append(scalar)
      }
    }
    label = label.trimmingWhitespace
    if label.isEmpty { return placeholder }
    let lowered = label.lowercased()
    if mermaidKeywords.contains(where: { lowered.hasPrefix($0) }) { return "· " + label }
    return label
  }

  /// A Mermaid actor: a label that also keeps commas out, since they separate actors.
  public static func mermaidActor(_ text: String, placeholder: String = "no team") -> String {
    var separated = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { separated.append(scalar == "," ? " " : scalar) }
    return mermaidLabel(String(separated), placeholder: placeholder)
  }

  // MARK: - Escaping

  /// ASCII punctuation that means something inline in GitHub-flavoured Markdown; a backslash makes it literal.
  static let escapedEverywhere: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "&", "$",
  ]

  /// Characters that open a block only at the start of a line.
  static let escapedAtLineStart: Set<Unicode.Scalar> = ["-", "+", "=", ":"]

  /// Words Mermaid's journey lexer reads as statements when a line starts with them.
  static let mermaidKeywords = ["journey", "title", "section", "acctitle", "accdescr"]

  static let replacement: Unicode.Scalar = "\u{FFFD}"

  static func escape(_ line: String, atLineStart: Bool) -> String {
    var result = String.UnicodeScalarView()
    let scalars = Array(line.unicodeScalars)
    // "12." and "3)" open an ordered list at the start of a line: escape the dot or bracket.
    var listMarkerIndex: Int?
    if atLineStart {
      let digits = scalars.prefix { ("0"..."9").contains($0) }.count
      if digits > 0, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
        listMarkerIndex = digits
      }
    }
    for (index, scalar) in scalars.enumerated() {
      let escapeHere =
        escapedEverywhere.contains(scalar) || (atLineStart && index == 0 && escapedAtLineStart.contains(scalar))
        || index == listMarkerIndex
      if escapeHere { result.append("\\") }
      result.append(scalar)
    }
    return String(result)
  }

  /// The lines of cleaned text, trimmed, without blank ones.
  static func textLines(_ text: String) -> [String] {
    clean(text).split(separator: "\n", omittingEmptySubsequences: true)
      .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// C0 controls other than line feed, DEL, and C1 controls.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Marks and overrides that change the direction text is shown in, and can make a line read
  /// differently from what it says.
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }
}

extension String {
  /// The string with some scalars replaced; `replacement` returns nil to keep a scalar.
  fileprivate func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
