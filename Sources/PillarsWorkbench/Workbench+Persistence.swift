import PillarsCore
import PillarsMerge
import ScreenKit

/// What comes back from saving and from watching the files on disk.
extension Workbench {
  static func saveSucceeded(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.unsaved.subtract(documents)
    if state.message?.kind == .waiting { state.message = nil }
    if state.message == nil || state.message?.kind == .info, !documents.isEmpty {
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      // Two saves of one file in a row say so once.
      let saved = "saved \(files)"
      if state.message?.text.hasSuffix(saved) != true {
        state.message = .info(state.message.map { "\($0.text) · \(saved)" } ?? saved)
      }
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

  /// Files changed by someone else: reload those with no local edits; merge the others with
  /// the edits (``askAboutConflict(_:_:)``).
  static func changedOnDisk(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let clashing = documents.intersection(state.unsaved)
    let clean = documents.subtracting(state.unsaved)
    let merging = clashing.isEmpty ? [] : askAboutConflict(clashing, &state)
    return (clean.isEmpty ? [] : [.reload(clean)]) + merging
  }

  /// Documents with unsaved edits changed on disk: the run loop merges each three ways with the
  /// file (``WorkbenchEffect/mergeWithDisk(_:_:)``), and only true conflicts are asked, field by
  /// field. While a field is being edited (here or in $EDITOR) or a question is open, this waits,
  /// and the status line says so: the merge is made from the edits as they stand once the field
  /// closes, so nothing typed is lost.
  static func askAboutConflict(_ documents: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.conflictsWaiting.formUnion(documents)
    if isEditing(state) {
      let files = state.conflictsWaiting.sorted().map(\.path).joined(separator: ", ")
      state.message = .error("\(files) changed on disk; it is merged with your edits once this field is closed")
      return []
    }
    guard state.overlay == nil else { return [] }
    let asked = state.conflictsWaiting
    state.conflictsWaiting = []
    return [.mergeWithDisk(asked, state.workspace)]
  }

  /// A field is open (in the screens or in $EDITOR), or a merge conflict's value is being typed.
  static func isEditing(_ state: WorkbenchState) -> Bool {
    if state.externalEdit != nil || state.externalConflictEdit != nil { return true }
    switch state.overlay {
    case .editing: return true
    case .mergeConflicts(let list): return list.value != nil
    default: return false
    }
  }

  /// Merges what waited for a field or a question to close, then asks the next merge's
  /// conflicts, once nothing stands in the way.
  static func askWaitingQuestion(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard state.overlay == nil, !isEditing(state) else { return [] }
    if !state.conflictsWaiting.isEmpty {
      // Taking theirs or a reload in the meantime may have settled some of them.
      let still = state.conflictsWaiting.intersection(state.unsaved)
      state.conflictsWaiting = []
      if !still.isEmpty { return askAboutConflict(still, &state) }
    }
    if !state.mergesWaiting.isEmpty {
      state.overlay = .changedOnDisk(ChangedOnDiskQuestion(merge: state.mergesWaiting.removeFirst()))
    }
    return []
  }

  /// The run loop merged documents with their files: clean merges are taken in and saved at
  /// once; conflicts are asked one by one; a document that could not be merged by meaning
  /// asks keep mine / take theirs for the whole of it.
  static func merged(_ merges: [LiveMerge], unmergeable: Set<DocumentRef>, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var effects: [WorkbenchEffect] = []
    let clean = merges.filter(\.conflicts.isEmpty)
    // A document saved or reloaded meanwhile has nothing left to merge.
    let current = clean.filter { state.unsaved.contains($0.document) }
    if !current.isEmpty {
      for merge in current { state.workspace = state.workspace.replacing([merge.document], from: merge.workspace) }
      let documents = Set(current.map(\.document))
      state.refreshFindings()
      repairPanes(&state)
      let incoming = current.flatMap(\.incoming)
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      let what = incoming.isEmpty ? "nothing new" : incoming[0] + (incoming.count > 1 ? " (and \(incoming.count - 1) more)" : "")
      state.message = .info("merged the change on disk into your edits of \(files): \(what)")
      effects.append(.overwrite(state.workspace, documents))
    }
    state.mergesWaiting += merges.filter { !$0.conflicts.isEmpty && state.unsaved.contains($0.document) }
    let whole = unmergeable.intersection(state.unsaved)
    if !whole.isEmpty {
      if case .conflict(let open) = state.overlay {
        state.overlay = .conflict(open.union(whole))
      } else if state.overlay == nil {
        state.overlay = .conflict(whole)
      } else {
        state.conflictsWaiting.formUnion(whole)
      }
    }
    return effects + askWaitingQuestion(&state)
  }

  /// An answer to one conflict of a merge with the file on disk; after the last, the run loop
  /// settles them all in the merged document.
  static func answerChangedOnDisk(_ key: Key, _ question: ChangedOnDiskQuestion, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var question = question
    switch key {
    case .character("m"): question.choices.append(.ours)
    case .character("t"): question.choices.append(.theirs)
    default: return []  // The question stays until it is answered: neither side is lost by a stray key.
    }
    guard question.choices.count >= question.merge.conflicts.count else {
      state.overlay = .changedOnDisk(question)
      return []
    }
    state.overlay = nil
    return [.settleMerge(question.merge, question.choices, state.workspace)]
  }

  static func reloaded(
    _ documents: Set<DocumentRef>, from workspace: Workspace, problems: [Finding], unreadable: [DocumentRef: String],
    _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    let readable = documents.subtracting(unreadable.keys)
    let settings = state.workspace.manifest
    state.workspace = state.workspace.replacing(readable, from: workspace)
    state.loadProblems.removeAll { documents.contains($0.document) }
    state.loadProblems += problems
    for document in documents { state.readOnlyDocuments[document] = unreadable[document] }
    state.unsaved.subtract(documents)
    state.refreshFindings()
    repairPanes(&state)
    followSettings(from: settings, &state)
    if !documents.isEmpty {
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      state.message = unreadable.isEmpty ? .info("reloaded \(files) (changed on disk)")
        : .error("reloaded \(files); \(unreadable.count) could not be read and \(unreadable.count == 1 ? "is" : "are") read-only")
    }
    return []
  }
}
