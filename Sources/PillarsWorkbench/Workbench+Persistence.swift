import PillarsCore

/// What comes back from saving and from watching the files on disk.
extension Workbench {
  static func saveSucceeded(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.unsaved.subtract(documents)
    if state.message == nil || state.message?.kind == .info, !documents.isEmpty {
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      state.message = .info(state.message.map { "\($0.text) · saved \(files)" } ?? "saved \(files)")
    }
    return []
  }

  static func saveFailed(_ documents: Set<DocumentRef>, reason: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.unsaved.formUnion(documents)
    state.message = .error("not saved: \(reason) — the edit is kept here; Ctrl-S tries again")
    return []
  }

  /// The save waits for another Pillars process; the screens stay usable meanwhile.
  static func saveWaiting(_ documents: Set<DocumentRef>, holder: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.unsaved.formUnion(documents)
    state.message = .info("waiting to save: \(holder) holds the workspace; the edit is kept and saved when it lets go")
    return []
  }

  /// Files changed by someone else: reload those with no local edits; ask about the others.
  static func changedOnDisk(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let clashing = documents.intersection(state.unsaved)
    let clean = documents.subtracting(state.unsaved)
    if !clashing.isEmpty { state.overlay = .conflict(clashing) }
    return clean.isEmpty ? [] : [.reload(clean)]
  }

  static func reloaded(
    _ documents: Set<DocumentRef>, from workspace: Workspace, problems: [Finding], unreadable: [DocumentRef: String],
    _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    let readable = documents.subtracting(unreadable.keys)
    state.workspace = state.workspace.replacing(readable, from: workspace)
    state.loadProblems.removeAll { documents.contains($0.document) }
    state.loadProblems += problems
    for document in documents { state.readOnlyDocuments[document] = unreadable[document] }
    state.unsaved.subtract(documents)
    state.refreshFindings()
    repairSelections(&state)
    if !documents.isEmpty {
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      state.message = unreadable.isEmpty ? .info("reloaded \(files) (changed on disk)")
        : .error("reloaded \(files); \(unreadable.count) could not be read and \(unreadable.count == 1 ? "is" : "are") read-only")
    }
    return []
  }
}
