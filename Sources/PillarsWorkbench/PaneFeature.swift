import PillarsCore
import ScreenKit

/// One pane of the workbench as a feature of its own, the way a TCA reducer is scoped into its
/// parent: its own `State`, its own `Action`s named after what the user did, a pure `update`
/// and a pure `view`.
///
/// A pane changes only its own state. What it needs of the workbench (a committed change, a field
/// editor, a question, a line in the status bar) it asks for with ``PaneOutcome``s, so undo, the
/// save effects, the overlays, field editing and the status line exist once, in `Workbench`.
public protocol PaneFeature {
  associatedtype State: PaneState
  associatedtype Action: Equatable & Sendable

  static var pane: Pane { get }

  /// Where the pane starts on a workspace.
  static func initialState(for workspace: Workspace) -> State

  /// What a command means in this pane, or nil when it means nothing here (the workbench then
  /// says where it does).
  static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action?

  static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome]

  /// Draws the pane into `area`; `workbench` gives the theme, the findings and the open overlay.
  static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer)

  /// What a click at `x`, `y` (inside `area`) selects, if anything.
  static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action?

  /// The fields the pane lets the user edit, in the order its rows show them.
  static func fields(_ state: State, _ context: PaneContext) -> [EditTarget]

  /// The field `e` edits: the highlighted row, or the selected item's main field.
  static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget?

  /// After the workspace changed (an edit, an undo, a reload): points the selection at
  /// something that still exists.
  static func repair(_ state: inout State, _ context: PaneContext)

  /// Selects a search hit when it is something this pane shows; false when it is not.
  static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool

  /// After an item named in the field editor was added: selects it when this pane shows it.
  static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome]

  /// "Today" moved from `previous` to the context's: keeps the highlighted row on its field.
  static func dayChanged(from previous: PaneContext, _ state: inout State, _ context: PaneContext)

  /// The few commands that matter here now, with a word each, for the key bar.
  static func keyBar(_ state: State) -> [KeyBarEntry]
}

extension PaneFeature {
  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? { nil }
  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool { false }
  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    []
  }
  public static func dayChanged(from previous: PaneContext, _ state: inout State, _ context: PaneContext) {}
}

/// The state of one pane: equatable, so the workbench's state stays a value that tests compare.
public protocol PaneState: Equatable, Sendable {
  init()
}

extension PaneState {
  func isEqual(to other: any PaneState) -> Bool { (other as? Self) == self }
}
