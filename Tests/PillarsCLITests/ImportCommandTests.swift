import Foundation
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
}

/// The week of the tests' day, 2026-11-18.
private func thisWeek() throws -> ISOWeek { try #require(ISOWeek("2026-W47")) }

/// The example scorecard as `pillars init --example` writes it on the tests' day.
private func exampleScorecard() throws -> ScorecardDocument {
  ExampleWorkspace.make(today: try #require(CalendarDate("2026-11-18"))).scorecard
}
