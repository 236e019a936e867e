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
      return beginEditing(.decisionAction(log, id), &state)
    case .markDecisionDone where decision.state != .open:
      // x again on a settled decision: it was not done after all, and comes back.
      let effects = setDecision(log, id, to: .open, label: "open decision again", &state)
      if !effects.isEmpty { state.message = .info("open again: \"\(shortQuote(decision.text))\" — u to undo") }
      return effects
    case .dropDecision:
      let effects = setDecision(log, id, to: .dropped, label: "drop decision", &state)
      guard !effects.isEmpty else { return [] }
      state.message = .info("dropped \"\(shortQuote(decision.text))\": say why, or Esc to leave no note — u to undo")
      return effects + beginEditing(.decision(log, id, .note), &state)
    default:
      let effects = setDecision(log, id, to: .done, label: "mark decision done", &state)
      if !effects.isEmpty { state.message = .info("done: \"\(shortQuote(decision.text))\" — u to undo") }
      return effects
    }
  }

  /// `D`, `n`, `f` on a decision: its due date (the field opens with the date selected), what
  /// came of it, or whether it chose the customer over a short-term number.
  static func editDecision(
    _ command: Command, _ decision: (log: DecisionLog, id: DecisionID)?, _ state: inout WorkbenchState
  ) -> [WorkbenchEffect] {
    guard let (log, id) = decision else {
      state.message = .info("D sets a decision's due date, n what came of it, f marks it customer first: pick a decision")
      return []
    }
    guard let decision = state.workspace.decisions(in: log).first(where: { $0.id == id }) else { return [] }
    switch command {
    case .toggleCustomerFirst:
      if let refusal = writeRefusal(state) {
        state.message = .error(refusal)
        return []
      }
      let target = EditTarget.decision(log, id, .customerFirst)
      var refusal: String?
      let effects = commit(target, decision.customerFirst ? "no" : "yes", &state, refusal: &refusal)
      if let refusal {
        state.message = .error(refusal)
      } else if !effects.isEmpty {
        state.message = .info(decision.customerFirst
          ? "\"\(shortQuote(decision.text))\" is no longer marked customer first — u to undo"
          : "♥ customer first: \"\(shortQuote(decision.text))\" chose the customer over a short-term number — u to undo")
      }
      return effects
    case .editNote: return beginEditing(.decision(log, id, .note), &state)
    default: return beginEditing(.decision(log, id, .due), &state)
    }
  }

  /// After a decision is recorded: the review or checkpoint highlights it, so o, D and f apply to
  /// it next, and the message says when it is due.
  static func recordedDecision(in log: DecisionLog, _ state: inout WorkbenchState) {
    guard let decision = state.workspace.decisions(in: log).last else { return }
    if var session = state.review, case .review(session.week) = log {
      session.row = max(0, session.items(in: state.workspace).count - 1)
      state.review = session
    }
    if var session = state.checkpoint, case .checkpoint(session.month) = log {
      session.row = max(0, session.items(in: state.workspace, today: state.today).count - 1)
      state.checkpoint = session
    }
    // Short, so the save that follows still shows beside it; the line says the rest.
    state.message = .info(decision.due.map { "recorded, due \($0) when it comes back: D changes it" } ?? "recorded")
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
}
