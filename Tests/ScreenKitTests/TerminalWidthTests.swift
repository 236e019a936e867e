import Testing

@testable import ScreenKit

@Suite("Terminal width of grapheme clusters")
struct TerminalWidthTests {
  @Test("ASCII takes one column per character")
  func ascii() {
    #expect("hello, world".terminalWidth == 12)
    #expect("".terminalWidth == 0)
  }

  @Test("text measured at once agrees with its clusters measured one by one, ASCII or not")
  func textAgreesWithItsClusters() {
    // Control bytes, CRLF, combining marks and wide glyphs among ASCII: the fast path for
    // ASCII text and the cluster-by-cluster walk must give the same width.
    let pieces = ["a", "Z", " ", "~", "\t", "\r\n", "\n", "\u{7F}", "\u{1B}", "e\u{301}", "漢", "👍🏽", "\u{200B}",
      "é", "·", "→", "▲", "─", "⠿", "★", "☔", "▲\u{FE0F}", "\u{2764}", "\u{FE0F}", "\u{0301}", "\u{00AD}", "ß", "ʰ", "…", "\u{2028}",
      "\u{1F1EB}\u{1F1F7}", "\u{200D}", "◽"]
    var generator = SplitMix(seed: 0x5EED)
    for _ in 0..<500 {
      let text = (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let byCluster = text.reduce(0) { $0 + $1.terminalWidth }
      #expect(text.terminalWidth == byCluster, "\(text.debugDescription)")
      #expect(text[...].terminalWidth == byCluster)
    }
  }

  @Test("CJK ideographs, kana, Hangul and fullwidth forms take two columns")
  func eastAsianWide() {
    #expect("漢字".terminalWidth == 4)
    #expect("カタカナ".terminalWidth == 8)
    #expect("한국어".terminalWidth == 6)
    #expect("ＡＢＣ".terminalWidth == 6)
    #expect("\u{3000}".terminalWidth == 2)
  }

  @Test("Decomposed Hangul is one syllable, two columns")
  func conjoiningJamo() {
    let syllable: Character = "\u{1100}\u{1161}\u{11A8}"
    #expect(syllable.terminalWidth == 2)
  }

  @Test(
    "Emoji take two columns, whole clusters measured once",
    arguments: [
      "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "1️⃣", "❤️", "🏳️‍🌈", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    ])
  func emoji(_ text: String) {
    #expect(text.count == 1)
    #expect(text.terminalWidth == 2)
  }

  @Test("Text-style symbols without VS16 stay one column")
  func textPresentation() {
    #expect("❤".terminalWidth == 1)
    #expect("☺".terminalWidth == 1)
    #expect("1\u{20E3}".terminalWidth == 1)
    #expect("a\u{FE0F}".terminalWidth == 1)
  }

  @Test("Combining marks add nothing to their base")
  func combiningMarks() {
    #expect("e\u{0301}".terminalWidth == 1)
    #expect("Cafe\u{0301} au lait".terminalWidth == 12)
    #expect("\u{0301}".terminalWidth == 0)
  }

  @Test("Joiners and invisible format characters alone take no column")
  func zeroWidthAlone() {
    #expect("\u{200D}".terminalWidth == 0)
    #expect("\u{200B}".terminalWidth == 0)
    #expect("\u{FE0F}".terminalWidth == 0)
    #expect("\u{FEFF}".terminalWidth == 0)
  }

  @Test("A lone regional indicator is one column, a pair is a two-column flag")
  func regionalIndicators() {
    #expect("\u{1F1EB}".terminalWidth == 1)
    #expect("🇫🇷🇩🇪".terminalWidth == 4)
  }

  @Test("Every scalar with default emoji presentation measures two columns")
  func emojiPresentationCoverage() {
    var missing: [String] = []
    for value in UInt32(0x2000)...UInt32(0x1FAFF) {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isEmojiPresentation else { continue }
      // Regional indicators pair up into flags; alone terminals draw them narrow.
      if (0x1F1E6...0x1F1FF).contains(value) { continue }
      if TerminalWidth.of(scalar) != 2 { missing.append(String(value, radix: 16)) }
    }
    #expect(missing.isEmpty, "not wide: \(missing)")
  }

  @Test("Every nonspacing and enclosing mark measures zero columns on its own")
  func combiningCoverage() {
    var wrong: [String] = []
    for value in UInt32(0x0300)...UInt32(0x1E94A) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      guard category == .nonspacingMark || category == .enclosingMark else { continue }
      guard scalar.properties.age.map({ $0.major <= 15 }) ?? false else { continue }
      if TerminalWidth.of(scalar) != 0 { wrong.append(String(value, radix: 16)) }
    }
    #expect(wrong.isEmpty, "not zero-width: \(wrong)")
  }
}

@Suite("Unicode width tables")
struct UnicodeWidthTableTests {
  @Test("Each table is sorted and its ranges do not overlap, so binary search finds every entry")
  func sortedAndDisjoint() {
    for table in [UnicodeWidthTable.zeroWidth, UnicodeWidthTable.wide] {
      for (previous, next) in zip(table, table.dropFirst()) {
        #expect(previous.lower <= previous.upper)
        #expect(previous.upper < next.lower, "\(previous.upper) overlaps \(next.lower)")
      }
    }
  }
}
