import ScreenKit
import Testing

@Suite("Buffer")
struct BufferTests {
  /// Whether every wide glyph is followed by its continuation and every continuation
  /// follows a wide glyph: the buffer never holds half a glyph.
  func holdsWholeGlyphs(_ buffer: Buffer) -> Bool {
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        if cell.isWide && (x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation) { return false }
        if cell.isContinuation && (x == 0 || !buffer[x - 1, y].isWide) { return false }
      }
    }
    return true
  }

  @Test("Writing returns the columns used and lays text out by terminal width")
  func writesText() {
    var buffer = Buffer(width: 12, height: 2)
    #expect(buffer.write("漢字 ok", x: 1, y: 0) == 7)
    #expect(buffer.lines == [" 漢字 ok", ""])
    #expect(buffer[1, 0].symbol == "漢")
    #expect(buffer[2, 0].isContinuation)
  }

  @Test("Writing stops at maxWidth and at the edge; a wide glyph that does not fit leaves a space")
  func clipsWrites() {
    var buffer = Buffer(width: 5, height: 1)
    #expect(buffer.write("ab漢字", x: 0, y: 0, maxWidth: 3) == 3)
    #expect(buffer.textSnapshot == "ab")
    #expect(buffer[2, 0].symbol == " ")
    var edge = Buffer(width: 5, height: 1)
    edge.write("abcd😀", x: 0, y: 0)
    #expect(edge.textSnapshot == "abcd")
    #expect(holdsWholeGlyphs(edge))
  }

  @Test("Writing outside the buffer is clipped, including left of it")
  func clipsOutside() {
    var buffer = Buffer(width: 4, height: 1)
    #expect(buffer.write("hidden", x: 0, y: 3) == 0)
    buffer.write("ab漢cd", x: -3, y: 0)
    #expect(buffer.textSnapshot == " cd")
    #expect(holdsWholeGlyphs(buffer))
  }

  @Test("Overwriting the second half of a wide glyph blanks the first half")
  func overwriteSecondHalf() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.write("漢字", x: 0, y: 0)
    buffer.write("x", x: 1, y: 0)
    #expect(buffer.textSnapshot == " x字")
    #expect(holdsWholeGlyphs(buffer))
  }

  @Test("Overwriting the first half of a wide glyph blanks the second half")
  func overwriteFirstHalf() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.write("漢字", x: 0, y: 0)
    buffer.write("y", x: 2, y: 0)
    #expect(buffer.textSnapshot == "漢y")
    #expect(holdsWholeGlyphs(buffer))
  }

  @Test("A wide glyph written across two wide glyphs blanks both leftover halves")
  func wideOverWide() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.write("漢字", x: 0, y: 0)
    buffer.write("😀", x: 1, y: 0)
    #expect(buffer.textSnapshot == " 😀")
    #expect(buffer[3, 0].symbol == " ")
    #expect(holdsWholeGlyphs(buffer))
  }

  @Test("Random overlapping writes never leave half a glyph")
  func randomWrites() {
    var buffer = Buffer(width: 9, height: 2)
    let pieces = ["漢", "a", "😀x", "🇫🇷", "bc", "字y", "👍🏽"]
    var seed: UInt64 = 42
    for _ in 0..<400 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let piece = pieces[Int(seed >> 33) % pieces.count]
      buffer.write(piece, x: Int(seed >> 40) % 10 - 1, y: Int(seed >> 50) % 2)
      #expect(holdsWholeGlyphs(buffer))
    }
  }

  @Test("Hostile text written to a buffer leaves no escape or bidi scalar in any cell")
  func writesAreSanitized() {
    let hostile = [
      "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{1B}]0;title\u{1B}\\",
      "ok\rEVIL", "\u{9B}31m", "abc\u{202E}gnp.exe", "\u{2067}x\u{2069}", "\u{7F}\u{00}",
    ]
    var buffer = Buffer(width: 40, height: hostile.count)
    for (row, text) in hostile.enumerated() {
      buffer.write(text, x: 0, y: row)
    }
    var line = Line([Span("\u{1B}[31m", style: Style(bold: true)), Span("\u{202D}x")])
    line.spans.append(Span("\u{1B}]52;c;x\u{07}"))
    var styled = Buffer(width: 40, height: 1)
    styled.write(line, x: 0, y: 0)
    for cell in buffer.cells + styled.cells {
      for scalar in cell.symbol.unicodeScalars {
        #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "\(scalar.value)")
        #expect(!SafeText.isUnsafe(scalar))
      }
    }
    #expect(buffer.lines[0] == "^[[2J^[[H")
    #expect(buffer.lines[1] == "^[]52;c;cm0gLXJmIH4=^G")
    #expect(buffer.lines[3] == "ok^MEVIL")
    #expect(buffer.lines[5] == "abc<RLO>gnp.exe")
  }

  @Test("A cell given a control character directly shows the replacement mark")
  func cellsAreSanitized() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.put("\u{1B}", x: 0, y: 0)
    buffer.put("\u{202E}", x: 1, y: 0)
    #expect(buffer.textSnapshot == "��")
  }

  @Test("Fill replaces glyphs and styles; setStyle lays a style over and keeps the glyphs")
  func fillAndStyle() {
    var buffer = Buffer(width: 6, height: 2)
    buffer.write("abcdef", x: 0, y: 0, style: Style(foreground: .red))
    buffer.setStyle(Style(bold: true), in: Rect(x: 1, y: 0, width: 2, height: 1))
    #expect(buffer[1, 0].style == Style(foreground: .red, bold: true))
    #expect(buffer[0, 0].style == Style(foreground: .red))
    buffer.fill(Rect(x: 3, y: 0, width: 3, height: 2), with: "·", style: Style(background: .blue))
    #expect(buffer.lines == ["abc···", "   ···"])
    #expect(buffer[4, 1].style == Style(background: .blue))
  }

  @Test("Filling with a wide glyph never spills out of the rectangle")
  func wideFill() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.write("abcdef", x: 0, y: 0)
    buffer.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "漢")
    #expect(buffer.textSnapshot == "漢漢 f")
  }

  @Test("The style dump lists styled runs by row and column")
  func styleSnapshot() {
    var buffer = Buffer(width: 8, height: 2)
    buffer.write("Kept", x: 0, y: 0, style: Style(foreground: .green, bold: true))
    buffer.write("!", x: 6, y: 1, style: Style(reverse: true))
    #expect(buffer.styleSnapshot == "0:0-3 fg:green bold\n1:6-6 reverse")
  }

  @Test("A buffer pasted into another keeps glyphs and styles, clipped")
  func pasteBuffer() {
    var small = Buffer(width: 3, height: 1)
    small.write("漢x", x: 0, y: 0, style: Style(underline: true))
    var big = Buffer(width: 4, height: 2)
    big.paste(small, x: 2, y: 1)
    #expect(big.lines == ["", "  漢"])
    #expect(big[2, 1].style.underline == true)
  }
}

@Suite struct BufferRowTests {
  @Test func rowsCompareCellByCell() {
    var a = Buffer(width: 6, height: 3)
    var b = Buffer(width: 6, height: 3)
    a.write("hello", x: 0, y: 1)
    b.write("hello", x: 0, y: 1)
    #expect(a.row(1) == b.row(1))
    b.write("j", x: 0, y: 1)
    #expect(a.row(1) != b.row(1))
    #expect(a.row(0) == b.row(0))
    #expect(a.row(1).map { String($0.symbol) }.joined() == "hello ")
    #expect(a.row(7).isEmpty)
  }
}
