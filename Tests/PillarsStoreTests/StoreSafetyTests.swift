import Foundation
import Glibc
import PillarsCore
import Testing

@testable import PillarsStore

/// What the store does when files, ids and other processes are hostile or unlucky: nothing is
/// written outside the workspace, no value is dropped, and a change to several files is all or nothing.
@Suite("Saving safely")
struct StoreSafetyTests {
  let folder: TemporaryFolder
  let workspace: Workspace

  init() throws {
    folder = try TemporaryFolder()
    workspace = try SampleWorkspace.make()
    try WorkspaceStore.create(at: folder.url, with: workspace)
  }

  /// Rewrites `scorecard.json` as schema 1 did, with each metric's values inside it and no
  /// history files, and with `extra` metrics (id → values) added.
  private func writeSchemaOne(extra: [(id: String, values: [Double])] = []) throws {
    let parsed = try JSONSerialization.jsonObject(with: Data(folder.bytes("scorecard.json")))
    var scorecard = try #require(parsed as? [String: Any])
    var metrics = try #require(scorecard["metrics"] as? [[String: Any]])
    for index in metrics.indices {
      let id = try #require(metrics[index]["id"] as? String)
      let history = try JSONSerialization.jsonObject(with: Data(folder.bytes("history/\(id).json"))) as? [String: Any]
      metrics[index]["observations"] = history?["observations"]
      try FileManager.default.removeItem(at: folder.url("history/\(id).json"))
    }
    for metric in extra {
      let observations = metric.values.enumerated().map { ["week": "2026-W0\($0.offset + 1)", "value": $0.element] }
      metrics.append([
        "id": metric.id, "name": "Planted", "layer": "outcome", "direction": "up", "observations": observations,
      ])
    }
    scorecard["metrics"] = metrics
    scorecard["schemaVersion"] = 1
    let data = try JSONSerialization.data(withJSONObject: scorecard, options: [.prettyPrinted, .sortedKeys])
    try folder.write(Array(data), to: "scorecard.json")
  }

  private func week(_ text: String) throws -> ISOWeek { try #require(ISOWeek(text)) }

  // MARK: - Ids that cannot name a file

  @Test("ids that break the id grammar never become files, even while other values are recorded")
  func hostileIds() throws {
    let hostile = ["../../escaped", "../escaped", "CSAT", "", "a/b", "nul\u{0}cut", String(repeating: "a", count: 81)]
    try writeSchemaOne(extra: hostile.map { ($0, [1, 2]) })
    // The workspace sits two folders down in a folder of its own, so anything written outside it shows.
    let outside = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: outside.path("a"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: folder.path, toPath: outside.path("a/ws"))
    defer { try? FileManager.default.moveItem(atPath: outside.path("a/ws"), toPath: folder.path) }
    func everything() throws -> [String] {
      try FileManager.default.subpathsOfDirectory(atPath: outside.path).filter { !$0.hasPrefix("a/ws/") }.sorted()
    }
    let before = try everything()
    let scorecard = try outside.bytes("a/ws/scorecard.json")

    let store = WorkspaceStore(folder: outside.url("a/ws"))
    let loaded = try store.load()
    for id in hostile { #expect(loaded.unavailable.contains(.history(MetricID(id))), "\(id) is read-only") }

    // Recording a well-named metric writes its file only: the scorecard, which still holds the
    // planted metrics' values, is left as it is.
    var changed = loaded.workspace
    let csat = try #require(changed.scorecard.metrics.firstIndex { $0.id == "csat" })
    changed.scorecard.metrics[csat].record(91, for: try week("2026-W09"))
    #expect(try store.save(changed, only: [.history("csat")]) == [.history("csat")])
    #expect(try outside.bytes("a/ws/scorecard.json") == scorecard)
    #expect(try everything() == before)
    #expect(outside.names(in: "a/ws/history") == ["csat.json"])

    // A value recorded for a planted metric is refused by name.
    let planted = try #require(changed.scorecard.metrics.firstIndex { $0.id == "a/b" })
    changed.scorecard.metrics[planted].record(3, for: try week("2026-W09"))
    #expect(throws: StoreError.invalidFileName(.history("a/b"))) { try store.save(changed, only: [.history("a/b")]) }

    // Changing the scorecard itself would drop the planted values, which have nowhere to go: refused.
    changed.scorecard.metrics[csat].owner = "Someone new"
    #expect(throws: StoreError.self) { try store.save(changed, only: [.scorecard]) }
    #expect(try outside.bytes("a/ws/scorecard.json") == scorecard)
    #expect(try everything() == before)
    #expect(DocumentRef.history("../../escaped").storedPath == nil)
    #expect(DocumentRef.journey("Onboarding").storedPath == nil)
    #expect(DocumentRef.history("csat").storedPath == "history/csat.json")
  }

  // MARK: - Values inside a schema 1 scorecard

  @Test("an unreadable history file keeps the values inside a schema 1 scorecard where they are")
  func unreadableHistoryKeepsInlineValues() throws {
    try writeSchemaOne()
    try folder.write("{ this is not json", to: "history/csat.json")
    let scorecard = try folder.bytes("scorecard.json")
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace

    // Recording another metric writes that metric's file; CSAT's values stay in scorecard.json.
    let retention = try #require(changed.scorecard.metrics.firstIndex { $0.id == "retention" })
    changed.scorecard.metrics[retention].record(40, for: try week("2026-W09"))
    #expect(try store.save(changed, only: [.history("retention")]) == [.history("retention")])
    #expect(try folder.bytes("scorecard.json") == scorecard)
    #expect(try folder.text("history/csat.json") == "{ this is not json")

    // A save that needs the scorecard says why it cannot, and writes nothing.
    changed.scorecard.metrics[retention].name = "Renewals"
    let error = try #require(throws: StoreError.self) { try store.save(changed, only: [.scorecard]) }
    #expect(error.description.contains("\"csat\""))
    #expect(error.description.contains("history/csat.json is there but could not be loaded"))
    #expect(try folder.bytes("scorecard.json") == scorecard)

    // Once the file is fixed (here: removed), the values move out on the next save.
    try FileManager.default.removeItem(at: folder.url("history/csat.json"))
    let fixed = WorkspaceStore(folder: folder.url)
    var again = try fixed.load().workspace
    #expect(again.scorecard["csat"]?.observations == workspace.scorecard["csat"]?.observations)
    again.scorecard.metrics[retention].name = "Renewals"
    #expect(try fixed.save(again, only: [.scorecard]).contains(.history("csat")))
    #expect(try WorkspaceStore(folder: folder.url).load().workspace.scorecard["csat"]?.observations
      == workspace.scorecard["csat"]?.observations)
  }

  // MARK: - Several files as one change

  @Test("a file changed on disk part-way through a save of several files undoes the files already replaced")
  func outsideEditPartWay() throws {
    let documents: [DocumentRef] = [.history("csat"), .history("first-response"), .history("retention")]
    let before = try documents.map { try folder.bytes($0.path) }
    var replacement = Replacement(root: folder.path)
    for document in documents {
      try replacement.prepare(document, path: folder.path(document.path), bytes: Array("{\"new\": true}\n".utf8))
    }
    // Someone saves the second file while the first is being replaced.
    var asked: [DocumentRef] = []
    #expect(throws: StoreError.changedOnDisk(.history("first-response"))) {
      try replacement.commit { document in
        asked.append(document)
        if document == .history("first-response") {
          try? folder.write("edited elsewhere", to: document.path)
          return false
        }
        return true
      }
    }
    #expect(asked == [.history("csat"), .history("first-response")])
    #expect(try folder.bytes("history/csat.json") == before[0])
    #expect(try folder.text("history/first-response.json") == "edited elsewhere")
    #expect(try folder.bytes("history/retention.json") == before[2])
    #expect(folder.names(in: "history") == ["csat.json", "first-response.json", "retention.json"])
    #expect(!folder.exists(".pillars/journal.json"))
  }

  /// Leaves the files as a process killed part-way through replacing them would: the journal, the
  /// first file replaced with its old contents kept beside it, the others' new contents waiting.
  private func interruptedSave(losing lostTemporary: Bool) throws -> [String: [UInt8]] {
    let dead = "2147483646"
    let documents = ["history/csat.json", "history/first-response.json", "history/retention.json"]
    var old: [String: [UInt8]] = [:]
    var steps: [String] = []
    for (index, path) in documents.enumerated() {
      old[path] = try folder.bytes(path)
      let name = String(path.dropFirst("history/".count))
      let temporary = ".\(name).pillars-tmp-\(dead)-\(index)a"
      let backup = ".\(name).pillars-old-\(dead)-\(index)b"
      try folder.write("{\"new\": \(index)}\n", to: "history/" + temporary)
      steps.append(
        "{\"document\": \"\(path)\", \"temporary\": \"\(temporary)\", \"backup\": \"\(backup)\"}")
      if index == 0 {
        #expect(link(folder.path(path), folder.path("history/" + backup)) == 0)
        #expect(rename(folder.path("history/" + temporary), folder.path(path)) == 0)
      }
      if index == 2 && lostTemporary { try FileManager.default.removeItem(atPath: folder.path("history/" + temporary)) }
    }
    try folder.write("{\"process\": \(dead), \"steps\": [\(steps.joined(separator: ", "))]}", to: ".pillars/journal.json")
    return old
  }

  @Test("the next run finishes a save of several files that a crash interrupted, and says so")
  func interruptedSaveIsFinished() throws {
    _ = try interruptedSave(losing: false)
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.notices == [
      "a save of 3 files was interrupted and has now been finished (history/csat.json, history/first-response.json, history/retention.json)"
    ])
    #expect(try folder.text("history/csat.json") == "{\"new\": 0}\n")
    #expect(try folder.text("history/first-response.json") == "{\"new\": 1}\n")
    #expect(try folder.text("history/retention.json") == "{\"new\": 2}\n")
    #expect(folder.names(in: "history") == ["csat.json", "first-response.json", "retention.json"])
    #expect(!folder.exists(".pillars/journal.json"))
  }

  @Test("an interrupted save that cannot be finished is undone, and the user is told")
  func interruptedSaveIsRolledBack() throws {
    let old = try interruptedSave(losing: true)
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.notices.count == 1)
    #expect(loaded.notices.first?.contains("has been undone") == true)
    for (path, bytes) in old { #expect(try folder.bytes(path) == bytes, "\(path)") }
    #expect(folder.names(in: "history") == ["csat.json", "first-response.json", "retention.json"])
    #expect(loaded.workspace.scorecard.metrics.map(\.observations) == workspace.scorecard.metrics.map(\.observations))
  }

  @Test("a journal naming files Pillars does not write is refused, not followed")
  func hostileJournal() throws {
    try folder.write("secret", to: "outside.txt")
    try folder.write(
      "{\"process\": 2147483646, \"steps\": [{\"document\": \"../outside.txt\", \"temporary\": \".x.json.pillars-tmp-2147483646-1\"}]}",
      to: ".pillars/journal.json")
    let error = try #require(throws: StoreError.self) { try WorkspaceStore(folder: folder.url).load() }
    #expect(error.description.contains(".pillars/journal.json"))
    #expect(try folder.text("outside.txt") == "secret")
  }

  // MARK: - The lock

  @Test("a symbolic link or a folder in place of the lock is refused, and nothing is created where it points")
  func lockIsARegularFile() throws {
    let elsewhere = try TemporaryFolder()
    unlink(folder.path(".pillars/lock"))
    #expect(symlink(elsewhere.path("planted"), folder.path(".pillars/lock")) == 0)
    let store = WorkspaceStore(folder: folder.url)
    let error = try #require(throws: StoreError.self) { try store.withLock {} }
    #expect(error.description.contains("it is a symbolic link"))
    #expect(!elsewhere.exists("planted"))

    unlink(folder.path(".pillars/lock"))
    try FileManager.default.createDirectory(atPath: folder.path(".pillars/lock"), withIntermediateDirectories: true)
    #expect(throws: StoreError.self) { try store.withLock {} }
  }

  @Test("a command waiting for the lock says who holds it, and gives up after its timeout")
  func lockTimeout() throws {
    let holder = WorkspaceStore(folder: folder.url)
    holder.activity = "pillars import values.csv"
    let waiter = WorkspaceStore(folder: folder.url)
    waiter.lockTimeout = 0.2
    var told: [LockHolder?] = []
    waiter.lockWaiting = { told.append($0) }
    let error = try holder.withLock {
      try #require(throws: StoreError.self) { try waiter.withLock {} }
    }
    guard case .locked(let who, let waited) = error else {
      Issue.record("expected a lock timeout, got \(error)")
      return
    }
    #expect(who?.activity == "pillars import values.csv")
    #expect(who?.process == getpid())
    #expect(waited >= 0.2)
    #expect(told.count == 1)
    #expect(error.description.contains("`pillars import values.csv` (process \(getpid())"))
    #expect(error.description.contains("--lock-timeout"))
    // Once released, the lock is taken at once.
    #expect(try waiter.withLock { true })
  }

  // MARK: - Odd files and folders

  @Test("a document far larger than any strategy is refused without being read; the others load")
  func hugeDocument() throws {
    let descriptor = open(folder.path("promise.json"), O_WRONLY | O_TRUNC)
    #expect(descriptor >= 0)
    #expect(ftruncate(descriptor, 64 * 1024 * 1024 * 1024) == 0)  // sparse: no disk used
    close(descriptor)
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.unavailable == [.promise])
    #expect(
      loaded.problems.map(\.rendered) == [
        "promise.json: error: cannot read the file: it is 64 GiB, more than the 16 MiB a Pillars document may hold"
      ])
    #expect(loaded.workspace.pillars == workspace.pillars)
    #expect(loaded.workspace.journeys == workspace.journeys)
  }

  @Test("a file, a FIFO or a link loop where a folder should be affects only that folder's documents")
  func oddFolders() throws {
    try FileManager.default.removeItem(atPath: folder.path("journeys"))
    try folder.write("not a folder", to: "journeys")
    try FileManager.default.removeItem(atPath: folder.path("reviews"))
    #expect(mkfifo(folder.path("reviews"), 0o644) == 0)
    try FileManager.default.removeItem(atPath: folder.path("history"))
    #expect(symlink("history", folder.path("history")) == 0)
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(
      loaded.problems.map(\.rendered) == [
        "history/: error: cannot read the folder: there are too many symbolic links in the way; no metric's weekly values are loaded",
        "journeys/: error: cannot read the folder: it is not a folder; no journey is loaded",
        "reviews/: error: cannot read the folder: it is not a folder; no weekly review is loaded",
      ])
    #expect(loaded.workspace.pillars == workspace.pillars)
    #expect(loaded.workspace.scorecard.metrics.map(\.name) == workspace.scorecard.metrics.map(\.name))
    #expect(loaded.workspace.journeys.isEmpty)
  }

  // MARK: - Owners

  @Test("saving as root keeps each file's owner and group, and new files belong to the folder's owner")
  func ownersAreKept() throws {
    guard geteuid() == 0 else { return }  // only root can give files away
    let nobody: uid_t = 65534
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) + [""] {
      #expect(lchown(folder.path(path), nobody, nobody) == 0)
    }
    unlink(folder.path(".pillars/lock"))
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    changed.scorecard.metrics[0].record(5, for: try week("2026-W09"))
    changed.scorecard.metrics.append(Metric(id: "new-metric", name: "New", layer: .outcome, observations: [
      Observation(week: try week("2026-W09"), value: 1)
    ]))
    try store.save(changed, only: changed.changedDocuments(since: workspace))
    for path in ["scorecard.json", "history/new-metric.json", "history/" + changed.scorecard.metrics[0].id.rawValue + ".json", ".pillars/lock"] {
      var info = stat()
      #expect(stat(folder.path(path), &info) == 0)
      #expect(info.st_uid == nobody && info.st_gid == nobody, "\(path) is owned by \(info.st_uid):\(info.st_gid)")
    }
  }
}
