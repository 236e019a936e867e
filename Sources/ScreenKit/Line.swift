/// One line of text made of styled spans.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
  public var spans: [Span]

  public init(_ spans: [Span]) {
    self.spans = spans
  }

  public init(_ text: String, style: Style = .plain) {
    self.spans = [Span(text, style: style)]
  }

  public init(stringLiteral text: String) {
    self.init(text)
  }

  /// The text of all spans, unstyled.
  public var plainText: String { spans.map(\.text).joined() }

  /// The columns the line takes once made safe for display.
  public var width: Int { spans.reduce(0) { $0 + $1.width } }

  /// The line cut to at most `width` columns, ending in `…` when something was cut.
  ///
  /// A grapheme cluster is never split; a wide glyph that does not fit before the ellipsis
  /// leaves a space, so a cut line is exactly `width` columns. The ellipsis takes the style
  /// of the span it replaces.
  public func truncated(toWidth width: Int) -> Line {
    let safeSpans = spans.map { Span(SafeText.line($0.text), style: $0.style) }
    let total = safeSpans.reduce(0) { $0 + $1.text.terminalWidth }
    guard total > width else { return Line(safeSpans) }
    guard width > 0 else { return Line([]) }
    let budget = width - 1
    var used = 0
    var result: [Span] = []
    for span in safeSpans {
      var kept = ""
      var cut = false
      for character in span.text {
        let characterWidth = character.terminalWidth
        if used + characterWidth > budget {
          cut = true
          break
        }
        kept.append(character)
        used += characterWidth
      }
      if cut {
        kept += String(repeating: " ", count: budget - used) + String(TextLayout.ellipsis)
        result.append(Span(kept, style: span.style))
        return Line(result)
      }
      result.append(Span(kept, style: span.style))
    }
    return Line(result)
  }
}
