import Foundation
import PillarsCore
import PillarsStore
import Testing

/// One file of BadDocuments/, the document it stands in for, and the line `pillars check` prints.
struct BadDocument: CustomTestStringConvertible, Sendable {
  var file: String
  /// Where the file goes in the workspace folder.
  var path: String
  var rendered: String

  init(_ file: String, as path: String, _ rendered: String) {
    self.file = file
    self.path = path
    self.rendered = rendered
  }

  var testDescription: String { file }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadDocuments")

  static let all: [BadDocument] = [
    BadDocument("invalid-json.json", as: "promise.json", #"promise.json:4:3: error: missing "," after the value of "sentence""#),
    BadDocument("trailing-comma.json", as: "segments.json", #"segments.json:5:51: error: trailing comma before "]"; remove it"#),
    BadDocument(
      "wrong-type.json", as: "journeys/onboarding.json",
      #"journeys/onboarding.json:10:67: error: stages[0].touchpoints[0].emotion: expected a whole number, found "high""#),
    BadDocument(
      "missing-field.json", as: "scorecard.json", #"scorecard.json:5:5: error: metrics[1]: missing required field "name""#),
    BadDocument(
      "unknown-enum.json", as: "journeys/onboarding.json",
      #"journeys/onboarding.json:10:67: error: stages[0].touchpoints[0].promise: "sometimes" is not one of: kept, at-risk, broken, not-applicable"#
    ),
    BadDocument(
      "invalid-utf8.json", as: "pillars.json", "pillars.json:4:48: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8"),
    BadDocument(
      "bom.json", as: "promise.json",
      "promise.json:1:1: error: the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    BadDocument("empty.json", as: "reviews/2026-W07.json", "reviews/2026-W07.json:1:1: error: the file is empty"),
    BadDocument(
      "duplicate-key.json", as: "segments.json",
      #"segments.json:8:7: error: duplicate key "name" (first at line 6, column 7)"#),
    BadDocument(
      "deep-nesting.json", as: "promise.json", "promise.json:3:525: error: arrays and objects nest deeper than 512 levels"),
    BadDocument(
      "truncated.json", as: "journeys/onboarding.json",
      "journeys/onboarding.json:10:45: error: the file ends inside a string (opened at line 10, column 40)"),
    BadDocument(
      "huge-number.json", as: "segments.json",
      "segments.json:4:65: error: segments[0].fit: number too large: 99999999999999999999"),
    BadDocument(
      "control-character.json", as: "pillars.json",
      #"pillars.json:4:48: error: a string cannot hold the control character U+0009 as it is; write it as \t"#),
    BadDocument(
      "newer-schema.json", as: "scorecard.json",
      "scorecard.json:2:20: error: schemaVersion: written by a newer Pillars (schema 3); this build reads schema 2 — it is shown read-only and never rewritten"
    ),
    BadDocument(
      "bad-week.json", as: "scorecard.json",
      #"scorecard.json:9:33: error: metrics[0].observations[0].week: expected an ISO week written YYYY-Www, found "2026-7""#),
    BadDocument(
      "top-level-array.json", as: "workspace.json", "workspace.json:1:1: error: expected an object, found an array"),
    BadDocument(
      "missing-schema-version.json", as: "promise.json",
      #"promise.json:1:1: error: missing required field "schemaVersion""#),
    BadDocument("comment.json", as: "workspace.json", "workspace.json:3:3: error: comments are not allowed in JSON"),
    BadDocument(
      "fraction.json", as: "segments.json", "segments.json:4:65: error: segments[0].fit: expected a whole number, found 3.5"),
    // Numbers past the model's ranges: refused when read, so nothing downstream overflows.
    BadDocument("emotion-past-range.json", as: "journeys/onboarding.json",
      "journeys/onboarding.json:10:67: error: stages[0].touchpoints[0].emotion: must be between -2 and 2, found 9223372036854775807"),
    BadDocument("reach-past-range.json", as: "journeys/onboarding.json",
      "journeys/onboarding.json:10:65: error: stages[0].touchpoints[0].reach: must be between 0 and 100 (percent of customers), found 1e+308"),
    BadDocument("fit-past-range.json", as: "segments.json",
      "segments.json:4:65: error: segments[0].fit: must be between 1 and 5, found -9223372036854775808"),
    BadDocument("score-past-range.json", as: "segments.json",
      "segments.json:4:98: error: segments[0].attractiveness.growth: must be between 1 and 5, found 6"),
    BadDocument("value-past-range.json", as: "scorecard.json",
      "scorecard.json:9:54: error: metrics[0].observations[0].value: must be between -1e15 and 1e15, found 1e+308"),
    BadDocument("value-past-range-history.json", as: "history/csat.json",
      "history/csat.json:6:35: error: observations[1].value: must be between -1e15 and 1e15, found -1e+308"),
    BadDocument("target-past-range.json", as: "scorecard.json",
      "scorecard.json:9:17: error: metrics[0].target: must be between -1e15 and 1e15, found -1e+16"),
    BadDocument("scale-upside-down.json", as: "scorecard.json",
      "scorecard.json:9:41: error: metrics[0].scale.highest: must be above lowest (5), found 1"),
  ]
}

@Suite("Documents broken by hand")
struct BadDocumentTests {
  @Test("each broken document is reported at its place, and the others still load", arguments: BadDocument.all)
  func report(_ bad: BadDocument) throws {
    let folder = try TemporaryFolder()
    let sample = try SampleWorkspace.make()
    try WorkspaceStore.create(at: folder.url, with: sample)
    let contents = try Data(contentsOf: BadDocument.folder.appendingPathComponent(bad.file))
    let document = try #require(DocumentRef(path: bad.path))
    try folder.write(Array(contents), to: bad.path)

    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.problems.map(\.rendered) == [bad.rendered])
    #expect(loaded.problems.map(\.finding.severity) == [.error])

    var expected = sample
    // Without a usable scorecard no history file has a metric to belong to: they are kept, untouched.
    let histories = document == .scorecard ? Set(sample.scorecard.metrics.map { DocumentRef.history($0.id) }) : []
    if bad.file == "newer-schema.json" {
      #expect(loaded.readOnly == [document])
      #expect(loaded.unavailable == histories)
      expected.scorecard = ScorecardDocument(metrics: [], schemaVersion: 3)
    } else {
      #expect(loaded.unavailable == histories.union([document]))
      #expect(loaded.readOnly.isEmpty)
      switch document.kind {
      case .manifest: expected.manifest = WorkspaceManifest(name: folder.url.lastPathComponent)
      case .pillars: expected.pillars = PillarsDocument()
      case .promise: expected.promise = PromiseDocument()
      case .segments: expected.segments = SegmentsDocument()
      case .scorecard: expected.scorecard = ScorecardDocument()
      case .history:
        if let index = expected.scorecard.metrics.firstIndex(where: { $0.id.rawValue == document.key }) {
          expected.scorecard.metrics[index].observations = []
        }
      case .journey: expected.journeys.removeAll { $0.id.rawValue == document.key }
      case .review: expected.reviews.removeAll { $0.week.description == document.key }
      default: Issue.record("no broken sample of a \(document.kind) document")
      }
    }
    #expect(loaded.workspace == expected)
    #expect(try store.save(loaded.workspace) == [])
    #expect(try folder.bytes(document.path) == Array(contents))
  }
}
