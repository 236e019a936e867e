import PillarsCore

/// Following up stop / start / continue decisions, wherever they were taken: the weekly review
/// and the monthly checkpoint share these, so a decision is marked done, dropped or made an
/// action the same way in both.
extension Workbench {
  /// `x`, `X`, `A` on a decision: done, dropped (then why), or an action on a pillar.
  static func followUp(
    _ command: Command, _ decision: (log: DecisionLog, id: DecisionID)?, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    guard let (log, id) = decision else {
      state.message = .info("x, X and A are for a decision: pick one to follow up, or one of this week's")
      return []
    }
    guard let decision = state.workspace.decisions(in: log).first(where: { $0.id == id }) else { return [] }
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    switch command {
    case .decisionToAction:
      return beginReviewEdit(.decisionAction(log, id), &state)
    case .dropDecision:
      let effects = setDecision(log, id, to: .dropped, label: "drop decision", &state)
      guard !effects.isEmpty else { return [] }
      state.message = .info("dropped \"\(shortQuote(decision.text))\": say why, or Esc to leave no note — u to undo")
      return effects + beginReviewEdit(.decision(log, id, .note), &state)
    default:
      let effects = setDecision(log, id, to: .done, label: "mark decision done", &state)
      if !effects.isEmpty { state.message = .info("done: \"\(shortQuote(decision.text))\" — u to undo") }
      return effects
    }
  }

  /// `d` on a decision: asks first.
  static func confirmDeletingDecision(_ log: DecisionLog, _ id: DecisionID, _ state: inout WorkbenchState) {
    guard let decision = state.workspace.decisions(in: log).first(where: { $0.id == id }) else { return }
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return
    }
    state.overlay = .confirm(Confirmation(consequence: .delete(.decision(log, id)),
      question: "Delete the decision \(decision.kind.title) \"\(decision.text)\"? (y/n)"))
  }

  private static func setDecision(
    _ log: DecisionLog, _ id: DecisionID, to decisionState: DecisionState, label: String, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    var workspace = state.workspace
    guard workspace.decisions(in: log).contains(where: { $0.id == id }) else { return [] }
    workspace.updateDecisions(in: log) { decisions in
      if let index = decisions.firstIndex(where: { $0.id == id }) { decisions[index].state = decisionState }
    }
    return change(to: workspace, label: label, &state)
  }

  /// Opens the field editor on a field of the review or the checkpoint, unless it cannot be written.
  static func beginReviewEdit(_ target: EditTarget, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
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
}
