import PillarsCore

/// Opening the field editor, for any pane, and restoring an earlier promise.
extension Workbench {
  static func openEditor(_ target: EditTarget, _ state: inout WorkbenchState) {
    if let reason = state.readOnlyDocuments[target.document] {
      state.message = .error("\(target.document.path) is read-only: \(reason)")
      return
    }
    if let refusal = target.computedRefusal(in: state.workspace) {
      state.message = .error(refusal)
      return
    }
    state.overlay = .editing(FieldEditor(target: target, workspace: state.workspace))
  }

  static func restorePromise(_ index: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let history = Array(state.workspace.promise.history.reversed())
    guard history.indices.contains(index) else { return [] }
    var workspace = state.workspace
    workspace.promise.commit(sentence: history[index].sentence, on: state.today)
    let effects = change(to: workspace, label: "restore an earlier promise", &state)
    state.message = .info("restored the promise from before \(history[index].replacedOn) — u to undo")
    return effects
  }
}
