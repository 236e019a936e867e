import Foundation
import PillarsCore
import PillarsStore
import Testing

/// Each metric's weekly values in `history/<id>.json`, apart from its definition in `scorecard.json`.
@Suite("Metric histories on disk")
struct MetricHistoryStoreTests {
  let folder: TemporaryFolder
  let workspace: Workspace

  init() throws {
    folder = try TemporaryFolder()
    workspace = try SampleWorkspace.make()
    try WorkspaceStore.create(at: folder.url, with: workspace)
  }

  /// Rewrites the folder as schema 1 left it: the values inside `scorecard.json`, no history files.
  private func writeSchemaOneLayout() throws {
    let parsed = try JSONSerialization.jsonObject(with: Data(folder.bytes("scorecard.json")))
    var scorecard = try #require(parsed as? [String: Any])
    var metrics = try #require(scorecard["metrics"] as? [[String: Any]])
    for index in metrics.indices {
      let id = try #require(metrics[index]["id"] as? String)
      let history = try JSONSerialization.jsonObject(with: Data(folder.bytes("history/\(id).json"))) as? [String: Any]
      metrics[index]["observations"] = history?["observations"]
      try FileManager.default.removeItem(at: folder.url("history/\(id).json"))
    }
    scorecard["metrics"] = metrics
    scorecard["schemaVersion"] = 1
    let data = try JSONSerialization.data(withJSONObject: scorecard, options: [.prettyPrinted, .sortedKeys])
    try folder.write(Array(data), to: "scorecard.json")
  }

  @Test("recording a week rewrites that metric's history file and nothing else")
  func recordingTouchesOneFile() throws {
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    let others = try ["scorecard.json", "history/retention.json", "history/first-response.json"].map { try folder.bytes($0) }
    let week = try #require(ISOWeek("2026-W08"))
    changed.scorecard.metrics[1].record(97, for: week, note: "after the fix")
    let documents = changed.changedDocuments(since: workspace)
    #expect(documents == [.history("csat")])
    #expect(try store.save(changed, only: documents) == [.history("csat")])
    #expect(try ["scorecard.json", "history/retention.json", "history/first-response.json"].map { try folder.bytes($0) } == others)
    #expect(try folder.text("history/csat.json").contains("\"note\": \"after the fix\""))
    #expect(try WorkspaceStore(folder: folder.url).load().workspace == changed)
  }

  @Test("a schema 1 scorecard with its values inside loads, and its first save moves them into history files")
  func schemaOneScorecardMoves() throws {
    try writeSchemaOneLayout()
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.problems.isEmpty)
    #expect(loaded.workspace.scorecard.metrics.map(\.observations) == workspace.scorecard.metrics.map(\.observations))
    #expect(folder.names(in: "history") == [])

    // Recording one value saves one history; the others and the scorecard come along, so no value is left behind.
    var changed = loaded.workspace
    changed.scorecard.metrics[2].record(3, for: try #require(ISOWeek("2026-W09")))
    let written = try store.save(changed, only: [.history("retention")])
    #expect(written == [.scorecard, .history("csat"), .history("first-response"), .history("retention")])
    #expect(try !folder.text("scorecard.json").contains("observations"))
    #expect(try folder.text("scorecard.json").contains("\"schemaVersion\": 2"))
    let reloaded = try WorkspaceStore(folder: folder.url).load()
    #expect(reloaded.problems.isEmpty)
    #expect(reloaded.workspace.scorecard.metrics.map(\.observations) == changed.scorecard.metrics.map(\.observations))
    // Once moved, the next save writes only what changed.
    changed.scorecard.metrics[2].record(4, for: try #require(ISOWeek("2026-W10")))
    #expect(try store.save(changed, only: [.history("retention")]) == [.history("retention")])
  }

  @Test("deleting a metric removes its history file; a file for no metric is reported and kept")
  func deletedAndOrphanedHistories() throws {
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    changed.scorecard.metrics.removeAll { $0.id == "retention" }
    let documents = changed.changedDocuments(since: workspace)
    #expect(documents == [.scorecard, .history("retention")])
    try store.save(changed, only: documents)
    #expect(!folder.exists("history/retention.json"))

    let orphan = #"{"schemaVersion": 2, "metric": "churn", "observations": []}"#
    try folder.write(orphan, to: "history/churn.json")
    let reopened = WorkspaceStore(folder: folder.url)
    let loaded = try reopened.load()
    #expect(
      loaded.problems.map(\.rendered) == [
        "history/churn.json: warning: no metric on the scorecard has the id \"churn\", so these values are not loaded; add the metric back, or remove the file"
      ])
    #expect(try reopened.save(loaded.workspace) == [])
    #expect(try folder.text("history/churn.json") == orphan)
  }

  @Test("a history file naming another metric is refused and never written over")
  func mismatchedMetric() throws {
    let text = try folder.text("history/csat.json").replacing("\"metric\": \"csat\"", with: "\"metric\": \"nps\"")
    try folder.write(text, to: "history/csat.json")
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.unavailable == [.history("csat")])
    #expect(loaded.problems.map(\.finding.rule) == [.historyFileName])
    #expect(loaded.problems.first?.rendered.hasPrefix("history/csat.json:") == true)
    #expect(loaded.workspace.scorecard["csat"]?.observations == [])
    var changed = loaded.workspace
    changed.scorecard.metrics[1].record(90, for: try #require(ISOWeek("2026-W08")))
    #expect(throws: StoreError.unavailable(.history("csat"))) { try store.save(changed, only: [.history("csat")]) }
    #expect(try folder.text("history/csat.json") == text)
  }

  @Test("a broken history file leaves the metric's definition and the other histories usable")
  func brokenHistory() throws {
    try folder.write("{\"schemaVersion\": 2, \"metric\": \"csat\", \"observations\": [", to: "history/csat.json")
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.unavailable == [.history("csat")])
    #expect(loaded.workspace.scorecard.metrics.map(\.name) == workspace.scorecard.metrics.map(\.name))
    #expect(loaded.workspace.scorecard["retention"]?.observations == workspace.scorecard["retention"]?.observations)
    let today = try #require(CalendarDate("2026-02-20"))
    let checks = Checks.run(loaded.workspace, today: today, skipping: loaded.unavailable)
    #expect(!checks.contains { $0.document == .history("csat") || $0.message.hasPrefix("CSAT has no value") })
  }

  @Test("a value found twice for a week is placed in the history file")
  func duplicateWeekIsPlacedInTheHistory() throws {
    var changed = workspace
    let first = try #require(changed.scorecard.metrics[1].observations.first)
    changed.scorecard.metrics[1].observations.append(first)
    let store = WorkspaceStore(folder: folder.url)
    _ = try store.load()
    try store.save(changed, only: [.history("csat")])
    let loaded = try WorkspaceStore(folder: folder.url).load()
    let today = try #require(CalendarDate("2026-02-20"))
    let finding = try #require(Checks.run(loaded.workspace, today: today).first { $0.rule == .duplicateObservation })
    let count = changed.scorecard.metrics[1].observations.count
    #expect(loaded.locate(finding).rendered.hasPrefix("history/csat.json:"))
    #expect(loaded.locate(finding).rendered.contains(": error: observations[\(count - 1)].week: CSAT has two values"))
  }
}
