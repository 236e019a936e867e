import PillarsCore
import ScreenKit

/// Pane 5: who we win with, the segments ranked by attractiveness × fit or in the team's own order.
public enum SegmentsPane: PaneFeature {
  public static let pane = Pane(id: "segments", title: "Segments")

  public struct State: PaneState {
    public var selection: SegmentID?
    /// Whether the list is in the team's own order rather than by score.
    public var inOwnOrder = false
    /// Whether the selected segment is open, and which of its fields is highlighted.
    public var isOpen = false
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedSegment(SegmentID)
    case openedSegment
    case closedSegment
    case askedToEditRow
    case askedToAdd
    case askedToDelete
    case markedPrimary
    case movedSegment(by: Int)
    case toggledOrder
  }

  public static func initialState(for workspace: Workspace) -> State {
    var state = State()
    state.selection = workspace.segments.ranked.first?.id
    return state
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    case .open: state.isOpen ? .askedToEditRow : .openedSegment
    case .back: state.isOpen ? .closedSegment : nil
    case .add: .askedToAdd
    case .delete: .askedToDelete
    case .markPrimary: .markedPrimary
    case .moveItemUp: .movedSegment(by: -1)
    case .moveItemDown: .movedSegment(by: 1)
    case .toggleSegmentOrder: .toggledOrder
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
        state.row = Workbench.clamp(state.row + delta, SegmentField.allCases.count)
        return []
      }
      let segments = listed(state, workspace)
      guard !segments.isEmpty else { return [] }
      let index = segments.firstIndex { $0.id == state.selection } ?? 0
      state.selection = segments[Workbench.clamp(index + delta, segments.count)].id
    case .pickedSegment(let id):
      state.selection = id
    case .openedSegment:
      guard state.selection != nil else { return [.say("nothing to open")] }
      state.isOpen = true
      state.row = 0
    case .closedSegment:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAdd:
      return [.edit(.newItem(.segment))]
    case .askedToDelete:
      guard let id = state.selection, let segment = workspace.segments[id] else { return [.say("no segment selected")] }
      return [.confirm(Confirmation(consequence: .delete(.segment(id)),
        question: "Delete the segment \"\(segment.name)\"\(segment.primary ? ", the primary segment," : "")? (y/n)"))]
    case .markedPrimary:
      guard let id = state.selection, let segment = workspace.segments[id] else {
        return [.say("p marks the primary segment: pick one first")]
      }
      guard !segment.primary else { return [.say("\(segment.name) is already the primary segment")] }
      var changed = workspace
      for index in changed.segments.segments.indices {
        changed.segments.segments[index].primary = changed.segments.segments[index].id == id
      }
      return [.change(changed, label: "make \(segment.name) primary", message: "\(segment.name) is now the primary segment — u to undo")]
    case .movedSegment(let delta):
      guard state.inOwnOrder else {
        return [.say("segments are ranked by score: press o to list them in your own order, then K and J move them")]
      }
      guard let id = state.selection, let index = workspace.segments.segments.firstIndex(where: { $0.id == id }),
        workspace.segments.segments.indices.contains(index + delta)
      else { return [] }
      var changed = workspace
      changed.segments.segments.swapAt(index, index + delta)
      return [.change(changed, label: "move segment \(changed.segments.segments[index + delta].name)")]
    case .toggledOrder:
      state.inOwnOrder.toggle()
      return [.say(state.inOwnOrder
        ? "segments in your own order: K and J move the selected one" : "segments ranked by attractiveness × fit")]
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.back, "list")]
      : [KeyBarEntry(.open, "open"), KeyBarEntry(.add, "add"), KeyBarEntry(.markPrimary, "primary"),
        KeyBarEntry(.toggleSegmentOrder, "order")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    SegmentsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    SegmentsPaneView(state: workbench, pane: state).segment(atRow: y, in: area).map { .pickedSegment($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let s = state.selection else { return [] }
    return SegmentField.allCases.map { .segment(s, $0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    let fields = fields(state, context)
    guard !fields.isEmpty else { return nil }
    return state.isOpen ? fields[Workbench.clamp(state.row, fields.count)] : fields[0]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    if state.selection.flatMap({ context.workspace.segments[$0] }) == nil {
      state.selection = context.workspace.segments.ranked.first?.id
    }
    state.row = Workbench.clamp(state.row, fields(state, context).count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .segment(let id) = target else { return false }
    let inOwnOrder = state.inOwnOrder
    state = State()
    state.inOwnOrder = inOwnOrder
    state.selection = id
    return true
  }

  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    guard case .segment = item else { return [] }
    let old = Set(before.segments.segments.map(\.id))
    state.selection = context.workspace.segments.segments.first { !old.contains($0.id) }?.id ?? state.selection
    return []
  }

  /// Segments in the order the pane lists them: ranked by score, or as the team arranged them.
  static func listed(_ state: State, _ workspace: Workspace) -> [Segment] {
    state.inOwnOrder ? workspace.segments.segments : workspace.segments.ranked
  }
}

extension WorkbenchState {
  public var segmentsPane: SegmentsPane.State {
    get { panes[SegmentsPane.self] }
    set { panes[SegmentsPane.self] = newValue }
  }
}

extension Pane {
  public static var segments: Pane { SegmentsPane.pane }
}
