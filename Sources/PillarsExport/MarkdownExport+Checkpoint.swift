import PillarsCore

extension MarkdownExport {
  /// `checkpoint-YYYY-MM.md`: who came, segment focus, every metric's four weeks, the assumptions
  /// due, the experiments finished with their decisions, and the decisions of the month.
  static func writeCheckpoint(_ checkpoint: MonthlyCheckpoint, into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    let agenda = CheckpointAgenda(workspace, month: checkpoint.month, today: context.today)
    let attendees = checkpoint.attendees.filter { !$0.isBlank }
    document.paragraph(
      attendees.isEmpty
        ? "**Attendees:** none recorded."
        : "**Attendees:** " + .joined(attendees.map { "\($0)" }, separator: ", ") + ".")

    document.heading(2, "Segment focus")
    let confirmed = checkpoint.primarySegment.map { id -> Markdown in
      workspace.segments[id].map { "\($0.name)" } ?? "\(id.rawValue) (not in the segments)"
    }
    document.paragraph(confirmed.map { "**Primary segment confirmed:** " + $0 + "." } ?? "**Primary segment:** not confirmed at this checkpoint.")
    if agenda.segments.isEmpty {
      document.paragraph("No segments yet.")
    } else {
      document.table(
        ["Segment", "Attractiveness", "Fit", "Score", "Primary now"],
        agenda.segments.map { segment in
          ["\(segment.name)", Markdown(verbatim: segment.attractiveness.mean.compactText(digits: 1)), Markdown(verbatim: "\(segment.fit)"),
            Markdown(verbatim: segment.score.compactText(digits: 1)), segment.primary ? "yes" : ""]
        })
    }

    document.heading(2, Markdown(verbatim: "The scorecard over the four weeks to \(agenda.lastWeek)"))
    if agenda.trends.isEmpty {
      document.paragraph("No metrics on the scorecard.")
    } else {
      document.table(
        ["Metric", "Layer", "Trend", "First", "Last", "Change"],
        agenda.trends.map { trend in
          let known = trend.values.compactMap { $0 }
          let change: Markdown = workspace.scorecard[trend.metric].map { ExportFormat.change(trend.change, of: $0) } ?? "–"
          return [
            "\(trend.name)", "\(trend.layer.title)", Markdown(verbatim: ExportFormat.sparkline(trend.values)),
            known.first.map { ExportFormat.value($0, unit: trend.unit) } ?? "no value",
            known.count > 1 ? known.last.map { ExportFormat.value($0, unit: trend.unit) } ?? "–" : "–", change,
          ]
        })
    }

    document.heading(2, "Assumptions due to be looked at")
    if agenda.assumptionsDue.isEmpty {
      document.paragraph("None due this month.")
    } else {
      document.table(
        ["Assumption", "Kind", "Importance", "Evidence", "State", "Look again on"],
        agenda.assumptionsDue.map { assumption in
          [.cell(assumption.statement), "\(assumption.kind.label)", Markdown(verbatim: "\(assumption.importance)"),
            Markdown(verbatim: "\(assumption.evidence)"), "\(assumption.state.label)",
            Markdown(verbatim: assumption.revisit?.description ?? "–")]
        })
    }

    document.heading(2, "Experiments finished this month")
    if agenda.experimentsFinished.isEmpty {
      document.paragraph("None finished this month.")
    } else {
      document.table(
        ["Experiment", "Ended", "Result", "Decision", "Next step"],
        agenda.experimentsFinished.map { experiment in
          ["\(experiment.name)", Markdown(verbatim: experiment.end?.description ?? "–"),
            experiment.result.map { "\($0.label)" } ?? "\(experiment.state.label)",
            experiment.decision.map { "\($0.label)" } ?? "**none yet**",
            experiment.nextStep.isBlank ? "–" : .cell(experiment.nextStep)]
        })
    }

    writeDecisions(checkpoint.decisions, into: &document)
  }
}

extension CheckpointKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    workspace.checkpoints.map { checkpoint in
      PageKind(.unique("checkpoint-\(checkpoint.month)"), title: "Monthly checkpoint \(checkpoint.month.title)",
        purpose: "segment focus, the scorecard's month, the assumptions and experiments looked at, and what was decided",
        write: { MarkdownExport.writeCheckpoint(checkpoint, into: &$0, $1) })
    } + [decisionsLogPage]
  }
}
