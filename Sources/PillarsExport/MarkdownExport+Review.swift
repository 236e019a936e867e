import PillarsCore

extension MarkdownExport {
  /// `review-YYYY-Www.md`: who came, the scorecard that week with the team's notes, the customer
  /// signals, and the decisions.
  static func writeReview(_ review: Review, into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    let attendees = review.attendees.filter { !$0.isBlank }
    document.paragraph(
      attendees.isEmpty
        ? "**Attendees:** none recorded."
        : "**Attendees:** " + .joined(attendees.map { "\($0)" }, separator: ", ") + ".")

    document.heading(2, Markdown(verbatim: "The scorecard in \(review.week)"))
    let metrics = MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }
    let known = Set(metrics.map(\.id.rawValue))
    // Notes about metrics the scorecard no longer has are kept, after the scorecard's own.
    let orphanNotes = review.notes.keys.filter { !known.contains($0) }.sorted()
    if metrics.isEmpty && orphanNotes.isEmpty {
      document.paragraph("No metrics on the scorecard.")
    } else {
      var rows: [[Markdown]] = metrics.map { metric in
        let observation = metric.observation(for: review.week)
        return [
          "\(metric.name)", "\(metric.layer.title)",
          observation.map { ExportFormat.value($0.value, unit: metric.unit) } ?? "no value",
          ExportFormat.target(of: metric),
          ExportFormat.status(observation.map { metric.status(of: $0.value) } ?? .noData),
          review.notes[metric.id.rawValue].map(Markdown.cell) ?? "",
        ]
      }
      rows += orphanNotes.map { id in
        ["\(id) (not in the scorecard)", "–", "–", "–", "–", .cell(review.notes[id] ?? "")]
      }
      document.table(["Metric", "Layer", "Value", "Target", "Status", "Team's note"], rows)
    }

    writeReviewSignals(review, into: &document, context)
    writeDecisions(review.decisions, into: &document)
  }

  /// The decisions of a review or a checkpoint: stop, start, continue, each with where it stands now.
  static func writeDecisions(_ decisions: [Decision], into document: inout MarkdownDocument) {
    document.heading(2, "Decisions")
    let decisions = DecisionKind.allCases.flatMap { kind in decisions.filter { $0.kind == kind } }
    if decisions.isEmpty {
      document.paragraph("No decisions recorded.")
    } else {
      // Where each decision stands now: open (with its due date), done or dropped, and what came of it.
      document.table(
        ["Decision", "What", "Owner", "Due", "State"],
        decisions.map { decision in
          let state: Markdown = decision.note.isEmpty
            ? "\(decision.state.rawValue)" : "\(decision.state.rawValue): " + .cell(decision.note)
          return ["**\(decision.kind.rawValue)**", what(decision), ExportFormat.owner(decision.owner),
            Markdown(verbatim: decision.due?.description ?? "–"), state]
        })
    }
  }
}

extension ReviewKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    workspace.reviews.map { review in
      PageKind(.unique("review-\(review.week)"), title: "Weekly review \(review.week)",
        purpose: "who came, the numbers that week, what customers contacted us about, and what was decided",
        write: { MarkdownExport.writeReview(review, into: &$0, $1) })
    }
  }
}
