/// A piece of Markdown source, built so that user text can only enter it escaped.
///
/// String literals are written as they are; interpolated strings go through `MarkdownText.inline`,
/// escaped as line starts when nothing precedes them on their line:
///
///     let line: Markdown = "**Owner:** \(pillar.owner)"
struct Markdown: Equatable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The Markdown source.
  private(set) var source: String

  /// Source written by the exporter itself, trusted as it is.
  init(verbatim source: String) { self.source = source }

  init(stringLiteral value: String) { source = value }

  init(stringInterpolation: StringInterpolation) { source = stringInterpolation.source }

  var description: String { source }

  var isEmpty: Bool { source.isEmpty }

  static func + (lhs: Markdown, rhs: Markdown) -> Markdown { Markdown(verbatim: lhs.source + rhs.source) }

  /// Markdown pieces joined by a separator the exporter writes.
  static func joined(_ parts: [Markdown], separator: String) -> Markdown {
    Markdown(verbatim: parts.map(\.source).joined(separator: separator))
  }

  /// User text of several lines as one paragraph with hard line breaks.
  static func lines(_ text: String, continuationIndent: String = "") -> Markdown {
    Markdown(verbatim: MarkdownText.lines(text, continuationIndent: continuationIndent))
  }

  /// User text for a table cell, its line breaks written `<br>`.
  static func cell(_ text: String) -> Markdown { Markdown(verbatim: MarkdownText.cell(text)) }

  struct StringInterpolation: StringInterpolationProtocol {
    var source = ""

    init(literalCapacity: Int, interpolationCount: Int) { source.reserveCapacity(literalCapacity * 2) }

    mutating func appendLiteral(_ literal: String) { source += literal }

    /// User text, escaped.
    mutating func appendInterpolation(_ text: String) {
      source += MarkdownText.inline(text, atLineStart: source.isEmpty || source.hasSuffix("\n"))
    }

    mutating func appendInterpolation(_ markdown: Markdown) { source += markdown.source }

    mutating func appendInterpolation(_ number: Int) {
      appendInterpolation(String(number))
    }
  }
}
