import Testing

@testable import CursesTerminal

@Suite("Cells handed to ncurses")
struct CursesGlyphTests {
  /// The C library's widths on this kind of system, for the scalars used here.
  func libraryWidth(_ value: UInt32) -> Int {
    switch value {
    case 0x0301, 0x20E3, 0x200D, 0xFE0F, 0xE0000...0xE007F: return 0
    case 0x1F1E6...0x1F1FF, 0x2764, 0x31: return 1
    case 0x1F44D, 0x1F3FB...0x1F3FF, 0x1F468, 0x1F469, 0x1F467, 0x6F22: return 2
    default: return 1
    }
  }

  func glyph(_ symbol: String, width: Int, unicode: Bool = true) -> [[UInt32]] {
    CursesGlyph.make(symbol: symbol, width: width, unicode: unicode, measure: libraryWidth)
      .columns.map { $0.map { UInt32(bitPattern: $0) } }
  }

  @Test("ASCII and CJK pass through whole")
  func plain() {
    #expect(glyph("a", width: 1) == [[0x61]])
    #expect(glyph("漢", width: 2) == [[0x6F22]])
  }

  @Test("A base and its combining marks stay together")
  func combining() {
    #expect(glyph("e\u{0301}", width: 1) == [[0x65, 0x0301]])
  }

  @Test("A skin tone or ZWJ sequence keeps only what ncurses measures as two columns")
  func emojiSequences() {
    #expect(glyph("👍🏽", width: 2) == [[0x1F44D]])
    #expect(glyph("👨‍👩‍👧", width: 2) == [[0x1F468]])
  }

  @Test("A flag ncurses would measure as one column shows as its two letters")
  func flags() {
    #expect(glyph("🇫🇷", width: 2) == [[0x46], [0x52]])
  }

  @Test("A keycap or VS16 symbol keeps its base and fills the second column with a space")
  func narrowBases() {
    #expect(glyph("1️⃣", width: 2) == [[0x31, 0x20E3], [0x20]])
    #expect(glyph("❤️", width: 2) == [[0x2764], [0x20]])
  }

  @Test("Without a UTF-8 locale, anything beyond ASCII shows as a question mark")
  func asciiOnly() {
    #expect(glyph("漢", width: 2, unicode: false) == [[0x3F], [0x20]])
    #expect(glyph("é", width: 1, unicode: false) == [[0x3F]])
    #expect(glyph("x", width: 1, unicode: false) == [[0x78]])
  }
}

@Suite("Colour pairs")
struct ColorPairsTests {
  @Test("A pair is made once per foreground and background, then reused")
  func cachesPairs() {
    var pairs = ColorPairs(colorCount: 256, pairLimit: 64, hasDefaultColors: true)
    var made: [[Int16]] = []
    let make = { (pair: Int16, fg: Int16, bg: Int16) -> Bool in
      made.append([pair, fg, bg])
      return true
    }
    #expect(pairs.pair(foreground: .indexed(196), background: nil, initialize: make) == 1)
    #expect(pairs.pair(foreground: .indexed(196), background: .default, initialize: make) == 1)
    #expect(pairs.pair(foreground: .green, background: .black, initialize: make) == 2)
    #expect(pairs.pair(foreground: nil, background: nil, initialize: make) == 0)
    #expect(made == [[1, 196, -1], [2, 2, 0]])
  }

  @Test("On an 8-colour terminal, colours map to the nearest of the eight")
  func fewColors() {
    var pairs = ColorPairs(colorCount: 8, pairLimit: 64, hasDefaultColors: true)
    var made: [[Int16]] = []
    _ = pairs.pair(foreground: .indexed(196), background: .brightBlue) { pair, fg, bg in
      made.append([pair, fg, bg])
      return true
    }
    #expect(made == [[1, 1, 4]])
  }

  @Test("Without default colours, unset colours are white on black")
  func noDefaultColors() {
    let pairs = ColorPairs(colorCount: 8, pairLimit: 64, hasDefaultColors: false)
    #expect(pairs.colorNumber(nil, foreground: true) == 7)
    #expect(pairs.colorNumber(.default, foreground: false) == 0)
  }

  @Test("When pairs run out, or colour is off, the default pair is used")
  func exhausted() {
    var pairs = ColorPairs(colorCount: 256, pairLimit: 2, hasDefaultColors: true)
    #expect(pairs.pair(foreground: .red, background: nil) { _, _, _ in true } == 1)
    #expect(pairs.pair(foreground: .blue, background: nil) { _, _, _ in true } == 0)
    var off = ColorPairs(colorCount: 0, pairLimit: 0, hasDefaultColors: false)
    #expect(off.pair(foreground: .red, background: nil) { _, _, _ in true } == 0)
  }
}
