import Testing

@testable import ScreenKit

@Suite("Writing text fitted to a column")
struct FittedWriteTests {
  @Test("a long name is cut with an ellipsis, a short one padded, as the laid-out text would be")
  func cutAndPadded() {
    var buffer = Buffer(width: 12, height: 2)
    buffer.write("Onboarding call", x: 0, y: 0, fitting: 8, padded: true)
    buffer.write("Trial", x: 0, y: 1, style: Style(bold: true), fitting: 8, padded: true)
    #expect(buffer.lines == ["Onboard…", "Trial"])
    #expect(buffer[7, 1].style == Style(bold: true), "the padding takes the cell's style, as a selected row needs")
  }

  @Test("fitted writing draws exactly what writing TextLayout's pad or truncate draws, whatever the text and room")
  func agreesWithTextLayout() {
    let pieces = ["a", "Z", " ", "~", "\t", "\u{1B}", "e\u{301}", "漢", "👍🏽", "\u{200B}", "é", "·", "→", "▲", "⠿", "☔",
      "\u{1F1EB}\u{1F1F7}", "\u{0301}", "ß", "…", "\u{2028}", "नमस्ते", "مرحبا", "👨‍👩‍👧"]
    var generator = SplitMix(seed: 0xF17)
    for _ in 0..<600 {
      let text = (0..<Int(generator.next() % 14)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let columns = Int(generator.next() % 12)
      let x = Int(generator.next() % 16) - 2
      let padded = generator.next() % 2 == 0
      let style = Style(foreground: .red)
      var fitted = Buffer(width: 16, height: 1)
      var laidOut = Buffer(width: 16, height: 1)
      let used = fitted.write(text, x: x, y: 0, style: style, fitting: columns, padded: padded)
      let expected =
        columns <= 0 ? 0
        : laidOut.write(padded ? TextLayout.pad(text, toWidth: columns) : TextLayout.truncate(text, toWidth: columns),
          x: x, y: 0, style: style)
      #expect(fitted == laidOut, "\(text.debugDescription) in \(columns) at \(x), padded: \(padded)")
      #expect(used == expected, "\(text.debugDescription) in \(columns) at \(x)")
    }
  }

  @Test("writing a line over wide glyphs leaves no half glyph, as putting each glyph in turn does")
  func writingAgreesWithPuttingEachGlyph() {
    let pieces = ["a", " ", "漢", "👍🏽", "é", "·", "e\u{301}", "☔", "\u{1F1EB}\u{1F1F7}", "नमस्ते", "👨‍👩‍👧"]
    var generator = SplitMix(seed: 0xB0F)
    for _ in 0..<400 {
      let under = (0..<8).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let text = (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let x = Int(generator.next() % 10)
      var written = Buffer(width: 12, height: 1)
      written.write(under, x: Int(generator.next() % 3), y: 0)
      var placed = written
      written.write(text, x: x, y: 0, style: Style(bold: true))
      var column = x
      for character in text where character.terminalWidth > 0 {
        guard column + character.terminalWidth <= 12 else {
          if column < 12 { placed.put(" ", x: column, y: 0, style: Style(bold: true)) }
          break
        }
        column += placed.put(character, x: column, y: 0, style: Style(bold: true))
      }
      #expect(written == placed, "\(text.debugDescription) at \(x) over \(under.debugDescription)")
    }
  }

  @Test("a row matches another frame's row only when every cell, glyph and style, is the same")
  func rowsMatchCellByCell() {
    var before = Buffer(width: 10, height: 3)
    before.write("Trial 漢字", x: 0, y: 0)
    before.write("same", x: 2, y: 1, style: Style(bold: true))
    var after = before
    #expect(after.rowMatches(0, in: before) && after.rowMatches(1, in: before) && after.rowMatches(2, in: before))
    after.write("Trial 漢子", x: 0, y: 0)
    after.write("same", x: 2, y: 1, style: Style(bold: false))
    #expect(!after.rowMatches(0, in: before), "another glyph")
    #expect(!after.rowMatches(1, in: before), "another style")
    #expect(after.rowMatches(2, in: before))
    #expect(!after.rowMatches(3, in: before), "no such row")
    #expect(!Buffer(width: 11, height: 3).rowMatches(2, in: before), "another width")
  }
}
