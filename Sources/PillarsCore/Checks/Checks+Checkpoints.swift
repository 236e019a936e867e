/// The monthly checkpoints: their decisions as the reviews' are checked, and the primary segment they confirmed.
extension Checks {
  static func lintCheckpoints(_ context: inout CheckContext) {
    for checkpoint in context.workspace.checkpoints {
      let document = DocumentRef.checkpoint(checkpoint.month)
      guard context.isAvailable(document) else { continue }
      context.checkIDs(checkpoint.decisions.map(\.id), document, at: { ["decisions", .index($0), "id"] }, what: "decision")
      context.checkSegmentReference(checkpoint.primarySegment, document, ["primarySegment"])
      for (index, decision) in checkpoint.decisions.enumerated() {
        if decision.text.isBlank {
          context.error(.emptyName, document, ["decisions", .index(index), "text"], "a decision needs a text")
        }
        if decision.isOverdue(on: context.today) {
          context.warning(.decisionOverdue, document, ["decisions", .index(index), "due"],
            "the decision to \(decision.kind.rawValue) \"\(decision.text)\" of the \(checkpoint.month) checkpoint was due \(decision.due?.description ?? "") and is still open: mark it done or drop it")
        }
      }
    }
  }
}
