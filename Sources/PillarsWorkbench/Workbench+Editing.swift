import PillarsCore

/// Editing: which field the cursor is on, committing edits, deleting, undo and redo.
extension Workbench {
  static func beginEdit(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    guard let target = focusedField(state) else {
      state.message = .info("nothing to edit here")
      return []
    }
    return beginEditing(target, &state)
  }

  /// Opens the field editor on `target`, unless it cannot be written: the workspace is read-only,
  /// its document is, or its value is worked out rather than kept.
  static func beginEditing(_ target: EditTarget, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    if let reason = state.readOnlyDocuments[target.document] {
      state.message = .error("\(target.document.path) is read-only: \(reason)")
      return []
    }
    if let refusal = target.computedRefusal(in: state.workspace) {
      state.message = .error(refusal)
      return []
    }
    state.overlay = .editing(FieldEditor(target: target, workspace: state.workspace))
    return []
  }

  /// `explicit` names the field when an overlay, not the pane, has it highlighted.
  static func beginExternalEdit(_ state: inout WorkbenchState, target explicit: EditTarget? = nil) -> [WorkbenchEffect] {
    let target: EditTarget?
    if case .editing(let editor) = state.overlay { target = editor.target } else { target = explicit ?? focusedField(state) }
    guard let target, case .text = target.kind(in: state.workspace) else {
      state.message = .info("E edits a text field in $EDITOR; this is not one")
      return []
    }
    if let reason = state.readOnlyDocuments[target.document] {
      state.message = .error("\(target.document.path) is read-only: \(reason)")
      return []
    }
    var text = target.currentText(in: state.workspace)
    if case .editing(let editor) = state.overlay { text = editor.field.text }
    state.overlay = nil
    state.externalEdit = target
    return [.openExternalEditor(text: text)]
  }

  static func externalEditorFinished(text: String?, error: String?, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if state.externalConflictEdit != nil { return conflictEditorFinished(text: text, error: error, &state) }
    guard let target = state.externalEdit else { return [] }
    state.externalEdit = nil
    // A field edited from a list (the settings, the charter) comes back to that list.
    if state.overlay == nil { state.overlay = overlayAfterEditing(target) }
    guard let text else {
      state.message = .error(error ?? "the editor did not finish; nothing changed")
      return []
    }
    // Editors add a final newline; a single-line field takes the text as one line.
    var cleaned = text
    while cleaned.hasSuffix("\n") { cleaned.removeLast() }
    if case .text(let multiline) = target.kind(in: state.workspace), !multiline {
      cleaned = TextField.clean(cleaned, multiline: false)
    }
    return commit(target, cleaned, &state)
  }

  /// Applies a field's new text; on refusal the workspace is untouched and the reason returned.
  static func commit(_ target: EditTarget, _ text: String, _ state: inout WorkbenchState, refusal: inout String?) -> [WorkbenchEffect] {
    guard text != target.currentText(in: state.workspace) || target.createsItem else { return [] }
    var workspace = state.workspace
    switch target.apply(text, to: &workspace, today: state.today) {
    case .failure(let reason):
      refusal = reason.message
      return []
    case .success:
      let before = state.workspace
      let edit = "edit \(target.label(in: state.workspace))"
      guard case .newItem(let item) = target else { return change(to: workspace, label: edit, &state) }
      let label: String
      switch item {
      case .metric, .decision: label = edit
      case .action, .touchpoint, .stage, .segment, .journey, .experiment, .assumption: label = "add \"\(shortQuote(text.trimmingWhitespace))\""
      }
      let effects = change(to: workspace, label: label, &state)
      selectAdded(item, before: before, &state)
      if case .decision(let log, _) = item, !effects.isEmpty { recordedDecision(in: log, &state) }
      return effects
    }
  }

  static func commit(_ target: EditTarget, _ text: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var refusal: String?
    let effects = commit(target, text, &state, refusal: &refusal)
    if let refusal { state.message = .error(refusal) }
    return effects
  }

  /// Makes `workspace` current, remembering the change for undo, and saves what changed.
  static func change(to workspace: Workspace, label: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let changed = workspace.changedDocuments(since: state.workspace)
    guard !changed.isEmpty else { return [] }
    if let blocked = changed.first(where: { state.readOnlyDocuments[$0] != nil }) {
      state.message = .error("\(blocked.path) is read-only: \(state.readOnlyDocuments[blocked] ?? "")")
      return []
    }
    state.history.record(label, documents: changed, before: state.workspace, after: workspace)
    let settings = state.workspace.manifest
    state.workspace = workspace
    state.unsaved.formUnion(changed)
    state.refreshFindings()
    repairPanes(&state)
    followSettings(from: settings, &state)
    return [.save(workspace, changed)]
  }

  /// Undoes the last step: only the documents it changed go back, into the workspace as it is
  /// now. A step whose documents changed since (reloaded from disk) is refused and dropped.
  static func undo(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let entry = state.history.takeUndo() else {
      state.message = .info("nothing to undo")
      return []
    }
    guard let effects = step(entry, expecting: entry.after, restoring: entry.before, verb: "undo", &state) else { return [] }
    state.history.undone(entry)
    state.message = .info("undid \(entry.label)")
    return effects
  }

  static func redo(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let entry = state.history.takeRedo() else {
      state.message = .info("nothing to redo")
      return []
    }
    guard let effects = step(entry, expecting: entry.before, restoring: entry.after, verb: "redo", &state) else { return [] }
    state.history.redone(entry)
    state.message = .info("redid \(entry.label)")
    return effects
  }

  /// Puts the step's documents as `restoring` holds them into the current workspace, provided
  /// each is still as `expecting` holds it; otherwise says which are not and returns nil.
  private static func step(
    _ entry: UndoHistory.Entry, expecting: Workspace, restoring: Workspace, verb: String, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect]? {
    let moved = state.workspace.changedDocuments(since: expecting).intersection(entry.documents)
    if !moved.isEmpty {
      let files = moved.sorted().map(\.path).joined(separator: ", ")
      state.message = .error("cannot \(verb): \(files) changed on disk since; the change is kept (\(entry.label))")
      return nil
    }
    if let blocked = entry.documents.sorted().first(where: { state.readOnlyDocuments[$0] != nil }) {
      state.message = .error(
        "cannot \(verb): \(blocked.path) is read-only: \(state.readOnlyDocuments[blocked] ?? "") (\(entry.label))")
      return nil
    }
    let workspace = state.workspace.replacing(entry.documents, from: restoring)
    let changed = workspace.changedDocuments(since: state.workspace)
    let settings = state.workspace.manifest
    state.workspace = workspace
    state.unsaved.formUnion(changed)
    state.refreshFindings()
    repairPanes(&state)
    followSettings(from: settings, &state)
    return changed.isEmpty ? [] : [.save(workspace, changed)]
  }

  // MARK: Deleting

  static func delete(_ item: Deletable, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var workspace = state.workspace
    let label: String
    switch item {
    case .touchpoint(let j, let t):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }), let (s, i) = workspace.journeys[ji].position(of: t)
      else { return [] }
      label = "delete touchpoint \(workspace.journeys[ji].stages[s].touchpoints[i].name)"
      workspace.journeys[ji].stages[s].touchpoints.remove(at: i)
    case .metric(let m):
      label = "delete metric \(workspace.scorecard[m]?.name ?? m.rawValue)"
      workspace.scorecard.metrics.removeAll { $0.id == m }
    case .segment(let s):
      label = "delete segment \(workspace.segments[s]?.name ?? s.rawValue)"
      workspace.segments.segments.removeAll { $0.id == s }
    case .action(let p, let a):
      label = "delete action"
      workspace.pillars[p].actions.removeAll { $0.id == a }
    case .decision(let log, let d):
      label = "delete decision"
      guard workspace.decisions(in: log).contains(where: { $0.id == d }) else { return [] }
      workspace.updateDecisions(in: log) { $0.removeAll { $0.id == d } }
    case .journey(let j):
      label = "delete journey \(workspace.journey(j)?.name ?? j.rawValue)"
      workspace.journeys.removeAll { $0.id == j }
    case .stage(let j, let s):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return [] }
      label = "delete stage \(workspace.journeys[ji].stages.first { $0.id == s }?.name ?? s.rawValue)"
      workspace.journeys[ji].stages.removeAll { $0.id == s }
    case .experiment(let e):
      label = "delete experiment \(workspace.experiment(e)?.name ?? e.rawValue)"
      workspace.experiments.removeAll { $0.id == e }
    case .assumption(let a):
      label = "delete assumption"
      workspace.assumptions.assumptions.removeAll { $0.id == a }
      for e in workspace.experiments.indices { workspace.experiments[e].assumptions.removeAll { $0 == a } }
    case .charterEntry(let channel):
      label = "delete the charter entry of \(channel)"
      workspace.charter.channels.removeAll { ChannelCharter.key($0.channel) == ChannelCharter.key(channel) }
      // The question closed the charter; the answer opens it again where it was.
      state.overlay = charterAfterDeleting(channel, from: state.workspace, to: workspace)
    }
    let effects = change(to: workspace, label: label, &state)
    state.message = .info("\(label) — u to undo")
    return effects
  }

  // MARK: Pasting

  static func paste(_ text: String, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch state.overlay {
    case .editing(var editor):
      if !editor.field.apply(.insert(text)) {
        editor.refusal = "the field holds at most \(editor.field.limit) characters; the paste was cut"
      }
      state.overlay = .editing(editor)
    case .palette(var palette):
      palette.query.apply(.insert(text))
      palette.selected = 0
      state.overlay = .palette(palette)
    case .search(var search):
      search.query.apply(.insert(text))
      search.hits = WorkspaceSearch.run(search.query.text, in: state.workspace)
      search.selected = 0
      state.overlay = .search(search)
    default:
      state.message = .info("to paste, open a field first (e)")
    }
    return []
  }
}
