import PillarsCore
import PillarsExample
import Testing

@testable import PillarsCLI

/// A large file is read in parts on all cores; whatever the parts, the rows, their lines and the
/// problems must be those of reading the file from start to end.
@Suite struct ImportFilePartsTests {
  /// Each row as the check sees it, and the file's own problems.
  private func reading(_ text: String, parts: Int) -> [String] {
    var text = text
    let file = text.withUTF8 { ImportFile(utf8: $0, parts: parts) }
    let rows = file.rows.enumerated().map { index, row in
      let metric = row.metric >= 0 ? file.metrics[row.metric] : "-"
      let refusal = file.refusals[index].map { "\($0.failures) \($0.isWhole)" } ?? ""
      return "\(row.line) \(metric) \(file.week(of: row).map(String.init(describing:)) ?? "-") \(row.value) "
        + "\(file.note(of: row).debugDescription) \(file.percentText(of: row)) \(refusal)"
    }
    return rows + file.fileProblems.map(\.description)
  }

  @Test func aQuotedFieldThatLooksLikeRecordsIsOneField() {
    // Every part but the first starts inside the note, where its lines look like rows.
    let note = (1...40).map { "csat,2026-W\(twoDigits($0 % 50 + 1)),4.\($0 % 10)" }.joined(separator: "\n")
    let text = "metric,week,value,note\ncsat,2026-W01,4.1,\"\(note)\"\nnps,2026-W02,40,\n"
    let whole = reading(text, parts: 1)
    #expect(whole.count == 2)
    #expect(whole.last?.hasPrefix("42 nps 2026-W02 40.0 nil") == true, "\(whole)")
    for parts in 2...12 {
      #expect(reading(text, parts: parts) == whole, "\(parts) parts")
    }
  }

  @Test func seededFilesReadInPartsGiveTheSameRowsLinesAndProblems() {
    var random = SeededGenerator(seed: 29)
    for round in 0..<30 {
      let text = Self.trickyFile(rows: 20 + round * 5, using: &random)
      let whole = reading(text, parts: 1)
      for parts in [2, 3, 7, 16] {
        #expect(reading(text, parts: parts) == whole, "round \(round), \(parts) parts:\n\(text)")
      }
    }
  }

  @Test func anUnclosedQuoteIsNamedByTheLineItOpensOnWhicheverPartHoldsIt() {
    let rows = (1...30).map { "csat,2026-W\(twoDigits($0)),4" }
    let text = "metric,week,value,note\r\n" + rows.joined(separator: "\r\n") + "\r\nnps,2026-W40,41,\"never\r\nclosed\r\n"
    for parts in 1...10 {
      #expect(reading(text, parts: parts) == ["line 32: a quoted field opens here and is never closed"], "\(parts) parts")
    }
  }

  /// Rows with everything a reader can trip on: quoted notes over several lines (LF, CRLF, a
  /// lone CR), doubled quotes, a quote inside an unquoted field, text after a closing quote,
  /// blank lines, too many fields, bad weeks and numbers, % signs, a byte order mark.
  private static func trickyFile(rows: Int, using random: inout SeededGenerator) -> String {
    let metrics = ["csat", "nps", "first-contact-resolution", " spaced ", "\"quoted\""]
    let breaks = ["\n", "\r\n", "\r"]
    let notes = [
      "", "plain", "\"with, comma\"", "\"two\nlines\"", "\"three\r\nlines\r\nhere\"", "\"lone\rcr\"",
      "\"say \"\"hi\"\"\nthen\"", "5\" screen", "\"after\"x", "\"\n\"", "\"a\nmetric,week,value\n\"",
    ]
    let values = ["4.1", "41", "-3", "88%", "4.25%", "nan", "1e3", "", " 7 ", "0.000001", "12345678901234567"]
    var text = Bool.random(using: &random) ? "\u{FEFF}" : ""
    text += "metric,week,value,note" + breaks[Int.random(in: 0..<3, using: &random)]
    for _ in 0..<rows {
      let metric = metrics[Int.random(in: 0..<metrics.count, using: &random)]
      let week = Int.random(in: 0..<10, using: &random) == 0 ? "2026-W99" : "2026-W\(twoDigits(Int.random(in: 1...52, using: &random)))"
      let value = values[Int.random(in: 0..<values.count, using: &random)]
      var row = "\(metric),\(week),\(value),\(notes[Int.random(in: 0..<notes.count, using: &random)])"
      if Int.random(in: 0..<20, using: &random) == 0 { row += ",extra" }
      text += row + breaks[Int.random(in: 0..<3, using: &random)]
      if Int.random(in: 0..<15, using: &random) == 0 { text += breaks[Int.random(in: 0..<3, using: &random)] }
    }
    return text
  }
}

private func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
