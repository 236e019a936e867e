import PillarsCore
import PillarsJSON
import PillarsMerge
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// A document with unsaved edits changed on disk: merged with the edits, and only the fields
/// both sides changed are asked, one at a time.
@Suite struct LiveMergeTests {
  static let journey = JourneyID("growing-contractor-today")

  /// The workspace with the journey renamed, as a merge with a teammate's rename would leave it.
  static func renamed(_ workspace: Workspace) -> Workspace {
    var result = workspace
    if let index = result.journeys.firstIndex(where: { $0.id == journey }) { result.journeys[index].name = "Contractor, as sales tell it" }
    return result
  }

  @Test func aCleanMergeIsTakenInAndSavedWithWhatCameIn() {
    var state = WorkbenchFixture.state(width: 120, height: 30)
    state.unsaved = [.journey(Self.journey)]
    let merge = LiveMerge(
      document: .journey(Self.journey), workspace: Self.renamed(state.workspace), tree: .null, conflicts: [],
      incoming: ["Journey Contractor, as sales tell it: the name changed"])
    let effects = Workbench.update(&state, .documentsMerged([merge], unmergeable: []))
    #expect(state.workspace.journey(Self.journey)?.name == "Contractor, as sales tell it")
    #expect(effects == [.overwrite(state.workspace, [.journey(Self.journey)])])
    #expect(state.overlay == nil)
    #expect(WorkbenchFixture.screen(state).contains("merged the change on disk into your edits of journeys/growing-contractor-today.json"))
    #expect(state.message?.text.hasSuffix(": Journey Contractor, as sales tell it: the name changed") == true)
  }

  @Test func eachTrueConflictIsAskedAndTheAnswersGoToTheRunLoop() {
    var state = WorkbenchFixture.state(width: 120, height: 30)
    state.unsaved = [.journey(Self.journey)]
    let document = DocumentRef.journey(Self.journey)
    let conflicts = [
      MergeConflict(.changed, in: document, entity: EntityReference("touchpoint", id: "kickoff-call"), entityName: "Kickoff call",
        field: ["emotion"], base: JSONValue(.number("0")), ours: JSONValue(.number("-1")), theirs: JSONValue(.number("1"))),
      MergeConflict(.changed, in: document, field: ["name"], base: JSONValue(.string("A")), ours: JSONValue(.string("B")),
        theirs: JSONValue(.string("C"))),
    ]
    let merge = LiveMerge(document: document, workspace: state.workspace, tree: .null, conflicts: conflicts, incoming: [])
    #expect(Workbench.update(&state, .documentsMerged([merge], unmergeable: [])).isEmpty)
    var screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Changed on disk · 1 of 2"))
    #expect(screen.contains("call' emotion."))
    #expect(screen.contains("Mine: -1") && screen.contains("Theirs: 1"))
    // A stray key decides nothing.
    #expect(WorkbenchFixture.press([.character("x"), .character("m")], &state).isEmpty)
    screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Changed on disk · 2 of 2"))
    #expect(WorkbenchFixture.press([.character("t")], &state) == [.settleMerge(merge, [.ours, .theirs], state.workspace)])
    #expect(state.overlay == nil)
  }

  @Test func aMergeAnsweredWhileAFieldIsOpenWaitsForItToClose() {
    var state = WorkbenchFixture.state()
    state.unsaved = [.journey(Self.journey)]
    WorkbenchFixture.press([.character("e")], &state)
    let document = DocumentRef.journey(Self.journey)
    let conflict = MergeConflict(.changed, in: document, field: ["name"], base: nil, ours: JSONValue(.string("B")), theirs: JSONValue(.string("C")))
    let merge = LiveMerge(document: document, workspace: state.workspace, tree: .null, conflicts: [conflict], incoming: [])
    _ = Workbench.update(&state, .documentsMerged([merge], unmergeable: []))
    guard case .editing = state.overlay else {
      Issue.record("the field was closed by the merge")
      return
    }
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == .changedOnDisk(ChangedOnDiskQuestion(merge: merge)))
  }
}

/// The weekly review's "changed since the last review" lines, from what the run loop read from git.
@Suite struct ChangesSinceReviewTests {
  @Test func openingTheReviewAsksTheRunLoopAndShowsWhatChanged() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    #expect(WorkbenchFixture.press([.character("w")], &state) == [.readChangesSinceReview])
    #expect(!WorkbenchFixture.screen(state).contains("Changed since the last review"))
    let lines = ["Promise: the sentence changed from 'a' to 'b'", "Scorecard: CSAT target 4.5 → 4.6",
      "Journey Growing contractor: today › Onboarding: touchpoint 'Kickoff call' added", "Segments: 'Solo plumbers' added"]
    _ = Workbench.update(&state, .changesSinceReviewRead(lines, since: "abc1234"))
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Changed since the last review (abc1234): 4 changes"))
    #expect(screen.contains("Promise: the sentence changed from 'a' to 'b'"))
    #expect(screen.contains("… 2 more: `pillars diff --since-review` lists them all"))
    // The scorecard is still there below it.
    #expect(screen.contains("Metric"))
  }
}
