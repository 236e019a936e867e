import Foundation
import Glibc
import PillarsCore
import PillarsStore
import Testing

@Suite("The workspace folder")
struct WorkspaceStoreTests {
  let folder: TemporaryFolder
  let workspace: Workspace

  init() throws {
    folder = try TemporaryFolder()
    workspace = try SampleWorkspace.make()
  }

  @discardableResult
  private func create() throws -> WorkspaceStore {
    try WorkspaceStore.create(at: folder.url, with: workspace)
  }

  @Test("a created workspace loads back equal, with no problems")
  func createThenLoad() throws {
    try create()
    #expect(
      folder.names(in: ".") == [
        ".pillars", "assumptions.json", "charter.json", "history", "journeys", "pillars.json", "promise.json", "reviews", "scorecard.json",
        "segments.json", "signal-tags.json", "workspace.json",
      ])
    #expect(folder.names(in: "history") == ["csat.json", "first-response.json", "retention.json"])
    #expect(try !folder.text("scorecard.json").contains("observations"))
    #expect(folder.names(in: "journeys") == ["onboarding.json", "renewal.json"])
    #expect(folder.names(in: "reviews") == ["2026-W07.json"])
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.workspace == workspace)
    #expect(loaded.problems.isEmpty)
    #expect(loaded.unavailable.isEmpty)
    #expect(loaded.readOnly.isEmpty)
  }

  @Test("documents carry $schema pointing at the schema files in .pillars/schema")
  func schemaReferences() throws {
    try create()
    #expect(try folder.text("promise.json").hasPrefix("{\n  \"$schema\": \".pillars/schema/promise.schema.json\",\n"))
    #expect(
      try folder.text("journeys/onboarding.json").hasPrefix(
        "{\n  \"$schema\": \"../.pillars/schema/journey.schema.json\",\n"))
    #expect(
      try folder.text("history/csat.json").hasPrefix(
        "{\n  \"$schema\": \"../.pillars/schema/history.schema.json\",\n"))
    #expect(
      folder.names(in: ".pillars/schema") == [
        "assumptions.schema.json", "charter.schema.json", "checkpoint.schema.json", "experiment.schema.json", "history.schema.json",
        "journey.schema.json",
        "pillars.schema.json", "promise.schema.json", "review.schema.json", "scorecard.schema.json", "segments.schema.json",
        "signal-tags.schema.json", "signal-theme.schema.json",
        "workspace.schema.json",
      ])
  }

  @Test("saving an unchanged workspace writes nothing")
  func unchangedSave() throws {
    try create()
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    let inode = folder.inode("pillars.json")
    #expect(try store.save(loaded.workspace) == [])
    #expect(folder.inode("pillars.json") == inode)
  }

  @Test("changing one journey writes only that file")
  func onlyChangedFileWritten() throws {
    try create()
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    let others = ["pillars.json", "promise.json", "journeys/renewal.json", "workspace.json"]
    let inodes = others.map(folder.inode)
    changed.journeys[0].stages[0].touchpoints[1].emotion = 0
    #expect(try store.save(changed) == [.journey("onboarding")])
    #expect(others.map(folder.inode) == inodes)
    #expect(try store.load().workspace == changed)
    #expect(try store.save(changed) == [])
  }

  @Test("`only` limits the save to the documents named")
  func onlySelected() throws {
    try create()
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    changed.promise.sentence = "We answer within a day."
    changed.manifest.owner = "Someone else"
    #expect(try store.save(changed, only: [.promise]) == [.promise])
    let reloaded = try store.load().workspace
    #expect(reloaded.promise.sentence == "We answer within a day.")
    #expect(reloaded.manifest.owner == workspace.manifest.owner)
  }

  @Test("a new journey is written and a removed one's file is deleted")
  func addAndRemoveJourneys() throws {
    try create()
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    changed.journeys.removeAll { $0.id == "renewal" }
    changed.journeys.append(Journey(id: "support", name: "Getting help"))
    #expect(try store.save(changed) == [.journey("renewal"), .journey("support")])
    #expect(folder.names(in: "journeys") == ["onboarding.json", "support.json"])
    changed.reviews = []
    #expect(try store.save(changed) == [.review(try #require(ISOWeek("2026-W07")))])
    #expect(folder.names(in: "reviews") == [])
  }

  @Test("a file keeps its permission bits when saved")
  func permissionsKept() throws {
    try create()
    #expect(chmod(folder.path("promise.json"), 0o600) == 0)
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    changed.promise.sentence = "We answer within a day."
    #expect(try store.save(changed) == [.promise])
    var info = stat()
    #expect(stat(folder.path("promise.json"), &info) == 0)
    #expect(info.st_mode & 0o7777 == 0o600)
  }

  @Test("a document that is a symbolic link stays one, and its target gets the new content")
  func symlinkKept() throws {
    try create()
    let elsewhere = try TemporaryFolder()
    try FileManager.default.moveItem(at: folder.url("journeys/onboarding.json"), to: elsewhere.url("onboarding.json"))
    #expect(symlink(elsewhere.path("onboarding.json"), folder.path("journeys/onboarding.json")) == 0)
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    #expect(changed == workspace)
    changed.journeys[0].name = "Onboarding, linked"
    #expect(try store.save(changed) == [.journey("onboarding")])
    let destination = try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("journeys/onboarding.json"))
    #expect(destination == elsewhere.path("onboarding.json"))
    #expect(try elsewhere.text("onboarding.json").contains("\"name\": \"Onboarding, linked\""))
    #expect(elsewhere.names(in: ".") == ["onboarding.json"])
  }

  @Test("temporary files left by an interrupted save are removed on the next load")
  func staleTemporaryFiles() throws {
    try create()
    let stale = [
      ".promise.json.pillars-tmp-2147483646-1a2b3c", "journeys/.onboarding.json.pillars-tmp-2147483646-ff",
      "history/.csat.json.pillars-old-2147483646-9",
    ]
    // Hidden files that only look like Pillars' own are someone else's: never removed.
    let kept = [
      ".promise.json.tmp-notes", "notes.tmp-1-2", "journeys/.hidden.json", ".notes.txt.tmp-2147483646-1a",
      ".promise.json.tmp-2147483646-1a2b3c", ".x.pillars-tmp-2147483646-1", ".draft.json.pillars-tmp-2147483646-zz",
    ]
    for name in stale + kept { try folder.write("leftover", to: name) }
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(loaded.problems.isEmpty)
    #expect(stale.filter(folder.exists) == [])
    #expect(kept.filter(folder.exists) == kept)
  }

  @Test("a document written by a newer Pillars is shown read-only and never rewritten")
  func newerSchemaNeverRewritten() throws {
    try create()
    let newer = try folder.text("pillars.json").replacing("\"schemaVersion\": 2", with: "\"schemaVersion\": 3")
    try folder.write(newer, to: "pillars.json")
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.readOnly == [.pillars])
    #expect(loaded.unavailable.isEmpty)
    #expect(loaded.workspace.pillars.pillars == workspace.pillars.pillars)
    #expect(
      loaded.problems.map(\.rendered) == [
        "pillars.json:85:20: error: schemaVersion: written by a newer Pillars (schema 3); this build reads schema 2 — it is shown read-only and never rewritten"
      ])
    #expect(try store.save(loaded.workspace) == [])
    var changed = loaded.workspace
    changed.pillars[.equipTheTeam].owner = "Cy"
    #expect(throws: StoreError.newerSchema(.pillars)) { try store.save(changed) }
    #expect(try folder.text("pillars.json") == newer)
  }

  @Test("findings are placed in the files as they were read; a file changed since gets no position")
  func placingFindings() throws {
    try create()
    let loaded = try WorkspaceStore(folder: folder.url).load()
    let finding = Finding(.warning, .metricWithoutTarget, in: .scorecard, at: ["metrics", .index(2), "name"], "no target")
    let placed = loaded.locate(finding)
    let line = try #require(placed.location?.line)
    #expect(try folder.text("scorecard.json").split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("\"Retention\""))
    #expect(loaded.locate([finding, finding]).map(\.location) == [placed.location, placed.location])
    try folder.write(try folder.text("scorecard.json") + "\n", to: "scorecard.json")
    #expect(loaded.locate(finding).location == nil)
    #expect(loaded.locate(finding).rendered == "scorecard.json: warning: metrics[2].name: no target")
  }

  @Test("a file changed on disk since it was read is not written over")
  func changedOnDisk() throws {
    try create()
    let store = WorkspaceStore(folder: folder.url)
    var changed = try store.load().workspace
    let outside = try folder.text("promise.json").replacing("within an hour", with: "within ten minutes")
    try folder.write(outside, to: "promise.json")
    #expect(store.documentsChangedOnDisk() == [.promise])
    // Saving other documents, or this one unchanged, leaves the outside edit alone.
    changed.manifest.owner = "Dee"
    #expect(try store.save(changed) == [.manifest])
    #expect(try folder.text("promise.json") == outside)
    changed.promise.sentence = "We answer within a day."
    let refusal = #expect(throws: StoreError.self) { try store.save(changed) }
    #expect(
      refusal?.description
        == "promise.json changed on disk since Pillars read it; reload to see the other change before saving again")
    #expect(try folder.text("promise.json") == outside)
    // A new file where the store saw none counts as a change too.
    try folder.write("{}", to: "journeys/support.json")
    changed.journeys.append(Journey(id: "support", name: "Getting help"))
    #expect(store.documentsChangedOnDisk() == [.promise, .journey("support")])
    #expect(throws: StoreError.changedOnDisk(.journey("support"))) { try store.save(changed, only: [.journey("support")]) }
  }

  @Test("a document that failed to load is never written over")
  func unavailableNeverWritten() throws {
    try create()
    let broken = "{\n  \"schemaVersion\": 1,\n  \"segments\": [\n"
    try folder.write(broken, to: "segments.json")
    try folder.write("{\"schemaVersion\": 1, \"id\": \"lost\"}", to: "journeys/lost.json")
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.unavailable == [.segments, .journey("lost")])
    #expect(loaded.workspace.segments == SegmentsDocument())
    #expect(loaded.workspace.journeys.map(\.id) == ["onboarding", "renewal"])
    #expect(try store.save(loaded.workspace) == [])
    var changed = loaded.workspace
    changed.segments.segments.append(Segment(id: "new", name: "New"))
    #expect(throws: StoreError.unavailable(.segments)) { try store.save(changed) }
    changed.segments = SegmentsDocument()
    changed.journeys.append(Journey(id: "lost", name: "Lost"))
    #expect(throws: StoreError.unavailable(.journey("lost"))) { try store.save(changed) }
    #expect(try folder.text("segments.json") == broken)
    #expect(folder.exists("journeys/lost.json"))
  }

  @Test("an unreadable file is reported by name, not a crash")
  func unreadableFiles() throws {
    try create()
    try FileManager.default.removeItem(at: folder.url("pillars.json"))
    try FileManager.default.createDirectory(at: folder.url("pillars.json"), withIntermediateDirectories: false)
    try FileManager.default.removeItem(at: folder.url("promise.json"))
    #expect(symlink("nowhere.json", folder.path("promise.json")) == 0)
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(
      loaded.problems.map(\.rendered) == [
        "pillars.json: error: cannot read the file: it is a folder, not a file",
        "promise.json: error: cannot read the file: it is a symbolic link to a file that does not exist",
      ])
    #expect(loaded.unavailable == [.pillars, .promise])
    #expect(loaded.workspace.journeys == workspace.journeys)
    #expect(try store.save(loaded.workspace) == [])
    #expect(store.documentsChangedOnDisk() == [])
  }

  @Test("a journey whose id differs from its file name is reported and left alone")
  func journeyFileName() throws {
    try create()
    let text = try folder.text("journeys/renewal.json").replacing("\"id\": \"renewal\"", with: "\"id\": \"renewals\"")
    try folder.write(text, to: "journeys/renewal.json")
    try folder.write("{}", to: "journeys/Bad Name.json")
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(
      loaded.problems.map(\.rendered) == [
        "journeys/Bad Name.json: error: \"Bad Name\" is not a valid journey id, so the file is not loaded; ids use lowercase letters, digits and dashes: rename the file, and the \"id\" inside it, to \"bad-name\"",
        "journeys/renewal.json:3:9: error: id: the journey's id is \"renewals\" but its file is named renewal.json; rename the file to renewals.json or set the id to \"renewal\"",
      ])
    #expect(loaded.problems.map(\.finding.rule) == [.journeyFileName, .journeyFileName])
    #expect(loaded.workspace.journeys.map(\.id) == ["onboarding"])
    #expect(try store.save(loaded.workspace) == [])
    #expect(folder.names(in: "journeys") == ["Bad Name.json", "onboarding.json", "renewal.json"])
  }

  @Test("unknown fields load with a warning")
  func unknownFieldWarning() throws {
    try create()
    let text = try folder.text("workspace.json").replacing("\"name\":", with: "\"colour\": \"teal\",\n  \"name\":")
    try folder.write(text, to: "workspace.json")
    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(
      loaded.problems.map(\.rendered) == [
        "workspace.json:7:3: warning: colour: unknown field \"colour\" is ignored and will not be kept when Pillars saves this file"
      ])
    #expect(loaded.workspace == workspace)
  }

  @Test("check findings are placed at their value, or at the object that lacks the field")
  func locateFindings() throws {
    try create()
    let loaded = try WorkspaceStore(folder: folder.url).load()
    let emotion = Finding(
      .error, .outOfRange, in: .journey("onboarding"), at: JSONPath.root / "stages" / 0 / "touchpoints" / 1 / "emotion",
      "must be between -2 and 2, found 7")
    #expect(
      loaded.locate(emotion).rendered
        == "journeys/onboarding.json:36:22: error: stages[0].touchpoints[1].emotion: must be between -2 and 2, found 7")
    let missing = Finding(.warning, .pillarNoOwner, in: .pillars, at: JSONPath.root / "pillars" / 2 / "team", "no team")
    #expect(loaded.locate(missing).location == SourceLocation(line: 36, column: 5))
    let whole = Finding(.warning, .promiseEmpty, in: .promise, "there is no promise yet")
    #expect(loaded.locate(whole).rendered == "promise.json:1:1: warning: there is no promise yet")
  }

  @Test("a folder without workspace.json is not a workspace; create refuses an existing one")
  func notAWorkspace() throws {
    #expect(throws: StoreError.notAWorkspace(folder: folder.path)) { try WorkspaceStore(folder: folder.url).load() }
    let missing = folder.url("missing")
    #expect(throws: StoreError.notAWorkspace(folder: missing.path)) { try WorkspaceStore(folder: missing).load() }
    try create()
    #expect(throws: StoreError.alreadyAWorkspace(folder: folder.path)) { try create() }
    let other = try TemporaryFolder()
    try other.write("{}", to: "promise.json")
    #expect(throws: StoreError.wouldOverwrite(path: other.path("promise.json"))) {
      try WorkspaceStore.create(at: other.url, with: workspace)
    }
    #expect(!other.exists("workspace.json"))
  }

  @Test("withLock holds an exclusive lock that another open file cannot take")
  func lock() throws {
    let store = try create()
    let lockPath = folder.path(".pillars/lock")
    func otherCanLock() -> Bool {
      let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o666)
      defer { close(descriptor) }
      return flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }
    let heldInside = try store.withLock { try store.withLock { otherCanLock() == false } }
    #expect(heldInside)
    #expect(otherCanLock())
    #expect(try folder.text(".pillars/.gitignore") == "lock\njournal.json\nconflicts/\n")
  }

  @Test("a document that cannot be written as JSON is refused with its path")
  func notANumber() throws {
    let store = try create()
    var changed = workspace
    changed.scorecard.metrics[0].target = .nan
    #expect(
      throws: StoreError.cannotEncode(.scorecard, reason: "metrics[0].target: nan cannot be written in JSON; only finite numbers can")
    ) { try store.save(changed) }
  }
}
