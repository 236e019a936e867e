import PillarsCore
import ScreenKit

/// The assumptions pane: the log, riskiest first, with the map of importance against evidence
/// that says which to test first.
public enum AssumptionsPane: PaneFeature {
  public static let pane = Pane(id: "assumptions", title: "Assumptions")

  public struct State: PaneState {
    public var selection: AssumptionID?
    /// Whether the selected assumption is open, and which of its fields is highlighted.
    public var isOpen = false
    public var row = 0
    /// The log as last ranked, kept between keystrokes.
    var kept: Kept<LogMemo> = Kept()

    public init() {}
  }

  /// The log ranked and each assumption's experiments counted, with the assumptions and
  /// experiments they came from (compared by identity first): a keystroke that only moves the
  /// selection does not sort and count again.
  struct LogMemo: Sendable {
    var assumptions: [Assumption]
    var experiments: [Experiment]
    var ranked: [Assumption]
    var tests: [AssumptionID: Int]
  }

  /// The assumptions riskiest first, and how many experiments test each: kept, or worked out.
  static func log(_ state: State, _ workspace: Workspace) -> (ranked: [Assumption], tests: [AssumptionID: Int]) {
    if let memo = state.kept.value, memo.assumptions == workspace.assumptions.assumptions, memo.experiments == workspace.experiments {
      return (memo.ranked, memo.tests)
    }
    return (workspace.assumptions.ranked, AssumptionsDocument.experimentCounts(in: workspace))
  }

  /// Keeps the log of the workspace as it is now for the next keystroke and frame.
  static func remember(_ state: inout State, _ context: PaneContext) {
    let (ranked, tests) = log(state, context.workspace)
    state.kept.value = LogMemo(
      assumptions: context.workspace.assumptions.assumptions, experiments: context.workspace.experiments, ranked: ranked, tests: tests)
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedAssumption(AssumptionID)
    case openedAssumption
    case closedAssumption
    case askedToEditRow
    case askedToAdd
    case askedToDelete
  }

  public static func initialState(for workspace: Workspace) -> State {
    var state = State()
    state.selection = workspace.assumptions.ranked.first?.id
    return state
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    case .open: state.isOpen ? .askedToEditRow : .openedAssumption
    case .back: state.isOpen ? .closedAssumption : nil
    case .add: .askedToAdd
    case .delete: .askedToDelete
    default: nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    defer { remember(&state, context) }
    switch action {
    case .movedSelection(let delta):
      if state.isOpen {
        state.row = Workbench.clamp(state.row + delta, AssumptionField.allCases.count)
        return []
      }
      let ranked = log(state, workspace).ranked
      guard !ranked.isEmpty else { return [] }
      let index = ranked.firstIndex { $0.id == state.selection } ?? 0
      state.selection = ranked[Workbench.clamp(index + delta, ranked.count)].id
    case .pickedAssumption(let id):
      state.selection = id
    case .openedAssumption:
      guard state.selection != nil else { return [.say("nothing to open")] }
      state.isOpen = true
      state.row = 0
    case .closedAssumption:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAdd:
      return [.edit(.newItem(.assumption))]
    case .askedToDelete:
      guard let id = state.selection, let assumption = workspace.assumptions[id] else { return [.say("no assumption selected")] }
      let tested = AssumptionsDocument.experiments(testing: id, in: workspace).count
      return [.confirm(Confirmation(consequence: .delete(.assumption(id)),
        question: "Delete the assumption \"\(shortQuote(assumption.statement))\""
          + (tested > 0 ? " (\(plural(tested, "experiment")) test it)" : "") + "? (y/n)"))]
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.back, "list")]
      : [KeyBarEntry(.open, "open"), KeyBarEntry(.edit, "statement"), KeyBarEntry(.add, "add")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    AssumptionsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    AssumptionsPaneView(state: workbench, pane: state).assumption(atRow: y, in: area).map { .pickedAssumption($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let a = state.selection, context.workspace.assumptions[a] != nil else { return [] }
    return AssumptionField.allCases.map { .assumption(a, $0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    let fields = fields(state, context)
    guard !fields.isEmpty else { return nil }
    return state.isOpen ? fields[Workbench.clamp(state.row, fields.count)] : fields[0]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    // Only a pane that has been looked at keeps its work up to date: an edit elsewhere does not
    // pay for a screen nobody opened.
    if state.kept.value != nil { remember(&state, context) }
    if state.selection.flatMap({ context.workspace.assumptions[$0] }) == nil {
      state.selection = context.workspace.assumptions.ranked.first?.id
      state.isOpen = state.isOpen && state.selection != nil
    }
    state.row = Workbench.clamp(state.row, AssumptionField.allCases.count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .entity(let document, let id) = target, document == .assumptions else { return false }
    state = State()
    state.selection = AssumptionID(id)
    return true
  }

  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    guard case .assumption = item else { return [] }
    let old = Set(before.assumptions.assumptions.map(\.id))
    state.selection = context.workspace.assumptions.assumptions.first { !old.contains($0.id) }?.id ?? state.selection
    return []
  }
}

extension WorkbenchState {
  public var assumptionsPane: AssumptionsPane.State {
    get { panes[AssumptionsPane.self] }
    set { panes[AssumptionsPane.self] = newValue }
  }
}

extension Pane {
  public static var assumptions: Pane { AssumptionsPane.pane }
}
