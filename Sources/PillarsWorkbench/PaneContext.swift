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

  /// The rows a vertical move goes, for the keys every list shares (j k g G PgUp PgDn); nil for
  /// any other command.
  public func rows(for command: Command) -> Int? {
    switch command {
    case .moveUp: -1
    case .moveDown: 1
    case .moveToTop: -100_000
    case .moveToBottom: 100_000
    case .pageUp: -pageRows
    case .pageDown: pageRows
    default: nil
    }
  }

  init(_ state: WorkbenchState) {
    self.init(workspace: state.workspace, today: state.today, pageRows: max(1, state.height - 6))
  }
}
