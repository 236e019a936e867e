import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

@Suite struct EditingTests {
  @Test func editingAPillarSavesOnlyPillarsAndCanBeUndone() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("Segments from billing data, refreshed monthly", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.pillars[.knowYourCustomers].summary = "Segments from billing data, refreshed monthly"
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.pillars])])
    #expect(state.unsaved == [.pillars])
    _ = Workbench.update(&state, .saveSucceeded([.pillars]))
    #expect(state.unsaved.isEmpty)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    #expect(undo == [.save(before, [.pillars])])
    let redo = WorkbenchFixture.press([.ctrl("r")], &state)
    #expect(state.workspace == expected)
    #expect(redo == [.save(expected, [.pillars])])
  }

  @Test func escCancelsAndChangesNothing() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("e")], &state)
    WorkbenchFixture.type("half-typed", &state)
    let effects = WorkbenchFixture.press([.escape], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    #expect(state.overlay == nil)
  }

  @Test func numberFieldsRefuseWordsAndKeepTheFieldOpen() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("4"), .character("e")], &state)
    WorkbenchFixture.type("lots", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field closed")
      return
    }
    #expect(editor.refusal == "\"lots\" is not a number")
    #expect(WorkbenchFixture.screen(state).contains("✖ \"lots\" is not a number"))
  }

  @Test func recordingThisWeeksValueFromTheScorecard() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4")], &state)
    let metric = try #require(state.scorecardPane.selection)
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("112.5", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard[metric]?.observation(for: WorkbenchFixture.today.isoWeek)?.value == 112.5)
    #expect(effects.count == 1)
  }

  @Test(arguments: ["7", "1e300", "-9.3e18", "2.5"])
  func emotionOutOfRangeIsRefused(typed: String) {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("3")], &state)
    WorkbenchFixture.press(Array(repeating: .character("j"), count: 4), &state)  // the emotion lane
    #expect(state.journeyPane.selection.lane == .emotion)
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type(typed, &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field closed")
      return
    }
    #expect(editor.refusal == "emotion is a whole number from -2 to 2")
  }

  @Test func pickOneListSetsThePillarStatus() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.enter, .character("e")], &state)  // the status row of the first pillar
    WorkbenchFixture.press([.character("g")], &state)  // "g" does nothing in a list: still the same choice
    WorkbenchFixture.press([.up, .up, .up, .enter], &state)
    #expect(state.workspace.pillars[.knowYourCustomers].status == .notStarted)
  }

  @Test func pastingIntoASingleLineFieldFlattensLinesAndDropsNothingSilently() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    _ = Workbench.update(&state, .textPasted("one\r\ntwo\nthree\u{1B}[2J"))
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no field open")
      return
    }
    #expect(editor.field.text == "one two three\u{1B}[2J")
    // Shown inert on screen: the escape sequence is drawn, not executed.
    #expect(WorkbenchFixture.screen(state).contains("^[[2J"))
    _ = Workbench.update(&state, .textPasted(String(repeating: "x", count: 12_000)))
    guard case .editing(let long) = state.overlay else {
      Issue.record("a paste too long for the field closed it instead of cutting the paste")
      return
    }
    #expect(long.field.text.count == 10_000)
    #expect(long.refusal == "the field holds at most 10000 characters; the paste was cut")
  }

  @Test func deletingAsksWhatGoesAndIsUndoable() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4")], &state)
    let id = try #require(state.scorecardPane.selection)
    let metric = try #require(state.workspace.scorecard[id])
    WorkbenchFixture.press([.character("d")], &state)
    #expect(state.overlay == .confirm(Confirmation(consequence: .delete(.metric(id)),
      question: "Delete the metric \"\(metric.name)\" and its \(metric.observations.count) weekly values? (y/n)")))
    WorkbenchFixture.press([.character("n")], &state)
    #expect(state.workspace.scorecard[id] != nil)
    WorkbenchFixture.press([.character("d"), .character("y")], &state)
    #expect(state.workspace.scorecard[id] == nil)
    #expect(state.scorecardPane.selection != id)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.scorecard[id] == metric)
  }

  @Test func externalEditorRoundTrip() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.enter, .character("j"), .character("j"), .character("j")], &state)  // notes
    let effects = WorkbenchFixture.press([.character("E")], &state)
    #expect(effects == [.openExternalEditor(text: state.workspace.pillars[.knowYourCustomers].notes)])
    let saved = Workbench.update(&state, .externalEditorFinished(text: "New notes\nsecond line\n", error: nil))
    #expect(state.workspace.pillars[.knowYourCustomers].notes == "New notes\nsecond line")
    #expect(saved.count == 1)
    _ = Workbench.update(&state, .keyPressed(.character("E")))
    _ = Workbench.update(&state, .externalEditorFinished(text: nil, error: "the editor \"vi\" exited with status 1; nothing changed"))
    #expect(state.message == .error("the editor \"vi\" exited with status 1; nothing changed"))
  }

  @Test func readOnlyModeRefusesEveryWrite() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    for key: Key in [.character("e"), .character("E"), .character("d"), .character("u"), .ctrl("s")] {
      let effects = WorkbenchFixture.press([key], &state)
      #expect(effects.isEmpty)
      #expect(state.message == .error("read-only: opened with --readonly, nothing is written"))
    }
    #expect(state.workspace == before)
  }

  @Test func aDocumentThatFailedToLoadIsNeverEdited() {
    var state = WorkbenchFixture.state()
    state.readOnlyDocuments[.pillars] = "pillars.json:3:5: expected a string"
    WorkbenchFixture.press([.character("e")], &state)
    #expect(state.overlay == nil)
    #expect(state.message == .error("pillars.json is read-only: pillars.json:3:5: expected a string"))
  }
}

@Suite struct PersistenceTests {
  @Test func aFailedSaveKeepsTheEditAndCtrlSRetries() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("e")], &state)
    WorkbenchFixture.type(" (revised)", &state)
    WorkbenchFixture.press([.enter], &state)
    _ = Workbench.update(&state, .saveFailed([.pillars], reason: "pillars.json: no space left on device"))
    #expect(state.unsaved == [.pillars])
    #expect(state.message?.kind == .error)
    let retry = WorkbenchFixture.press([.ctrl("s")], &state)
    #expect(retry == [.save(state.workspace, [.pillars])])
  }

  @Test func changesOnDiskReloadCleanDocumentsAndMergeEditedOnes() {
    var state = WorkbenchFixture.state()
    state.unsaved = [.promise]
    let effects = Workbench.update(&state, .documentsChangedOnDisk([.promise, .scorecard]))
    #expect(effects == [.reload([.scorecard]), .mergeWithDisk([.promise], state.workspace)])
    // The file on disk is no readable document: the whole of it is asked about.
    _ = Workbench.update(&state, .documentsMerged([], unmergeable: [.promise]))
    #expect(state.overlay == .conflict([.promise]))
    // A stray key does not decide.
    WorkbenchFixture.press([.character("x")], &state)
    #expect(state.overlay == .conflict([.promise]))
    let keep = WorkbenchFixture.press([.character("m")], &state)
    #expect(keep == [.overwrite(state.workspace, [.promise])])
  }

  @Test func takingTheirsReloadsAndDropsTheLocalEdit() {
    var state = WorkbenchFixture.state()
    state.unsaved = [.promise]
    #expect(Workbench.update(&state, .saveConflicted([.promise])) == [.mergeWithDisk([.promise], state.workspace)])
    _ = Workbench.update(&state, .documentsMerged([], unmergeable: [.promise]))
    let effects = WorkbenchFixture.press([.character("t")], &state)
    #expect(effects == [.reload([.promise])])
    #expect(state.unsaved.isEmpty)
  }

  @Test func quittingWithUnsavedEditsAsksFirst() {
    var state = WorkbenchFixture.state()
    #expect(WorkbenchFixture.press([.character("q")], &state) == [.quit])
    state.unsaved = [.scorecard]
    #expect(WorkbenchFixture.press([.character("q")], &state).isEmpty)
    #expect(WorkbenchFixture.press([.character("y")], &state) == [.quit])
  }
}
