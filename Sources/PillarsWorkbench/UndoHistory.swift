import PillarsCore

/// Every edit of the session, undoable and redoable.
///
/// Each entry keeps the workspace as it was: documents are value types whose unchanged
/// parts share storage, so a snapshot costs little more than what the edit touched.
public struct UndoHistory: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    public var label: String
    public var workspace: Workspace
  }

  public private(set) var past: [Entry] = []
  public private(set) var future: [Entry] = []
  public let depth: Int

  public init(depth: Int = 500) { self.depth = depth }

  public var canUndo: Bool { !past.isEmpty }
  public var canRedo: Bool { !future.isEmpty }

  /// Remembers `before`, the workspace as it was before the edit named `label`.
  public mutating func record(_ label: String, before: Workspace) {
    past.append(Entry(label: label, workspace: before))
    if past.count > depth { past.removeFirst(past.count - depth) }
    future.removeAll()
  }

  /// The workspace to go back to, given the current one; nil when there is nothing to undo.
  public mutating func undo(current: Workspace) -> Entry? {
    guard let entry = past.popLast() else { return nil }
    future.append(Entry(label: entry.label, workspace: current))
    return entry
  }

  public mutating func redo(current: Workspace) -> Entry? {
    guard let entry = future.popLast() else { return nil }
    past.append(Entry(label: entry.label, workspace: current))
    return entry
  }
}
