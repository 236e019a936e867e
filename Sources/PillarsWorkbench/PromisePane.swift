import PillarsCore
import ScreenKit

/// Pane 2: the promise, its builder and its proof, one field per row.
public enum PromisePane: PaneFeature {
  public static let pane = Pane(id: "promise", title: "Promise")

  public struct State: PaneState {
    /// The highlighted field.
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedRow(by: Int)
    case pickedRow(Int)
    case askedToEditRow
    case askedToAdd
    case askedToDelete
    case tookDraft
    case askedToPickProof
  }

  public static func initialState(for workspace: Workspace) -> State { State() }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedRow(by: delta) }
    return switch command {
    case .open: .askedToEditRow
    case .add: .askedToAdd
    case .delete: .askedToDelete
    case .takeDraft: .tookDraft
    case .pickMetrics: .askedToPickProof
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    switch action {
    case .movedRow(let delta):
      state.row = Workbench.clamp(state.row + delta, PromiseField.allCases.count)
    case .pickedRow(let row):
      state.row = Workbench.clamp(row, PromiseField.allCases.count)
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAdd:
      return [.say("the promise is one sentence: e edits it, t takes the builder's draft")]
    case .askedToDelete:
      return [.say("the promise cannot be deleted; clear it with e instead")]
    case .tookDraft:
      // The sentence editor opens holding the builder's draft, to refine before Enter.
      let builder = context.workspace.promise.builder
      let draft = builder.draft(segmentName: builder.segment.flatMap { context.workspace.segments[$0]?.name })
      return [.edit(.promise(.sentence), text: draft)]
    case .askedToPickProof:
      return [.overlay(.metricPicker(MetricPicker(purpose: .proof, chosen: context.workspace.promise.proofMetrics)))]
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    [KeyBarEntry(.edit, "edit"), KeyBarEntry(.takeDraft, "take draft"), KeyBarEntry(.pickMetrics, "proof"),
      KeyBarEntry(.promiseHistory, "earlier")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    PromisePaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    PromisePaneView(state: workbench, pane: state).field(atRow: y, in: area).map { .pickedRow($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    PromiseField.allCases.map { .promise($0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    let fields = fields(state, context)
    return fields[Workbench.clamp(state.row, fields.count)]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    state.row = Workbench.clamp(state.row, PromiseField.allCases.count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .promise = target else { return false }
    state = State()
    return true
  }
}

extension WorkbenchState {
  public var promisePane: PromisePane.State {
    get { panes[PromisePane.self] }
    set { panes[PromisePane.self] = newValue }
  }
}

extension Pane {
  public static var promise: Pane { PromisePane.pane }
}
