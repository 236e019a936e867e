import PillarsCore
import ScreenKit

/// The experiments pane: the experiment tracker, listed by state with what is due, and one
/// experiment opened as its test card and learning card beside the chart of the metric it moves.
public enum ExperimentsPane: PaneFeature {
  public static let pane = Pane(id: "experiments", title: "Experiments")

  public struct State: PaneState {
    public var selection: ExperimentID?
    /// Whether the selected experiment is open, and which of its fields is highlighted.
    public var isOpen = false
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedExperiment(ExperimentID)
    case openedExperiment
    case closedExperiment
    case askedToEditRow
    case askedToAdd
    case askedToDelete
  }

  /// The order the tracker lists states in: what is under way first.
  static let stateOrder: [ExperimentState] = [.running, .planned, .done, .stopped]

  public static func initialState(for workspace: Workspace) -> State {
    var state = State()
    state.selection = listedIDs(workspace).first
    return state
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    case .open: state.isOpen ? .askedToEditRow : .openedExperiment
    case .back: state.isOpen ? .closedExperiment : nil
    case .add: .askedToAdd
    case .delete: .askedToDelete
    default: nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    switch action {
    case .movedSelection(let delta):
      if state.isOpen {
        state.row = Workbench.clamp(state.row + delta, ExperimentField.allCases.count)
        return []
      }
      let ids = listedIDs(workspace)
      guard !ids.isEmpty else { return [] }
      let index = ids.firstIndex { $0 == state.selection } ?? 0
      state.selection = ids[Workbench.clamp(index + delta, ids.count)]
    case .pickedExperiment(let id):
      state.selection = id
    case .openedExperiment:
      guard state.selection != nil else { return [.say("nothing to open")] }
      state.isOpen = true
      state.row = 0
    case .closedExperiment:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAdd:
      return [.edit(.newItem(.experiment))]
    case .askedToDelete:
      guard let id = state.selection, let experiment = workspace.experiment(id) else { return [.say("no experiment selected")] }
      return [.confirm(Confirmation(consequence: .delete(.experiment(id)),
        question: "Delete the experiment \"\(experiment.name)\" and its learning? (y/n)"))]
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.back, "list")]
      : [KeyBarEntry(.open, "open"), KeyBarEntry(.add, "add"), KeyBarEntry(.delete, "delete")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    ExperimentsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    ExperimentsPaneView(state: workbench, pane: state).experiment(atRow: y, in: area).map { .pickedExperiment($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let e = state.selection, context.workspace.experiment(e) != nil else { return [] }
    return ExperimentField.allCases.map { .experiment(e, $0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    let fields = fields(state, context)
    guard !fields.isEmpty else { return nil }
    return state.isOpen ? fields[Workbench.clamp(state.row, fields.count)] : fields[0]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    if state.selection.flatMap({ context.workspace.experiment($0) }) == nil {
      state.selection = listedIDs(context.workspace).first
      state.isOpen = state.isOpen && state.selection != nil
    }
    state.row = Workbench.clamp(state.row, ExperimentField.allCases.count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .entity(let document, let id) = target, document.kind == .experiment else { return false }
    state = State()
    state.selection = ExperimentID(id)
    return true
  }

  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    guard case .experiment = item else { return [] }
    let old = Set(before.experiments.map(\.id))
    state.selection = context.workspace.experiments.first { !old.contains($0.id) }?.id ?? state.selection
    return []
  }

  /// The experiments as the tracker lists them: by state (running, planned, done, stopped), each
  /// state by its end date, those without one last.
  static func listed(_ workspace: Workspace) -> [Experiment] {
    let experiments = workspace.experiments
    return order(of: experiments).map { experiments[$0] }
  }

  /// The ids of the experiments, as listed.
  static func listedIDs(_ workspace: Workspace) -> [ExperimentID] {
    let experiments = workspace.experiments
    return order(of: experiments).map { experiments[$0].id }
  }

  /// The positions of `experiments` in the order they are listed: a keystroke sorts positions,
  /// not whole experiments.
  static func order(of experiments: [Experiment]) -> [Int] {
    let rank = Dictionary(uniqueKeysWithValues: stateOrder.enumerated().map { ($0.element, $0.offset) })
    let keys = experiments.map { (state: rank[$0.state, default: rank.count], end: $0.end, id: $0.id) }
    return keys.indices.sorted { i, j in
      let (a, b) = (keys[i], keys[j])
      if a.state != b.state { return a.state < b.state }
      switch (a.end, b.end) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.id < b.id
      }
    }
  }
}

extension WorkbenchState {
  public var experimentsPane: ExperimentsPane.State {
    get { panes[ExperimentsPane.self] }
    set { panes[ExperimentsPane.self] = newValue }
  }
}

extension Pane {
  public static var experiments: Pane { ExperimentsPane.pane }
}
