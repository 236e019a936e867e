import PillarsCore

/// What a pane may read of the workbench while it updates: the workspace and the moment, never
/// another pane's state.
public struct PaneContext: Sendable {
  public var workspace: Workspace
  public var today: CalendarDate
  /// Rows a page up or down moves.
  public var pageRows: Int

  public init(workspace: Workspace, today: CalendarDate, pageRows: Int) {
    self.workspace = workspace
    self.today = today
    self.pageRows = pageRows
  }

  init(_ state: WorkbenchState) {
    self.init(workspace: state.workspace, today: state.today, pageRows: max(1, state.height - 6))
  }
}
