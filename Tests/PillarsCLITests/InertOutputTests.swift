import Foundation
import Testing

/// Text from documents, file names and arguments reaches the terminal only made inert: every
/// command's output, its errors, the argument parser's errors, CSV and JSON.
@Suite struct InertOutputTests {
  /// Escape sequences and controls a hostile document might carry: clear screen, window title,
  /// clipboard (OSC 52), hyperlink (OSC 8), bell, 8-bit CSI, a right-to-left override, a carriage
  /// return and backspaces that overwrite, DEL.
  static let hostile = [
    "\u{1B}[2J", "\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;aGk=\u{07}", "\u{1B}]8;;http://x.test\u{1B}\\link\u{1B}]8;;\u{1B}\\",
    "\u{07}", "\u{9B}31m", "\u{202E}dlrow", "safe\rEVIL", "abc\u{08}\u{08}", "\u{7F}", "\u{2066}iso\u{2069}",
  ]

  /// C0 controls other than line feed, DEL, C1 controls and bidirectional controls.
  static func liveCharacters(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      let v = scalar.value
      return (v < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// The example, with the first metric's id, name and unit and the second's name made hostile.
  private func hostileScorecard(_ mark: String) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    var scorecard = try #require(
      try JSONSerialization.jsonObject(with: Data(try folder.read("scorecard.json").utf8)) as? [String: Any])
    var metrics = try #require(scorecard["metrics"] as? [[String: Any]])
    metrics[0]["id"] = "nrr" + mark
    metrics[0]["name"] = "NRR " + mark
    metrics[0]["unit"] = "%" + mark
    metrics[1]["name"] = mark + "churn"
    scorecard["metrics"] = metrics
    try folder.write("scorecard.json", String(decoding: try JSONSerialization.data(withJSONObject: scorecard), as: UTF8.self))
    return folder
  }

  @Test("scorecard in text, CSV and JSON prints ids, names and units inert", arguments: hostile)
  func scorecardIsInert(_ mark: String) throws {
    let folder = try hostileScorecard(mark)
    for format in ["text", "csv", "json"] {
      let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", format])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [], "\(format)")
    }
  }

  @Test("JSON escapes every control as \\u and reads back as the document's text", arguments: hostile)
  func jsonEscapesControls(_ mark: String) throws {
    let folder = try hostileScorecard(mark)
    let scorecard = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(scorecard.stdout.utf8)) as? [String: Any])
    let names = (object["metrics"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    #expect(names.contains("NRR " + mark))
    let check = try PillarsBinary.run(["check", "-w", folder.path, "--format", "json"])
    #expect(Self.liveCharacters(in: check.stdout + check.stderr) == [])
    let findings = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
    #expect(findings.contains { ($0["message"] as? String)?.contains("nrr" + mark) == true })
  }

  @Test func jsonWritesC1BidiAndDeleteAsEscapes() throws {
    let folder = try hostileScorecard("\u{9B}\u{202E}\u{7F}\u{2028}")
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "json"])
    #expect(result.stdout.contains(#""NRR \u009b\u202e\u007f\u2028""#), "\(result.stdout)")
  }

  @Test("CSV cells are one line without controls; a leading tab or carriage return is guarded like =")
  func csvCellsAreFreeOfControls() throws {
    let folder = try hostileScorecard("\u{1B}[2J\r\n\t")
    var scorecard = try folder.read("scorecard.json")
    for (old, new) in [("Net promoter score", "\\t=1+1"), ("Expansion revenue", "\\r=cmd|' /C calc'!A0"), ("CSAT", "-2+3")] {
      scorecard = scorecard.replacingOccurrences(of: "\"\(old)", with: "\"\(new)")
    }
    try folder.write("scorecard.json", scorecard)
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "csv"])
    #expect(Self.liveCharacters(in: result.stdout) == [])
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 11, "every metric on one line: \(lines)")
    let names = lines.dropFirst().map { $0.split(separator: ",", maxSplits: 3).map(String.init)[2] }
    #expect(names.contains("' =1+1"), "\(names)")
    #expect(names.contains("'^M=cmd|' /C calc'!A0"), "\(names)")
    #expect(names.contains("'-2+3"), "\(names)")
    #expect(names.contains { $0.hasPrefix("NRR ^[[2J") }, "\(names)")
  }

  @Test("record's \"did you mean\" and known metrics list show ids inert", arguments: hostile)
  func recordSuggestionsAreInert(_ mark: String) throws {
    let folder = try hostileScorecard(mark)
    let result = try PillarsBinary.run(["record", "nrx" + mark, "4", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Known metrics: "), "\(result.stderr)")
    #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [])
  }

  @Test("a store error quoting a folder with controls in its name prints it inert")
  func storeErrorsQuotePathsInert() throws {
    let parent = try TemporaryFolder()
    let folder = parent.file("team\u{1B}]0;pwned\u{07}\u{202E}")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for command in [["check"], ["scorecard"], ["record", "csat", "4"], ["export"]] {
      let result = try PillarsBinary.run(command + ["-w", folder.path])
      #expect(result.status != 0)
      #expect(result.stderr.contains("team^[]0;pwned^G<RLO> is not a Pillars workspace"), "\(result.stderr)")
      #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [], "\(command)")
    }
  }

  @Test("export's note about a file it left out names the file inert")
  func exportNoteIsInert() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    try folder.write("journeys/x\u{1B}[2J\u{9B}\u{202E}.json", "{}")
    try folder.write("history/y\u{1B}]52;c;aGk=\u{07}.json", "not json")
    let result = try PillarsBinary.run(["export", "-w", folder.path, "--out", folder.file("out").path])
    #expect(result.stderr.hasPrefix("note: "), "\(result.stderr)")
    #expect(result.stderr.contains("x^[[2J<U+009B><RLO>.json"), "\(result.stderr)")
    #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [])
    let check = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(Self.liveCharacters(in: check.stdout + check.stderr) == [])
  }

  @Test("the argument parser's own errors quote arguments inert")
  func argumentErrorsAreInert() throws {
    let folder = try TemporaryFolder()
    for arguments in [
      ["scorecard", "--format", "\u{1B}[2J"], ["scorecard", "--weeks", "\u{9B}5"], ["\u{1B}]0;x\u{07}"],
      ["check", "--\u{202E}strict"], ["export", "--only", "no\u{1B}[2Jpage"],
    ] {
      let result = try PillarsBinary.run(arguments + ["-w", folder.path])
      #expect(result.status != 0)
      #expect(!result.stderr.isEmpty)
      #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [], "\(arguments)")
    }
  }
}
