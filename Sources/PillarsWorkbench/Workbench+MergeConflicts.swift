import PillarsCore
import PillarsMerge
import ScreenKit

/// The merge conflicts git's merges left in the workspace: listed, shown side by side, settled
/// one by one through the run loop, which writes the document with the store and reads it again.
extension Workbench {
  static func showMergeConflicts(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard !state.mergeConflicts.isEmpty else {
      state.message = .info("no merge conflicts: every merge settled itself")
      return []
    }
    state.overlay = .mergeConflicts(ConflictList())
    return []
  }

  /// The records as the run loop read them; a document whose last conflict went is ready for `git add`.
  static func mergeConflictsRead(_ records: [ConflictRecord], _ state: inout WorkbenchState) {
    let before = state.mergeConflicts.count
    state.mergeConflicts = records
    if case .mergeConflicts(var list) = state.overlay {
      let count = state.allMergeConflicts.count
      if count == 0 {
        state.overlay = nil
      } else {
        list.selected = min(list.selected, count - 1)
        state.overlay = .mergeConflicts(list)
      }
    }
    if before == 0, !records.isEmpty, state.message == nil {
      let count = state.allMergeConflicts.count
      state.message = .error("\(plural(count, "merge conflict")) to settle: C lists \(count == 1 ? "it" : "them")")
    }
  }

  static func mergeConflictResolved(
    _ conflict: MergeConflict, remaining: [ConflictRecord], file: String, error: String?, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    mergeConflictsRead(remaining, &state)
    if let error {
      state.message = .error("not settled: \(error)")
      return []
    }
    let left = remaining.first { $0.document == conflict.document }?.conflicts.count ?? 0
    if left == 0 {
      state.message = .info("\(conflict.document.path): every conflict settled. Now `git add \(file)`")
    } else {
      state.message = .info("settled \(conflict.subject); \(plural(left, "conflict")) left in \(conflict.document.path)")
    }
    return []
  }

  static func mergeConflictKey(_ key: Key, _ list: inout ConflictList, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let conflicts = state.allMergeConflicts
    guard conflicts.indices.contains(list.selected) else {
      state.overlay = nil
      return []
    }
    if var field = list.value {
      // Typing the value by hand: the shared text field's keys, Enter keeps it, Esc drops it.
      switch key {
      case .escape:
        list.value = nil
        list.refusal = nil
      case .enter:
        return settleSelected(nil, &list, &state)
      case .ctrl("o"):
        return writeInExternalEditor(conflicts[list.selected], text: field.text, &state)
      default:
        if key == .ctrl("j") { field.apply(.insert("\n")) } else if let edit = textEdit(for: key, multiline: field.multiline) { field.apply(edit) }
        list.value = field
        list.refusal = nil
      }
      state.overlay = .mergeConflicts(list)
      return []
    }
    switch KeyMap.conflictCommand(for: key) {
    case .moveDown?: list.selected = min(conflicts.count - 1, list.selected + 1)
    case .moveUp?: list.selected = max(0, list.selected - 1)
    case .back?:
      state.overlay = nil
      return []
    case .takeOurs?: return run(.takeOurs, &state)
    case .takeTheirs?: return run(.takeTheirs, &state)
    case .edit?:
      if let refusal = refusalToWrite(conflicts[list.selected], state) {
        state.message = .error(refusal)
        return []
      }
      let conflict = conflicts[list.selected]
      list.value = TextField(ConflictList.text(of: conflict.ours), multiline: ConflictList.holdsText(conflict))
    case .editInExternalEditor?:
      let conflict = conflicts[list.selected]
      return writeInExternalEditor(conflict, text: ConflictList.text(of: conflict.ours), &state)
    default:
      break  // The list stays open: a stray key settles nothing.
    }
    state.overlay = .mergeConflicts(list)
    return []
  }

  /// Settles the highlighted conflict with a side, or (`choice` nil) with the value typed.
  static func settleSelected(_ choice: ConflictChoice?, _ list: inout ConflictList, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let conflicts = state.allMergeConflicts
    guard conflicts.indices.contains(list.selected) else { return [] }
    let conflict = conflicts[list.selected]
    if let refusal = refusalToWrite(conflict, state) {
      state.message = .error(refusal)
      return []
    }
    var chosen = choice
    if chosen == nil, let field = list.value {
      switch ConflictList.value(from: field.text, for: conflict) {
      case .success(let value): chosen = .value(value)
      case .failure(let refusal):
        list.refusal = refusal.message
        state.overlay = .mergeConflicts(list)
        return []
      }
    }
    guard let chosen else { return [] }
    list.value = nil
    list.refusal = nil
    state.overlay = .mergeConflicts(list)
    state.message = .info("settling \(conflict.subject)…")
    return [.resolveMergeConflict(conflict, chosen)]
  }

  /// Why this conflict cannot be settled now, or nil.
  private static func refusalToWrite(_ conflict: MergeConflict, _ state: WorkbenchState) -> String? {
    if let refusal = writeRefusal(state) { return refusal }
    if state.unsaved.contains(conflict.document) {
      return "\(conflict.document.path) has edits not yet saved; save them (C-s) before settling its conflicts"
    }
    return nil
  }

  private static func writeInExternalEditor(_ conflict: MergeConflict, text: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = refusalToWrite(conflict, state) {
      state.message = .error(refusal)
      return []
    }
    guard conflict.kind != .moved else {
      state.message = .error("a move is settled by o (ours) or t (theirs), not by a value")
      return []
    }
    state.externalConflictEdit = conflict
    return [.openExternalEditor(text: text)]
  }

  /// $EDITOR closed on a conflict's value: settle it with what was written, or say why not.
  static func conflictEditorFinished(text: String?, error: String?, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let conflict = state.externalConflictEdit else { return [] }
    state.externalConflictEdit = nil
    guard var text else {
      state.message = .error(error ?? "the editor did not finish; nothing changed")
      return []
    }
    // Editors add a final newline; the value does not keep it.
    while text.hasSuffix("\n") { text.removeLast() }
    switch ConflictList.value(from: text, for: conflict) {
    case .success(let value):
      state.message = .info("settling \(conflict.subject)…")
      return [.resolveMergeConflict(conflict, .value(value))]
    case .failure(let refusal):
      state.message = .error(refusal.message)
      return []
    }
  }
}
