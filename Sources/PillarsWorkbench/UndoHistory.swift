import PillarsCore

/// Every edit of the session, undoable and redoable.
///
/// A step remembers which documents the edit changed and the workspace just before and just
/// after it. Undo and redo read only those documents of the two snapshots and put them into
/// the workspace as it is then, so a document reloaded from disk in the meantime, or one added
/// or removed by someone else, is never written back. Documents are value types whose
/// unchanged parts share storage, so a snapshot costs little more than what the edit touched.
public struct UndoHistory: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    public var label: String
    /// The documents the edit changed (a journey or review it added or removed included):
    /// the only ones undo and redo touch.
    public var documents: Set<DocumentRef>
    /// The workspace before the edit; undo takes `documents` from it.
    public var before: Workspace
    /// The workspace after the edit; redo takes `documents` from it.
    public var after: Workspace
  }

  public private(set) var past: [Entry] = []
  public private(set) var future: [Entry] = []
  public let depth: Int

  public init(depth: Int = 500) { self.depth = depth }

  public var canUndo: Bool { !past.isEmpty }
  public var canRedo: Bool { !future.isEmpty }

  /// Remembers an edit named `label` that changed `documents` from `before` to `after`.
  public mutating func record(_ label: String, documents: Set<DocumentRef>, before: Workspace, after: Workspace) {
    past.append(Entry(label: label, documents: documents, before: before, after: after))
    if past.count > depth { past.removeFirst(past.count - depth) }
    future.removeAll()
  }

  /// Takes the step to undo off the stack; nil when there is nothing to undo. The caller hands
  /// it to `undone(_:)` once it is undone; a step that cannot be undone is simply dropped.
  public mutating func takeUndo() -> Entry? { past.popLast() }

  /// Keeps a step that was undone, for redo.
  public mutating func undone(_ entry: Entry) { future.append(entry) }

  /// Takes the step to redo off the stack; nil when there is nothing to redo.
  public mutating func takeRedo() -> Entry? { future.popLast() }

  /// Keeps a step that was redone, for undo.
  public mutating func redone(_ entry: Entry) { past.append(entry) }
}
