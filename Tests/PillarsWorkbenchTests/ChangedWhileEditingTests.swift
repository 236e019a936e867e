import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// A file changed on disk while a field is open: the field and what was typed in it stay.
@Suite struct ChangedWhileEditingTests {
  @Test func aHalfTypedFieldSurvivesAChangeOnDisk() {
    var state = WorkbenchFixture.state()
    // promise.json could not be saved a moment ago, and then changed on disk.
    state.unsaved = [.promise]
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("Segments from billing da", &state)
    let theirs = UndoTests.teammatesVersion(of: state.workspace)

    let effects = Workbench.update(&state, .documentsChangedOnDisk([.promise, .journey(UndoTests.today)]))
    #expect(effects == [.reload([.journey(UndoTests.today)])])
    _ = Workbench.update(&state, .documentsReloaded([.journey(UndoTests.today)], from: theirs, problems: [], unreadable: [:]))
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field was closed by a change on disk")
      return
    }
    #expect(editor.field.text == "Segments from billing da")
    #expect(state.workspace.journey(UndoTests.today) == theirs.journey(UndoTests.today))
    #expect(WorkbenchFixture.screen(state).contains("Segments from billing da"))

    WorkbenchFixture.type("ta", &state)
    let committed = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.pillars[.knowYourCustomers].summary == "Segments from billing data")
    // Now that the field is closed, the edits as they stand are merged with the file.
    #expect(committed == [.save(state.workspace, [.pillars]), .mergeWithDisk([.promise], state.workspace)])
  }

  @Test func aMergeWaitingForAFieldIsMadeWhenItIsCancelled() {
    var state = WorkbenchFixture.state()
    state.unsaved = [.promise]
    WorkbenchFixture.press([.character("e")], &state)
    _ = Workbench.update(&state, .documentsChangedOnDisk([.promise]))
    #expect(state.message == .error("promise.json changed on disk; it is merged with your edits once this field is closed"))
    #expect(WorkbenchFixture.screen(state).contains("promise.json changed on disk; it is merged with your edits once"))
    #expect(WorkbenchFixture.press([.escape], &state) == [.mergeWithDisk([.promise], state.workspace)])
  }
}
