import PillarsCore

extension MarkdownExport {
  /// `decisions.md`: every stop / start / continue decision of every review and checkpoint, the open
  /// ones first, so what is still owed is read before what was settled.
  static func writeDecisionsLog(into document: inout MarkdownDocument, _ context: ExportContext) {
    let log = context.workspace.decisionsLog(today: context.today)
    guard !log.isEmpty else {
      document.paragraph("No decisions yet: the weekly reviews and monthly checkpoints record what the team stops, starts and continues.")
      return
    }
    let decisions = log.map(\.decision)
    let open = decisions.filter { $0.state == .open }.count
    let overdue = decisions.filter { $0.isOverdue(on: context.today) }.count
    let done = decisions.filter { $0.state == .done }.count
    let dropped = decisions.filter { $0.state == .dropped }.count
    document.paragraph(Markdown(verbatim:
      "\(plural(log.count, "decision")) taken: \(open) open"
        + (overdue > 0 ? " (\(overdue) past \(overdue == 1 ? "its" : "their") due date)" : "")
        + ", \(done) done, \(dropped) dropped. Open ones first, overdue first, then by due date."
        + customerFirstCount(decisions)))
    document.table(
      ["Decision", "What", "Taken at", "Owner", "Due", "State", "Note"],
      log.map { taken, decision in
        let state: Markdown = decision.isOverdue(on: context.today) ? "**open, overdue**" : "\(decision.state.rawValue)"
        return [
          "**\(decision.kind.rawValue)**", what(decision), Markdown(verbatim: takenAt(taken)),
          ExportFormat.owner(decision.owner), Markdown(verbatim: decision.due?.description ?? "–"), state,
          decision.note.isBlank ? "–" : .cell(decision.note),
        ]
      })
  }

  /// A decision's words, marked when it chose the customer over a short-term number.
  static func what(_ decision: Decision) -> Markdown {
    decision.customerFirst ? .cell(decision.text) + " · *customer first*" : .cell(decision.text)
  }

  /// " 2 chose the customer over a short-term number (customer first).", or nothing when none did.
  static func customerFirstCount(_ decisions: [Decision]) -> String {
    let count = decisions.filter(\.customerFirst).count
    return count == 0 ? "" : " \(count) chose the customer over a short-term number (customer first)."
  }

  /// "Review 2026-W06", "Checkpoint January 2026".
  private static func takenAt(_ log: DecisionLog) -> String {
    switch log {
    case .review(let week): "Review \(week)"
    case .checkpoint(let month): "Checkpoint \(month.title)"
    }
  }
}

// The decisions log reads the reviews' and the checkpoints' decisions together; it comes after the
// checkpoints, the later of the two kinds.
extension CheckpointKind {
  static var decisionsLogPage: PageKind {
    PageKind(.fixed("decisions"), title: "Decisions log",
      purpose: "every decision of the reviews and checkpoints, what is still open first",
      write: MarkdownExport.writeDecisionsLog)
  }
}
