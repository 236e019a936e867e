import Foundation
import PillarsCore
import PillarsMerge
import PillarsStore
import Testing

@Suite("Edits in the screens merged with a file changed on disk")
struct LiveMergeStoreTests {
  let folder: TemporaryFolder
  let store: WorkspaceStore
  var mine: Workspace

  init() throws {
    folder = try TemporaryFolder()
    try WorkspaceStore.create(at: folder.url, with: try SampleWorkspace.make())
    store = WorkspaceStore(folder: folder.url)
    store.keepsLastVersions = true
    mine = try store.load().workspace
  }

  /// The onboarding journey's first touchpoint, as `workspace` holds it.
  func welcome(_ workspace: Workspace) -> Touchpoint? { workspace.journey("onboarding")?.stages.first?.touchpoints.first }

  mutating func edit(_ change: (inout Touchpoint) -> Void) {
    guard let j = mine.journeys.firstIndex(where: { $0.id == "onboarding" }) else { return }
    change(&mine.journeys[j].stages[0].touchpoints[0])
  }

  @Test("different fields merge, and what came in is said in strategy words")
  mutating func differentFieldsMerge() throws {
    edit { $0.emotion = -1 }
    try folder.write(try folder.text("journeys/onboarding.json").replacing("\"Reads the mail\"", with: "\"Skims the mail\""),
      to: "journeys/onboarding.json")
    let merge = try #require(store.mergeWithDisk(.journey("onboarding"), ours: mine))
    #expect(merge.conflicts.isEmpty)
    #expect(welcome(merge.workspace)?.emotion == -1)
    #expect(welcome(merge.workspace)?.doing == "Skims the mail")
    #expect(merge.incoming.contains { $0.contains("Skims the mail") })
    // Other documents are as they were in mine.
    #expect(merge.workspace.promise == mine.promise)
  }

  @Test("the same field changed on both sides is a conflict; settling takes the side chosen")
  mutating func sameFieldConflicts() throws {
    edit {
      $0.emotion = -1
      $0.channel = "chat"
    }
    // Another Pillars changes the same touchpoint and saves.
    let other = WorkspaceStore(folder: folder.url)
    var theirs = try other.load().workspace
    if let j = theirs.journeys.firstIndex(where: { $0.id == "onboarding" }) {
      theirs.journeys[j].stages[0].touchpoints[0].emotion = 2
      theirs.journeys[j].stages[0].touchpoints[0].team = "Success"
    }
    try other.save(theirs, only: [.journey("onboarding")])
    let merge = try #require(store.mergeWithDisk(.journey("onboarding"), ours: mine))
    #expect(merge.conflicts.map(\.field) == [["emotion"]])
    #expect(welcome(merge.workspace)?.emotion == -1)
    let settled = try #require(store.settle(merge, choosing: [.theirs], ours: mine))
    #expect(welcome(settled.workspace)?.emotion == 2)
    #expect(welcome(settled.workspace)?.channel == "chat")
    #expect(welcome(settled.workspace)?.team == "Success")
  }

  @Test("a file that is not valid JSON is not merged by meaning")
  func brokenFileIsNotMerged() throws {
    try folder.write("{ broken", to: "journeys/onboarding.json")
    #expect(store.mergeWithDisk(.journey("onboarding"), ours: mine) == nil)
  }

  @Test("without kept versions there is nothing to merge against")
  func commandsKeepNothing() throws {
    let plain = WorkspaceStore(folder: folder.url)
    let workspace = try plain.load().workspace
    #expect(plain.lastVersions == nil)
    #expect(plain.mergeWithDisk(.journey("onboarding"), ours: workspace) == nil)
  }
}
