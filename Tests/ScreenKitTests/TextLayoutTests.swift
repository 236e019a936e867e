import ScreenKit
import Testing

@Suite("Truncation, wrapping and padding")
struct TextLayoutTests {
  @Test("Text that fits is left alone")
  func fits() {
    #expect(TextLayout.truncate("Promise", toWidth: 7) == "Promise")
    #expect(TextLayout.truncate("漢字", toWidth: 4) == "漢字")
  }

  @Test("Long text ends in an ellipsis and fills the width exactly")
  func ellipsis() {
    #expect(TextLayout.truncate("Answer within an hour", toWidth: 10) == "Answer wi…")
    #expect(TextLayout.truncate("Answer", toWidth: 1) == "…")
    #expect(TextLayout.truncate("Answer", toWidth: 0) == "")
  }

  @Test("A wide glyph that does not fit before the ellipsis leaves a space")
  func wideGlyphAtTheEdge() {
    let cut = TextLayout.truncate("漢字漢字", toWidth: 4)
    #expect(cut == "漢 …")
    #expect(cut.terminalWidth == 4)
    #expect(TextLayout.truncate("ab😀cd", toWidth: 4) == "ab …")
  }

  @Test("Clusters are never split: flags, families, skin tones and accents stay whole")
  func clustersStayWhole() {
    #expect(TextLayout.truncate("🇫🇷🇩🇪🇮🇹", toWidth: 5) == "🇫🇷🇩🇪…")
    #expect(TextLayout.truncate("👨‍👩‍👧👍🏽x", toWidth: 4) == "👨‍👩‍👧 …")
    #expect(TextLayout.truncate("e\u{0301}e\u{0301}e\u{0301}", toWidth: 2) == "e\u{0301}…")
  }

  @Test("Truncation never exceeds the width", arguments: 0...12)
  func neverTooWide(width: Int) {
    for text in ["漢字と😀🇫🇷 and text", "abc\u{1B}[2Jdef", "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧"] {
      #expect(TextLayout.truncate(text, toWidth: width).terminalWidth <= width)
    }
  }

  @Test("Truncation shows controls inert and measures what is shown")
  func truncationIsSafe() {
    #expect(TextLayout.truncate("a\u{1B}[31mred", toWidth: 6) == "a^[[3…")
  }

  @Test("Padding aligns text left, right or centre")
  func padding() {
    #expect(TextLayout.pad("ok", toWidth: 6) == "ok    ")
    #expect(TextLayout.pad("ok", toWidth: 6, alignment: .right) == "    ok")
    #expect(TextLayout.pad("ok", toWidth: 7, alignment: .center) == "  ok   ")
    #expect(TextLayout.pad("漢字", toWidth: 6, alignment: .right) == "  漢字")
    #expect(TextLayout.pad("too long here", toWidth: 5) == "too …")
  }

  @Test("Wrapping breaks at spaces")
  func wrapsAtSpaces() {
    #expect(
      TextLayout.wrap("We answer within an hour, in your language", toWidth: 16)
        == ["We answer within", "an hour, in your", "language"])
  }

  @Test("A word longer than the line is broken between clusters")
  func hardBreaks() {
    #expect(TextLayout.wrap("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
    #expect(TextLayout.wrap("漢字漢字漢", toWidth: 3) == ["漢", "字", "漢", "字", "漢"])
    #expect(TextLayout.wrap("go 🇫🇷🇩🇪🇮🇹", toWidth: 4) == ["go", "🇫🇷🇩🇪", "🇮🇹"])
  }

  @Test("Explicit newlines and empty lines are kept")
  func keepsNewlines() {
    #expect(TextLayout.wrap("one\n\ntwo three", toWidth: 5) == ["one", "", "two", "three"])
  }

  @Test("Paragraph indentation is kept; spaces at a break are dropped")
  func indentation() {
    #expect(TextLayout.wrap("  indented text here", toWidth: 10) == ["  indented", "text here"])
  }

  @Test("Every wrapped line fits the width", arguments: 1...10)
  func wrappedLinesFit(width: Int) {
    let text = "Customers 漢字 say \"never make me repeat myself\" 😀👍🏽 ok"
    for line in TextLayout.wrap(text, toWidth: width) {
      #expect(line.terminalWidth <= max(width, 2))
    }
  }

  @Test("Wrapping makes controls inert")
  func wrapIsSafe() {
    #expect(TextLayout.wrap("a\u{1B}]52;c;x\u{07}", toWidth: 20) == ["a^[]52;c;x^G"])
  }
}
