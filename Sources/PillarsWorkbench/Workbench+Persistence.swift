import PillarsCore

/// What comes back from saving and from watching the files on disk.
extension Workbench {
  static func saveSucceeded(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.unsaved.subtract(documents)
    if state.message?.kind == .waiting { state.message = nil }
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
    state.message = StatusMessage(
      text: "waiting to save: \(holder) holds the workspace; the edit is kept and saved when it lets go", kind: .waiting)
    return []
  }

  /// Files changed by someone else: reload those with no local edits; ask about the others.
  static func changedOnDisk(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let clashing = documents.intersection(state.unsaved)
    let clean = documents.subtracting(state.unsaved)
    if !clashing.isEmpty { askAboutConflict(clashing, &state) }
    return clean.isEmpty ? [] : [.reload(clean)]
  }

  /// Asks keep mine / take theirs about `documents`, together with any question already open or
  /// waiting. While a field is being edited (here or in $EDITOR) the question waits, and the
  /// status line says so: closing the field raises it, and nothing typed is lost.
  static func askAboutConflict(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) {
    let editing: Bool
    if case .editing = state.overlay { editing = true } else { editing = state.externalEdit != nil }
    if editing {
      state.conflictsWaiting.formUnion(documents)
      let files = state.conflictsWaiting.sorted().map(\.path).joined(separator: ", ")
      state.message = .error("\(files) changed on disk; you choose mine or theirs once this field is closed")
      return
    }
    var asked = documents.union(state.conflictsWaiting)
    if case .conflict(let open) = state.overlay { asked.formUnion(open) }
    state.conflictsWaiting = []
    state.overlay = .conflict(asked)
  }

  /// Raises the question that waited for a field to close, once nothing stands in its way.
  static func askWaitingQuestion(_ state: inout WorkbenchState) {
    guard !state.conflictsWaiting.isEmpty, state.externalEdit == nil else { return }
    switch state.overlay {
    case nil, .conflict: break
    default: return
    }
    // Taking theirs or a reload in the meantime may have settled some of them.
    let still = state.conflictsWaiting.intersection(state.unsaved)
    state.conflictsWaiting = []
    if !still.isEmpty { askAboutConflict(still, &state) }
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
    repairPanes(&state)
    if !documents.isEmpty {
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      state.message = unreadable.isEmpty ? .info("reloaded \(files) (changed on disk)")
        : .error("reloaded \(files); \(unreadable.count) could not be read and \(unreadable.count == 1 ? "is" : "are") read-only")
    }
    return []
  }
}
