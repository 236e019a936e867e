import PillarsCore
import PillarsJSON
import PillarsMerge
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// The merge conflicts git left in the workspace, listed and settled in the screens.
@Suite struct MergeConflictListTests {
  static let journey = DocumentRef.journey(JourneyID("growing-contractor-today"))

  static let emotion = MergeConflict(
    .changed, in: journey, entity: EntityReference("touchpoint", id: "kickoff-call"), entityName: "Kickoff call",
    field: ["emotion"], base: JSONValue(.number("0")), ours: JSONValue(.number("-1")), theirs: JSONValue(.number("1")))
  static let doing = MergeConflict(
    .changed, in: journey, entity: EntityReference("touchpoint", id: "kickoff-call"), entityName: "Kickoff call",
    field: ["doing"], base: JSONValue(.string("Joins the call")), ours: JSONValue(.string("Joins the call late")),
    theirs: JSONValue(.string("Skips the call")))

  static func withConflicts(width: Int = 120, height: Int = 40) -> WorkbenchState {
    var state = WorkbenchFixture.state(width: width, height: height)
    _ = Workbench.update(&state, .mergeConflictsRead([ConflictRecord(document: journey, conflicts: [emotion, doing])]))
    return state
  }

  @Test func theStatusLineCountsTheConflictsAndCOpensTheList() {
    var state = Self.withConflicts()
    #expect(WorkbenchFixture.screen(state).contains("⚡ 2 conflicts"))
    WorkbenchFixture.press([.character("C")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("journeys/growing-contractor-today.json · touchpoint 'Kickoff call' · emotion"))
    #expect(screen.contains("Base") && screen.contains("Ours (in the file now)") && screen.contains("Theirs"))
    assertSnapshot(of: screen, as: .lines, named: "conflict-list-120x40")
  }

  @Test func oAndTSettleTheHighlightedConflictThroughTheRunLoop() {
    var state = Self.withConflicts()
    WorkbenchFixture.press([.character("C")], &state)
    #expect(WorkbenchFixture.press([.character("t")], &state) == [.resolveMergeConflict(Self.emotion, .theirs)])
    WorkbenchFixture.press([.character("j")], &state)
    #expect(WorkbenchFixture.press([.character("o")], &state) == [.resolveMergeConflict(Self.doing, .ours)])
  }

  @Test func aValueTypedByHandSettlesItAndAWrongOneIsRefused() {
    var state = Self.withConflicts()
    WorkbenchFixture.press([.character("C"), .character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("lots", &state)
    #expect(WorkbenchFixture.press([.enter], &state).isEmpty)
    #expect(WorkbenchFixture.screen(state).contains("not a value"))
    WorkbenchFixture.press([.ctrl("u")], &state)
    WorkbenchFixture.type("2", &state)
    #expect(WorkbenchFixture.press([.enter], &state) == [.resolveMergeConflict(Self.emotion, .value(JSONValue(.number("2"))))])

    // A text is taken as typed, and $EDITOR can write it.
    WorkbenchFixture.press([.character("j")], &state)
    #expect(WorkbenchFixture.press([.character("E")], &state) == [.openExternalEditor(text: "Joins the call late")])
    let effects = Workbench.update(&state, .externalEditorFinished(text: "Joins the call, camera off\n", error: nil))
    #expect(effects == [.resolveMergeConflict(Self.doing, .value(JSONValue(.string("Joins the call, camera off"))))])
  }

  @Test func whenAFilesLastConflictIsSettledTheStatusLineSaysToGitAddIt() {
    var state = Self.withConflicts()
    WorkbenchFixture.press([.character("C"), .character("t")], &state)
    let left = [ConflictRecord(document: Self.journey, conflicts: [Self.doing])]
    _ = Workbench.update(&state, .mergeConflictResolved(Self.emotion, remaining: left, file: "strategy/journeys/x.json", error: nil))
    #expect(WorkbenchFixture.screen(state).contains("Merge conflicts · 1 ·"))
    #expect(state.message == .info("settled touchpoint 'Kickoff call' emotion; 1 conflict left in journeys/growing-contractor-today.json"))
    _ = Workbench.update(&state, .mergeConflictResolved(Self.doing, remaining: [], file: "strategy/journeys/x.json", error: nil))
    #expect(state.overlay == nil)
    #expect(!WorkbenchFixture.screen(state).contains("⚡"))
    #expect(state.message == .info("journeys/growing-contractor-today.json: every conflict settled. Now `git add strategy/journeys/x.json`"))
  }

  @Test func aDocumentWithUnsavedEditsIsSavedBeforeItsConflictsAreSettled() {
    var state = Self.withConflicts()
    state.unsaved = [Self.journey]
    WorkbenchFixture.press([.character("C")], &state)
    #expect(WorkbenchFixture.press([.character("t")], &state).isEmpty)
    #expect(state.message?.kind == .error)
  }

  @Test func helpListsTheConflictKeys() {
    let help = HelpText.lines()
    for binding in KeyMap.conflictBindings {
      #expect(help.contains { $0.text == binding.helpText }, "help is missing \(binding.helpText)")
    }
  }
}
