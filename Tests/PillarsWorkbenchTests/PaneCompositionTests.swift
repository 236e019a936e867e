import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// A pane that exists only here: it counts what it was asked and renames the workspace, to show
/// what the workbench does for any pane with what the pane asks of it.
private enum CounterPane: PaneFeature {
  static let pane = Pane(id: "counter", title: "Counter")

  struct State: PaneState {
    var presses = 0
  }

  enum Action: Equatable, Sendable {
    case pressed
    case renamed(String)
    case askedToEdit
  }

  static func initialState(for workspace: Workspace) -> State { State() }

  static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    command == .add ? .pressed : nil
  }

  static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    switch action {
    case .pressed:
      state.presses += 1
      return [.say("pressed \(state.presses)")]
    case .renamed(let name):
      var workspace = context.workspace
      workspace.manifest.name = name
      return [.change(workspace, label: "rename", message: "renamed")]
    case .askedToEdit:
      return [.edit(.promise(.sentence), text: "Draft name")]
    }
  }

  static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    buffer.write("pressed \(state.presses)", x: area.x, y: area.y, style: Style())
  }

  static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] { [] }
  static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? { nil }
  static func repair(_ state: inout State, _ context: PaneContext) {}
  static func keyBar(_ state: State) -> [KeyBarEntry] { [KeyBarEntry(.add, "count")] }
}

@Suite struct PaneCompositionTests {
  @Test func aPaneChangesOnlyItsOwnStateAndTheWorkbenchDoesWhatItAsks() {
    var state = WorkbenchFixture.state()
    let before = state
    _ = Workbench.send(CounterPane.self, .pressed, &state)
    #expect(state.panes[CounterPane.self].presses == 1)
    #expect(state.message == .info("pressed 1"))
    // Nothing else moved: every other pane's state and the workspace are as they were.
    #expect(state.pillarsPane == before.pillarsPane && state.journeyPane == before.journeyPane)
    #expect(state.workspace == before.workspace)

    // A change it asks for is one undo step, saved, with its message.
    let effects = Workbench.send(CounterPane.self, .renamed("Brassline Two"), &state)
    #expect(state.workspace.manifest.name == "Brassline Two")
    #expect(effects == [.save(state.workspace, [.manifest])])
    #expect(state.message == .info("renamed"))
    #expect(state.unsaved == [.manifest])
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before.workspace)

    // An editor it asks for is the one shared field editor, holding the text it gave.
    _ = Workbench.send(CounterPane.self, .askedToEdit, &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no editor opened")
      return
    }
    #expect(editor.target == .promise(.sentence))
    #expect(editor.field.text == "Draft name")
  }

  @Test func eachPaneKeepsItsOwnOpenItemAndRow() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    // Open the first pillar and go to its third row; then open a metric and go down two rows.
    WorkbenchFixture.press([.enter, .down, .down], &state)
    WorkbenchFixture.press([.character("4"), .enter, .down, .down], &state)
    #expect(state.scorecardPane.isOpen && state.scorecardPane.row == 2)
    WorkbenchFixture.press([.character("1")], &state)
    #expect(state.pillarsPane.isOpen && state.pillarsPane.row == 2)
    #expect(WorkbenchFixture.screen(state).contains("(Esc: back to the board)"))
    // Esc closes the pillar and leaves the opened metric alone.
    WorkbenchFixture.press([.escape, .character("4")], &state)
    #expect(!state.pillarsPane.isOpen)
    #expect(state.scorecardPane.isOpen && state.scorecardPane.row == 2)
  }

  @Test func aPanesCommandFromAnotherPaneGoesThereOrSaysWhere() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("]")], &state)
    #expect(state.pane == .journey)
    WorkbenchFixture.press([.character("1"), .character("f")], &state)
    #expect(state.pane == .pillars)
    #expect(state.message == .info("f ranks a journey's friction: go to the journey map (3)"))
    WorkbenchFixture.press([.character("t")], &state)
    #expect(state.message == .info("t takes the builder's draft into the promise: go to the promise (2)"))
  }

  @Test func thePaneListIsTheTabsTheNumberKeysAndTab() {
    let titles = PaneRegistry.standard.map { $0.pane.title }
    #expect(titles == ["Pillars", "Promise", "Journey", "Scorecard", "Segments", "Signals", "Experiments", "Assumptions"])
    for (index, pane) in Pane.allCases.enumerated() {
      #expect(KeyMap.command(for: .character(Character(String(index + 1)))) == .showPane(pane))
      #expect(pane.next == Pane.allCases[(index + 1) % Pane.allCases.count])
    }
    let tabs = WorkbenchFixture.screen(WorkbenchFixture.state(width: 120, height: 40)).split(separator: "\n")[0]
    #expect(tabs.contains(" 1 Pillars   2 Promise   3 Journey   4 Scorecard   5 Segments   6 Signals   7 Experiments   8 Assumptions "))
  }
}
