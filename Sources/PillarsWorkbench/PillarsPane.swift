import PillarsCore
import ScreenKit

/// Pane 1: the five pillars as a board; Enter opens one, with its fields and actions.
public enum PillarsPane: PaneFeature {
  public static let pane = Pane(id: "pillars", title: "Pillars")

  public struct State: PaneState {
    public var selection: PillarKind = .knowYourCustomers
    /// Whether the selected pillar is open, and which of its rows is highlighted.
    public var isOpen = false
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case movedToRow(Int)
    case pickedPillar(PillarKind)
    case openedPillar
    case closedPillar
    case askedToAddAction
    case askedToDeleteAction
    case toggledActionDone
    case movedAction(by: Int)
    case askedToEditRow
  }

  public static func initialState(for workspace: Workspace) -> State { State() }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    // Left and right walk the board, whose pillars stand side by side in the strategist's mind.
    case .moveLeft: state.isOpen ? nil : .movedSelection(by: -1)
    case .moveRight: state.isOpen ? nil : .movedSelection(by: 1)
    case .open: state.isOpen ? .askedToEditRow : .openedPillar
    case .back: state.isOpen ? .closedPillar : nil
    case .add: .askedToAddAction
    case .delete: .askedToDeleteAction
    case .toggleDone: .toggledActionDone
    case .moveItemUp: .movedAction(by: -1)
    case .moveItemDown: .movedAction(by: 1)
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    switch action {
    case .movedSelection(let delta):
      if state.isOpen {
        state.row = Workbench.clamp(state.row + delta, fields(state, context).count)
      } else {
        let kinds = PillarKind.allCases
        let index = kinds.firstIndex(of: state.selection) ?? 0
        state.selection = kinds[Workbench.clamp(index + delta, kinds.count)]
      }
    case .movedToRow(let row):
      state.row = Workbench.clamp(row, fields(state, context).count)
    case .pickedPillar(let kind):
      state.selection = kind
      state.isOpen = false
      state.row = 0
    case .openedPillar:
      state.isOpen = true
      state.row = 0
    case .closedPillar:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAddAction:
      guard state.isOpen else { return [.say("open a pillar (Enter) to add an action to it")] }
      return [.edit(.newItem(.action(state.selection)))]
    case .askedToDeleteAction:
      guard let (p, a) = selectedAction(state, context), let action = workspace.pillars[p].actions.first(where: { $0.id == a })
      else {
        return [.say("the five pillars cannot be deleted; clear a field with e, or open one to delete its actions")]
      }
      return [.confirm(Confirmation(consequence: .delete(.action(p, a)), question: "Delete the action \"\(action.text)\"? (y/n)"))]
    case .toggledActionDone:
      guard let (p, a) = selectedAction(state, context) else {
        return [.say("x marks an action done: open a pillar and pick one of its actions")]
      }
      var changed = workspace
      guard let index = changed.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return [] }
      changed.pillars[p].actions[index].done.toggle()
      let done = changed.pillars[p].actions[index].done
      return [.change(changed, label: done ? "mark action done" : "reopen action",
        message: done ? "action done — u to undo" : "action open again — u to undo")]
    case .movedAction(let delta):
      guard let (p, a) = selectedAction(state, context) else {
        return [.say("K and J move an action: open a pillar and pick one of its actions")]
      }
      var changed = workspace
      guard let index = changed.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return [] }
      let target = index + delta
      guard changed.pillars[p].actions.indices.contains(target) else { return [] }
      changed.pillars[p].actions.swapAt(index, target)
      state.row += delta * ActionField.allCases.count
      return [.change(changed, label: "move action")]
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.add, "add action"), KeyBarEntry(.toggleDone, "done"),
        KeyBarEntry(.delete, "delete"), KeyBarEntry(.back, "board")]
      : [KeyBarEntry(.open, "open"), KeyBarEntry(.edit, "summary"), KeyBarEntry(.nextPane, "next pane")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    PillarsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    PillarsPaneView(state: workbench, pane: state).pillar(atRow: y, in: area).map { .pickedPillar($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    let p = state.selection
    let actions = context.workspace.pillars[p].actions.flatMap { action in
      ActionField.allCases.map { EditTarget.action(p, action.id, $0) }
    }
    return PillarField.allCases.map { .pillar(p, $0) } + actions
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    guard state.isOpen else { return .pillar(state.selection, .summary) }
    let fields = fields(state, context)
    return fields.isEmpty ? nil : fields[Workbench.clamp(state.row, fields.count)]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    state.row = Workbench.clamp(state.row, fields(state, context).count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .pillar(let kind) = target else { return false }
    state = State()
    state.selection = kind
    return true
  }

  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    guard case .action(let p) = item else { return [] }
    let old = Set(before.pillars[p].actions.map(\.id))
    if let index = context.workspace.pillars[p].actions.firstIndex(where: { !old.contains($0.id) }) {
      state.row = PillarField.allCases.count + index * ActionField.allCases.count
    }
    return []
  }

  /// The action whose row is highlighted in the open pillar.
  static func selectedAction(_ state: State, _ context: PaneContext) -> (PillarKind, ActionID)? {
    guard state.isOpen else { return nil }
    let fields = fields(state, context)
    guard fields.indices.contains(state.row), case .action(let p, let a, _) = fields[state.row] else { return nil }
    return (p, a)
  }
}

extension WorkbenchState {
  public var pillarsPane: PillarsPane.State {
    get { panes[PillarsPane.self] }
    set { panes[PillarsPane.self] = newValue }
  }
}

extension Pane {
  public static var pillars: Pane { PillarsPane.pane }
}
