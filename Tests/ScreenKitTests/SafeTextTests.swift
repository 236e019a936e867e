import ScreenKit
import Testing

@Suite("Untrusted text is shown inert")
struct SafeTextTests {
  @Test("Plain text passes through unchanged")
  func plainText() {
    #expect(SafeText.line("Answer within an hour") == "Answer within an hour")
    #expect(SafeText.line("漢字 😀 café") == "漢字 😀 café")
  }

  @Test(
    "Escape sequences show as caret notation",
    arguments: [
      ("\u{1B}[2J\u{1B}[H", "^[[2J^[[H"),
      ("\u{1B}]0;owned\u{07}", "^[]0;owned^G"),
      ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "^[]52;c;cm0gLXJmIH4=^G"),
      ("\u{1B}P+q\u{1B}\\", "^[P+q^[\\"),
    ])
  func escapeSequences(input: String, shown: String) {
    #expect(SafeText.line(input) == shown)
  }

  @Test("A carriage return cannot overwrite what came before")
  func carriageReturn() {
    #expect(SafeText.line("refund approved\rrefund denied") == "refund approved^Mrefund denied")
  }

  @Test("A CRLF line ending is a line ending, not a stray ^M")
  func crlf() {
    #expect(SafeText.multiline("one\r\ntwo") == "one\ntwo")
    #expect(SafeText.line("one\r\ntwo") == "one two")
  }

  @Test("DEL, NUL and other C0 controls show as carets")
  func otherControls() {
    #expect(SafeText.line("a\u{7F}b\u{00}c\u{08}d") == "a^?b^@c^Hd")
  }

  @Test("C1 controls, including the one-byte CSI, show as code points")
  func c1Controls() {
    #expect(SafeText.line("\u{9B}2J") == "<U+009B>2J")
    #expect(SafeText.line("\u{85}next") == "<U+0085>next")
  }

  @Test("Bidirectional controls show by name, so text cannot be reordered")
  func bidiControls() {
    #expect(SafeText.line("invoice\u{202E}fdp.exe") == "invoice<RLO>fdp.exe")
    #expect(
      SafeText.line(
        "\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202C}\u{202D}")
        == "<LRI><RLI><FSI><PDI><LRM><RLM><ALM><LRE><RLE><PDF><LRO>")
  }

  @Test("Tabs become spaces up to the next tab stop")
  func tabs() {
    #expect(SafeText.line("a\tb") == "a   b")
    #expect(SafeText.line("abcd\te") == "abcd    e")
    #expect(SafeText.multiline("x\ty\n\tz") == "x   y\n    z")
    #expect(SafeText.line("漢\tx", tabWidth: 4) == "漢  x")
  }

  @Test("Newlines are kept on several lines and become spaces on one")
  func newlines() {
    #expect(SafeText.multiline("one\ntwo\u{2028}three") == "one\ntwo\nthree")
    #expect(SafeText.line("one\ntwo") == "one two")
  }

  @Test("Nothing unsafe is left after sanitizing, for any control scalar")
  func nothingUnsafeLeft() {
    var text = String.UnicodeScalarView()
    for value in UInt32(0)...UInt32(0x9F) {
      if let scalar = Unicode.Scalar(value) { text.append(scalar) }
    }
    for value in [
      0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ] as [UInt32] {
      if let scalar = Unicode.Scalar(value) { text.append(scalar) }
    }
    let shown = SafeText.line(String(text))
    #expect(!shown.unicodeScalars.contains { SafeText.isUnsafe($0) || $0 == "\n" || $0 == "\t" })
  }
}
