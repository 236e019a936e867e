import PillarsCore
import ScreenKit

/// The workbench composing its panes: it scopes the state down to the current pane's, hands it
/// the pane's action, and does what the pane asks (``PaneOutcome``) once for every pane.
extension Workbench {
  /// A command that belongs to the panes: the current pane's action for it; otherwise the pane
  /// it belongs to is shown (`]` from anywhere goes to the journeys), or the user is told where
  /// it works.
  static func runInPanes(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let effects = runIn(PaneRegistry.feature(for: state.pane), command, &state) { return effects }
    switch elsewhere(command) {
    case .goTo(let pane):
      show(pane, &state)
      return runIn(PaneRegistry.feature(for: pane), command, &state) ?? []
    case .say(let hint):
      state.message = .info(hint)
    case nil:
      break
    }
    return []
  }

  private static func runIn<Feature: PaneFeature>(
    _ feature: Feature.Type, _ command: Command, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect]? {
    guard let action = Feature.action(for: command, state.panes[Feature.self], PaneContext(state)) else { return nil }
    return send(Feature.self, action, &state)
  }

  /// Runs a pane's update on its own state, then does what it asked.
  static func send<Feature: PaneFeature>(_ feature: Feature.Type, _ action: Feature.Action, _ state: inout WorkbenchState)
    -> [WorkbenchEffect]
  {
    var paneState = state.panes[Feature.self]
    let outcomes = Feature.update(&paneState, action, PaneContext(state))
    state.panes[Feature.self] = paneState
    return perform(outcomes, &state)
  }

  static func perform(_ outcomes: [PaneOutcome], _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var effects: [WorkbenchEffect] = []
    for outcome in outcomes {
      switch outcome {
      case .change(let workspace, let label, let message):
        // A pane's Enter can write (a tag mapped): read-only refuses it here, once for every pane.
        if let refusal = writeRefusal(state) {
          state.message = .error(refusal)
          continue
        }
        let saved = change(to: workspace, label: label, &state)
        if let message, !saved.isEmpty { state.message = .info(message) }
        effects += saved
      case .editFocusedField:
        effects += beginEdit(&state)
      case .edit(let target, let text):
        openEditor(target, &state)
        if let text, case .editing(var editor) = state.overlay {
          editor.field = TextField(text, multiline: true)
          state.overlay = .editing(editor)
        }
      case .confirm(let confirmation):
        state.overlay = .confirm(confirmation)
      case .overlay(let overlay):
        state.overlay = overlay
      case .say(let text):
        state.message = .info(text)
      case .show(let pane):
        show(pane, &state)
      }
    }
    return effects
  }

  private enum Elsewhere {
    case goTo(Pane)
    case say(String)
  }

  /// Where a pane's command works, for when the current pane has nothing for it.
  private static func elsewhere(_ command: Command) -> Elsewhere? {
    let journeys = "go to the journey map (\(JourneyPane.pane.number)) first"
    switch command {
    case .nextJourney, .previousJourney: return .goTo(JourneyPane.pane)
    case .toggleSegmentOrder: return .goTo(SegmentsPane.pane)
    case .cycleSignalWindow, .markThemeFixing, .markThemeFixed, .filterSignals, .unmappedTags: return .goTo(SignalsPane.pane)
    case .toggleDone: return .say("x marks an action done: open a pillar and pick one of its actions")
    case .markPrimary: return .say("p marks the primary segment: go to the segments (\(SegmentsPane.pane.number)) and pick one")
    case .takeDraft: return .say("t takes the builder's draft into the promise: go to the promise (\(PromisePane.pane.number))")
    case .moveItemUp, .moveItemDown: return .say("nothing here to move")
    case .moveItemLeft, .moveItemRight: return .say("H and L move the selected touchpoint along the journey map")
    case .addStage, .renameJourney, .duplicateJourney, .deleteJourney, .moveStageLeft, .moveStageRight, .renameStage,
      .editStageGoal, .deleteStage, .setJourneySegment, .setJourneyState:
      return .say(journeys)
    case .frictionRanking: return .say("f ranks a journey's friction: go to the journey map (\(JourneyPane.pane.number))")
    case .compareJourneys: return .say("c compares journeys: go to the journey map (\(JourneyPane.pane.number))")
    case .pickMetrics:
      return .say("m picks metrics: the promise's proof (\(PromisePane.pane.number)) or a touchpoint's (\(JourneyPane.pane.number))")
    case .editNote: return .say("n edits the note on a metric's week, in the scorecard")
    case .add: return .say("nothing to add here")
    case .delete: return .say("nothing to delete here")
    case .open: return .say("nothing to open")
    case .showPane, .nextPane, .previousPane, .moveUp, .moveDown, .moveLeft, .moveRight, .moveToTop, .moveToBottom,
      .pageUp, .pageDown, .back, .edit, .editInExternalEditor, .undo, .redo, .help, .palette, .search, .showFindings, .channelCharter,
      .reload, .save, .exportMarkdown, .quit, .newJourney, .promiseHistory, .openReview, .openCheckpoint, .confirmPrimarySegment, .customerFocus, .recordDecision, .editAttendees,
      .editDecisionOwner, .earlierReview, .laterReview, .toggleKeyBar, .markDecisionDone, .dropDecision, .decisionToAction, .allActions, .settings,
      .showMergeConflicts, .takeOurs, .takeTheirs, .editDecisionDue, .toggleCustomerFirst:
      return nil
    }
  }

  // MARK: Asking every pane

  /// After the workspace changed: every pane points its selection at something that exists.
  static func repairPanes(_ state: inout WorkbenchState) {
    for feature in PaneRegistry.standard { repair(feature, &state) }
  }

  private static func repair<Feature: PaneFeature>(_ feature: Feature.Type, _ state: inout WorkbenchState) {
    var paneState = state.panes[Feature.self]
    Feature.repair(&paneState, PaneContext(state))
    state.panes[Feature.self] = paneState
  }

  /// Shows a search hit in the pane that shows such things, with the item selected.
  static func jump(to target: WorkspaceSearch.Target, _ state: inout WorkbenchState) {
    // The charter is an overlay over any pane: its hits open it on their channel.
    if case .entity(.charter, let channel) = target {
      openCharter(&state, on: channel)
      return
    }
    for feature in PaneRegistry.standard where reveal(target, in: feature, &state) {
      show(feature.pane, &state)
      return
    }
    // A kind with no pane yet: the hit is listed, there is nowhere to go.
  }

  private static func reveal<Feature: PaneFeature>(
    _ target: WorkspaceSearch.Target, in feature: Feature.Type, _ state: inout WorkbenchState
  ) -> Bool {
    var paneState = state.panes[Feature.self]
    guard Feature.reveal(target, &paneState, PaneContext(state)) else { return false }
    state.panes[Feature.self] = paneState
    return true
  }

  /// After an add: the pane that shows the new item selects it.
  static func selectAdded(_ item: NewItem, before: Workspace, _ state: inout WorkbenchState) {
    for feature in PaneRegistry.standard { _ = adopt(item, before: before, in: feature, &state) }
  }

  private static func adopt<Feature: PaneFeature>(
    _ item: NewItem, before: Workspace, in feature: Feature.Type, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    var paneState = state.panes[Feature.self]
    let outcomes = Feature.added(item, before: before, &paneState, PaneContext(state))
    state.panes[Feature.self] = paneState
    return perform(outcomes, &state)
  }

  static func dayChangedInPanes(from previous: PaneContext, _ state: inout WorkbenchState) {
    for feature in PaneRegistry.standard { dayChanged(feature, from: previous, &state) }
  }

  private static func dayChanged<Feature: PaneFeature>(_ feature: Feature.Type, from previous: PaneContext, _ state: inout WorkbenchState) {
    var paneState = state.panes[Feature.self]
    Feature.dayChanged(from: previous, &paneState, PaneContext(state))
    state.panes[Feature.self] = paneState
  }

  // MARK: Asking the current pane

  /// The fields the current pane lets the user edit, in the order its rows show them.
  static func detailFields(_ state: WorkbenchState) -> [EditTarget] {
    fields(in: PaneRegistry.feature(for: state.pane), state)
  }

  private static func fields<Feature: PaneFeature>(in feature: Feature.Type, _ state: WorkbenchState) -> [EditTarget] {
    Feature.fields(state.panes[Feature.self], PaneContext(state))
  }

  /// The field `e` edits: the highlighted row, or the selected item's main field in a list.
  static func focusedField(_ state: WorkbenchState) -> EditTarget? {
    focusedField(in: PaneRegistry.feature(for: state.pane), state)
  }

  private static func focusedField<Feature: PaneFeature>(in feature: Feature.Type, _ state: WorkbenchState) -> EditTarget? {
    Feature.focusedField(state.panes[Feature.self], PaneContext(state))
  }

  static func keyBarOfPane(_ state: WorkbenchState) -> [KeyBarEntry] {
    keyBar(of: PaneRegistry.feature(for: state.pane), state)
  }

  private static func keyBar<Feature: PaneFeature>(of feature: Feature.Type, _ state: WorkbenchState) -> [KeyBarEntry] {
    Feature.keyBar(state.panes[Feature.self])
  }

  static func renderPane(_ state: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    render(PaneRegistry.feature(for: state.pane), state, in: area, into: &buffer)
  }

  private static func render<Feature: PaneFeature>(_ feature: Feature.Type, _ state: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    Feature.view(state.panes[Feature.self], state, in: area, into: &buffer)
  }

  static func clickInPane(x: Int, y: Int, in area: Rect, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    click(in: PaneRegistry.feature(for: state.pane), x: x, y: y, in: area, &state)
  }

  private static func click<Feature: PaneFeature>(
    in feature: Feature.Type, x: Int, y: Int, in area: Rect, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    guard let action = Feature.click(x: x, y: y, in: area, state.panes[Feature.self], state) else { return [] }
    return send(Feature.self, action, &state)
  }

  static func initialPanes(for workspace: Workspace) -> PaneStates {
    var panes = PaneStates()
    for feature in PaneRegistry.standard { start(feature, in: &panes, workspace) }
    return panes
  }

  private static func start<Feature: PaneFeature>(_ feature: Feature.Type, in panes: inout PaneStates, _ workspace: Workspace) {
    panes[Feature.self] = Feature.initialState(for: workspace)
  }
}
