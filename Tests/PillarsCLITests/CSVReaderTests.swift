import Testing

@testable import PillarsCLI

/// The CSV reader behind `pillars import`: RFC 4180 fields, and the line each record starts on.
@Suite struct CSVReaderTests {
  /// Each record as its starting line and its fields' text.
  private func records(_ text: String) throws -> [Record] {
    var text = text
    return try text.withUTF8 { bytes in
      var reader = CSVReader(bytes)
      var fields: [CSVReader.Field] = []
      var records: [Record] = []
      while let line = try reader.next(into: &fields) {
        records.append(Record(line: line, fields: fields.map { reader.text(of: $0) }))
      }
      return records
    }
  }

  private struct Record: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
  }

  @Test func plainFieldsAndRecords() throws {
    #expect(try records("a,b,c\n1,2,3\n") == [Record(line: 1, fields: ["a", "b", "c"]), Record(line: 2, fields: ["1", "2", "3"])])
    // No line break at the end, and empty fields anywhere.
    #expect(try records(",x,\n,") == [Record(line: 1, fields: ["", "x", ""]), Record(line: 2, fields: ["", ""])])
  }

  @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
    let text = "name,note\n\"a, b\",\"she said \"\"hi\"\"\"\nc,\"two\nlines\"\nd,\"\"\n"
    #expect(try records(text) == [
      Record(line: 1, fields: ["name", "note"]),
      Record(line: 2, fields: ["a, b", "she said \"hi\""]),
      Record(line: 3, fields: ["c", "two\nlines"]),
      Record(line: 5, fields: ["d", ""]),
    ])
  }

  @Test func crlfAndLoneCRAreOneLineBreakEach() throws {
    #expect(try records("a\r\n\"x\r\ny\"\r\nb\rc\r\n") == [
      Record(line: 1, fields: ["a"]),
      Record(line: 2, fields: ["x\r\ny"]),
      Record(line: 4, fields: ["b"]),
      Record(line: 5, fields: ["c"]),
    ])
  }

  @Test func blankLinesAreRecordsOfOneEmptyField() throws {
    #expect(try records("a\n\n\nb\n") == [
      Record(line: 1, fields: ["a"]), Record(line: 2, fields: [""]), Record(line: 3, fields: [""]),
      Record(line: 4, fields: ["b"]),
    ])
  }

  @Test func aByteOrderMarkIsSkippedOnlyAtTheStart() throws {
    #expect(try records("\u{FEFF}metric\n\u{FEFF}x\n") == [Record(line: 1, fields: ["metric"]), Record(line: 2, fields: ["\u{FEFF}x"])])
  }

  @Test func aQuoteInsideAnUnquotedFieldIsKept() throws {
    #expect(try records("5\" screen,x\n") == [Record(line: 1, fields: ["5\" screen", "x"])])
  }

  @Test func textAfterAClosingQuoteIsToldButSpacesAreNot() throws {
    var text = "\"a\"b,\"c\"  ,d\n"
    let flags = text.withUTF8 { bytes in
      var reader = CSVReader(bytes)
      var fields: [CSVReader.Field] = []
      _ = try? reader.next(into: &fields)
      return fields.map(\.hasTextAfterQuote)
    }
    #expect(flags == [true, false, false])
  }

  @Test func anUnclosedQuoteNamesTheLineItOpensOn() throws {
    #expect(throws: CSVReader.UnclosedQuote(line: 3)) { try records("a\nb\n\"c,\nd\ne\n") }
    #expect(throws: CSVReader.UnclosedQuote(line: 1)) { try records("\"") }
  }

  @Test func emptyTextHasNoRecords() throws {
    #expect(try records("").isEmpty)
    #expect(try records("\u{FEFF}").isEmpty)
  }
}
