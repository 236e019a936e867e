import Foundation
import Glibc
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

@testable import PillarsCLI

/// `pillars import`: the whole file checked first, then written at once or not at all.
@Suite struct ImportCommandTests {
  @Test func importsWeeksDatesQuotedNotesAndReplacements() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let promise = try folder.read("promise.json")
    try folder.write(
      "values.csv",
      """
      metric,week,value,note
      csat,2026-W47,4.4,"after the queue fix, finally"
      nps,2026-W47,41,"two lines
      of note"
      csat,2026-W46,4.3,
      first-contact-resolution,2026-W47,61%,

      """)
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Imported 4 values for 3 metrics (1 replaced an earlier value)\n")
    let scorecard = try WorkspaceStore(folder: URL(fileURLWithPath: folder.path)).load().workspace.scorecard
    let week47 = try #require(ISOWeek("2026-W47")), week46 = try #require(ISOWeek("2026-W46"))
    #expect(scorecard["csat"]?.observation(for: week47) == Observation(week: week47, value: 4.4, note: "after the queue fix, finally"))
    #expect(scorecard["nps"]?.observation(for: week47)?.note == "two lines\nof note")
    #expect(scorecard["first-contact-resolution"]?.observation(for: week47)?.value == 61)
    // A replaced week without a note keeps the note it had.
    let example = try exampleScorecard()["csat"]?.observation(for: week46)
    #expect(scorecard["csat"]?.observation(for: week46) == Observation(week: week46, value: 4.3, note: example?.note))
    #expect(try folder.read("promise.json") == promise)
  }

  @Test func aDateColumnIsRecordedInItsISOWeek() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    // 2027-01-01 is a Friday in ISO week 2026-W53.
    try folder.write("values.csv", "Date,Metric,Value\n2027-01-01,nps,44\n")
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path], today: "2027-01-04")
    #expect(result.status == 0, "\(result.stderr)")
    let scorecard = try WorkspaceStore(folder: URL(fileURLWithPath: folder.path)).load().workspace.scorecard
    #expect(scorecard["nps"]?.observation(for: try #require(ISOWeek("2026-W53")))?.value == 44)
  }

  @Test func everyBadRowIsListedByLineAndNothingIsWritten() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try ["scorecard.json", "history/csat.json", "history/nps.json"].map { try folder.read($0) }
    try folder.write(
      "values.csv",
      """
      metric,week,value,note
      csat,2026-W47,4.4,"a note
      over two lines"
      csta,2026-W47,4.1,
      nps,2026-W60,40,
      nps,2026-W47,forty,
      csat,2026-W47,4.5,
      resolution-rate,2026-W47,nan,

      """)
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path])
    #expect(result.status != 0)
    let file = folder.path + "/values.csv"
    #expect(result.stderr == """
      Error: 5 bad rows; nothing was imported
        \(file):4: unknown metric "csta"
        \(file):5: "2026-W60" is not an ISO week written YYYY-Www
        \(file):6: "forty" is not a number
        \(file):7: csat for 2026-W47 is already on line 2
        \(file):8: "nan" is not a number

      """)
    #expect(try ["scorecard.json", "history/csat.json", "history/nps.json"].map { try folder.read($0) } == before)
  }

  @Test(arguments: [
    ("week,value\n2026-W47,4\n", "line 1: header: no metric column"),
    ("metric,week,value,owner\ncsat,2026-W47,4\n", "line 1: header: unknown column \"owner\""),
    ("metric,week,date,value\n", "line 1: header: both a week and a date column; keep one"),
    ("metric,value\ncsat,4\n", "line 1: header: no week or date column"),
    ("metric,date,value\ncsat,2026-13-01,4\n", "line 2: \"2026-13-01\" is not a date written YYYY-MM-DD"),
    ("metric,week,value\ncsat,2026-W47,4,extra\n", "line 2: 4 fields, but the header names 3"),
    ("metric,week,value\ncsat,,\n", "line 2: no week; no value"),
    ("metric,week,value\ncsat,2026-W47,4\n\"csat,2026-W48,4\n", "line 3: a quoted field opens here and is never closed"),
  ])
  func checksTheHeaderAndEachField(csv: String, problem: String) throws {
    let plan = ObservationImport(csv: csv, scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.problems.map(\.description).contains { $0.hasPrefix(problem) }, "\(plan.problems)")
    #expect(plan.entries.isEmpty)
  }

  @Test("values that cannot be true are listed by line and nothing is written: outside the scale, or in a week to come")
  func impossibleValuesAreRefused() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try ["history/csat.json", "history/nps.json", "history/first-contact-resolution.json"].map { try folder.read($0) }
    try folder.write(
      "values.csv",
      """
      metric,week,value
      csat,2026-W47,4.4
      csat,2026-W46,44
      nps,2026-W48,40
      first-contact-resolution,2026-W47,140%
      nps,2026-W47,-101
      csat,2026-W45,0.5

      """)
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path])
    #expect(result.status != 0)
    let file = folder.path + "/values.csv"
    #expect(result.stderr == """
      Error: 5 bad rows; nothing was imported
        \(file):3: 44 is outside the scale of CSAT (1 to 5)
        \(file):4: 2026-W48 has not started yet; values can be recorded up to this week, 2026-W47
        \(file):5: 140% is outside the scale of First contact resolution (0 to 100)
        \(file):6: -101 is outside the scale of Net promoter score (-100 to 100)
        \(file):7: 0.5 is outside the scale of CSAT (1 to 5)

      """)
    #expect(try ["history/csat.json", "history/nps.json", "history/first-contact-resolution.json"].map { try folder.read($0) } == before)
  }

  @Test func aByteOrderMarkAndSpacedHeaderAreRead() throws {
    let plan = ObservationImport(csv: "\u{FEFF}Metric , Week , Value\ncsat, 2026-w47 , 4.2\n", scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.problems.isEmpty)
    #expect(plan.entries == [.init(line: 2, metric: "csat", week: try #require(ISOWeek("2026-W47")), value: 4.2, note: nil)])
  }

  @Test func blankLinesAreSkippedAndCRLFCountsAsOneLine() throws {
    let plan = ObservationImport(
      csv: "metric,week,value\r\n\r\ncsat,2026-W47,4.1\r\ncsat,2026-W47,oops\r\n", scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.entries.map(\.line) == [3])
    #expect(plan.problems.map(\.description) == ["line 4: \"oops\" is not a number"])
  }

  @Test(arguments: [
    ("csat,2026-W47,4.1\u{0}\n", "line 2: the value holds a control character (U+0000)"),
    ("csat,2026-W47,\"4\u{7}.1\"\n", "line 2: the value holds a control character (U+0007)"),
    ("csat,2026-W47,4.\u{85}1\n", "line 2: the value holds a control character (U+0085)"),
    ("cs\u{0}at,2026-W47,4.1\n", "line 2: the metric holds a control character (U+0000)"),
    ("csat,2026-W4\u{1B}7,4.1\n", "line 2: the week holds a control character (U+001B)"),
    ("\"csat\",\"2026-W47\u{0}\",4.1\n", "line 2: the week holds a control character (U+0000)"),
  ])
  func aControlCharacterInAFieldRefusesTheRow(row: String, problem: String) throws {
    let plan = ObservationImport(csv: "metric,week,value\n" + row, scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.problems.map(\.description) == [problem])
    #expect(plan.entries.isEmpty)
  }

  @Test func aControlCharacterInADateIsRefusedToo() throws {
    let plan = ObservationImport(csv: "metric,date,value\ncsat,2026-11-\u{0}18,4\n", scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.problems.map(\.description) == ["line 2: the date holds a control character (U+0000)"])
  }

  @Test func textAfterAClosingQuoteRefusesTheRow() throws {
    let plan = ObservationImport(csv: "metric,week,value\n\"csat\"x,2026-W47,4\n", scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.problems.map(\.description) == ["line 2: text after the closing quote of a quoted field"])
  }

  @Test func aPercentSignIsANumberOnlyForPercentMetrics() throws {
    let plan = ObservationImport(
      csv: "metric,week,value\nresolution-rate,2026-W47,88%\ncsat,2026-W47,4%\nnope,2026-W47,4%\n", scorecard: try exampleScorecard(), currentWeek: try thisWeek())
    #expect(plan.entries.map(\.value) == [88])
    #expect(plan.problems.map(\.description) == [
      "line 3: \"4%\" is not a number", "line 4: unknown metric \"nope\"; \"4%\" is not a number",
    ])
  }

  @Test func aHistoryOutOfOrderIsMergedAsRecordingEachValueWould() throws {
    let weeks = try [1, 2, 3, 4, 5, 6].map { try #require(ISOWeek(year: 2026, week: $0)) }
    var metric = Metric(id: "csat", name: "CSAT", layer: .experience)
    // Weeks out of order and one given twice, as a hand-edited file may have them.
    metric.observations = [
      Observation(week: weeks[2], value: 3, note: "third"), Observation(week: weeks[0], value: 1, note: "first"),
      Observation(week: weeks[2], value: 3.5), Observation(week: weeks[4], value: 5),
    ]
    let scorecard = ScorecardDocument(metrics: [metric])
    let plan = ObservationImport(
      csv: "metric,week,value,note\ncsat,2026-W06,6,\ncsat,2026-W03,33,\ncsat,2026-W02,2,new\ncsat,2026-W01,11,kept?\n",
      scorecard: scorecard, currentWeek: try thisWeek())
    #expect(plan.problems.isEmpty)
    let merge = plan.merged(into: scorecard)
    var expected = metric
    for entry in plan.entries {
      if let slot = expected.observations.firstIndex(where: { $0.week == entry.week }) {
        expected.observations[slot] = Observation(week: entry.week, value: entry.value, note: entry.note ?? expected.observations[slot].note)
      } else {
        expected.record(entry.value, for: entry.week, note: entry.note)
      }
    }
    #expect(merge.scorecard.metrics[0].observations == expected.observations)
    #expect(merge.replaced == 2)
  }

  @Test func manyMetricsAreEachFoundAgainByName() throws {
    // More names than the first table holds, each met twice, so the lookup grows and finds them.
    let ids = (1...300).map { "metric-\($0)" }
    let scorecard = ScorecardDocument(metrics: ids.map { Metric(id: MetricID(rawValue: $0), name: $0, layer: .operational) })
    let rows = ["2026-W46", "2026-W47"].flatMap { week in ids.map { "\($0),\(week),\($0.dropFirst(7))" } }
    let plan = ObservationImport(csv: "metric,week,value\n" + rows.joined(separator: "\n"), scorecard: scorecard, currentWeek: try thisWeek())
    #expect(plan.problems.isEmpty)
    #expect(plan.entries.count == 600)
    #expect(plan.entries.allSatisfy { "metric-\(Int($0.value))" == $0.metric.rawValue })
    #expect(plan.metrics.map(\.rawValue) == ids)
  }

  @Test(arguments: [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82]])
  func aFileThatIsNotUTF8IsRefusedWhole(bad: [UInt8]) throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try folder.read("history/csat.json")
    let bytes = Array("metric,week,value,note\ncsat,2026-W47,4.4,caf".utf8) + bad + Array("\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/values.csv"))
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr == "Error: \(folder.path)/values.csv is not UTF-8 text\n")
    #expect(try folder.read("history/csat.json") == before)
  }

  @Test func aBadFileIsToldWhileAnotherProcessHoldsTheLock() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    try folder.write("values.csv", "metric,wek,value\ncsat,2026-W47,4\n")
    // This test holds the workspace lock, as a long import in another terminal would.
    let descriptor = open(folder.path + "/.pillars/lock", O_RDWR | O_CREAT, 0o666)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try #require(flock(descriptor, LOCK_EX) == 0)
    let process = Process()
    process.executableURL = PillarsBinary.url
    process.arguments = ["import", folder.path + "/values.csv", "-w", folder.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Not a timing: a bound, so that an import waiting for the lock fails here instead of hanging.
    let bound = Date().addingTimeInterval(60)
    while process.isRunning && Date() < bound { usleep(20_000) }
    let answeredWhileLocked = !process.isRunning
    flock(descriptor, LOCK_UN)
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(answeredWhileLocked)
    #expect(process.terminationStatus != 0)
    #expect(stderr.contains("values.csv:1: header: no week or date column; unknown column \"wek\""), "\(stderr)")
  }

  /// 20 000 seeded rows over the example's metrics, with quoted notes over several lines, CRLF
  /// line ends and % signs: every value lands in its week, and a bad last row is named by its line.
  @Test func aSeededSampleOf20000RowsIsRecordedExactly() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try WorkspaceStore(folder: URL(fileURLWithPath: folder.path)).load().workspace.scorecard
    let sample = SeededSample(scorecard: before, rows: 20_000, lastWeek: try #require(ISOWeek("2026-W47")))

    // The same rows, and one repeated at the end: refused by its line, nothing written.
    let histories = try before.metrics.map { try folder.read("history/\($0.id.rawValue).json") }
    try folder.write("bad.csv", sample.csv + sample.repeatedFirstRow)
    let refused = try PillarsBinary.run(["import", folder.path + "/bad.csv", "-w", folder.path])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("bad.csv:\(sample.nextLine): \(sample.firstRowKey) is already on line 2\n"), "\(refused.stderr)")
    #expect(try before.metrics.map { try folder.read("history/\($0.id.rawValue).json") } == histories)

    try folder.write("values.csv", sample.csv)
    let result = try PillarsBinary.run(["import", folder.path + "/values.csv", "-w", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Imported 20000 values for \(before.metrics.count) metrics (\(sample.replaced) replaced an earlier value)\n")
    // The old contents kept while the files were replaced are all gone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/history").filter { $0.hasPrefix(".") } == [])
    let after = try WorkspaceStore(folder: URL(fileURLWithPath: folder.path)).load().workspace.scorecard
    for metric in before.metrics {
      let observations = try #require(after[metric.id]).observations
      let expected = sample.expected[metric.id] ?? [:]
      let kept = metric.observations.filter { expected[$0.week] == nil }
      #expect(observations.count == expected.count + kept.count, "\(metric.id)")
      #expect(zip(observations, observations.dropFirst()).allSatisfy { $0.week < $1.week }, "\(metric.id)")
      let byWeek = Dictionary(observations.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })
      #expect(expected.values.filter { byWeek[$0.week] != $0 }.isEmpty, "\(metric.id)")
      #expect(kept.filter { byWeek[$0.week] != $0 }.isEmpty, "\(metric.id)")
    }
  }
}

/// A seeded CSV file of weekly values for every metric of a scorecard, week after week up to
/// `lastWeek`, with what importing it should leave.
private struct SeededSample {
  var csv = "week,metric,note,value\r\n"
  var expected: [MetricID: [ISOWeek: Observation]] = [:]
  /// How many rows give a week that already has a value.
  var replaced = 0
  /// The line after the last row.
  var nextLine = 2
  var repeatedFirstRow = ""
  var firstRowKey = ""

  init(scorecard: ScorecardDocument, rows: Int, lastWeek: ISOWeek) {
    var random = SeededGenerator(seed: 13)
    let weeks = (rows + scorecard.metrics.count - 1) / scorecard.metrics.count
    var written = 0
    for offset in (0..<weeks).reversed() {
      let week = lastWeek.adding(weeks: -offset)
      for metric in scorecard.metrics where written < rows {
        // Hundredths within the metric's scale, where it has one: a value outside it is refused.
        let hundredths = metric.scale.map { Int(($0.lowest * 100).rounded(.up))...Int(($0.highest * 100).rounded(.down)) }
        let value = Double(Int.random(in: hundredths ?? -5_000...100_000, using: &random)) / 100
        var valueText = "\(value)"
        if metric.unit == "%" && written % 3 == 0 { valueText += "%" }
        var note: String?
        var noteText = ""
        switch written % 40 {
        case 7: (note, noteText) = ("after the queue fix, finally", "\"after the queue fix, finally\"")
        case 11: (note, noteText) = ("two lines\nof note", "\"two lines\nof note\"")
        case 13: (note, noteText) = ("three\r\nlines, \"quoted\"\r\nhere", "\"three\r\nlines, \"\"quoted\"\"\r\nhere\"")
        default: break
        }
        let row = "\(week),\(metric.id.rawValue),\(noteText),\(valueText)\r\n"
        if written == 0 {
          repeatedFirstRow = row
          firstRowKey = "\(metric.id.rawValue) for \(week)"
        }
        csv += row
        nextLine += 1 + noteText.filter { $0 == "\n" || $0 == "\r\n" }.count
        let earlier = metric.observation(for: week)
        if earlier != nil { replaced += 1 }
        expected[metric.id, default: [:]][week] = Observation(week: week, value: value, note: note ?? earlier?.note)
        written += 1
      }
    }
  }
}

/// The week of the tests' day, 2026-11-18.
private func thisWeek() throws -> ISOWeek { try #require(ISOWeek("2026-W47")) }

/// The example scorecard as `pillars init --example` writes it on the tests' day.
private func exampleScorecard() throws -> ScorecardDocument {
  ExampleWorkspace.make(today: try #require(CalendarDate("2026-11-18"))).scorecard
}
