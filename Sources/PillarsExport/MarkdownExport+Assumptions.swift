import PillarsCore

extension MarkdownExport {
  /// `assumptions.md`: the assumptions log, riskiest first.
  static func writeAssumptions(into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    let ranked = workspace.assumptions.ranked
    guard !ranked.isEmpty else {
      document.paragraph("No assumptions yet: write down what the strategy takes for true.")
      return
    }
    document.paragraph(
      "Riskiest first: importance times the evidence missing, each from 1 to 5. The important ones with "
        + "little evidence (importance 4 or 5, evidence 1 or 2) are the ones to test first.")
    let testedBy = AssumptionsDocument.experimentsByAssumption(in: workspace)
    let riskiest = ranked.filter(\.isRiskiest)
    document.heading(2, "Test these first")
    if riskiest.isEmpty {
      document.paragraph("None: every important assumption has some evidence.")
    } else {
      document.bullets(riskiest.map { assumption in
        let tests = testedBy[assumption.id] ?? []
        return "\(assumption.statement) "
          + (tests.isEmpty ? "(**no experiment yet**)" : "(tested by " + .joined(tests.map { "\($0.name)" }, separator: ", ") + ")")
      })
    }
    document.heading(2, "The log")
    document.table(
      ["Assumption", "Kind", "Importance", "Evidence", "State", "Tested by", "Rests on it", "Owner", "Look again on"],
      ranked.map { assumption in
        let tests = (testedBy[assumption.id] ?? []).map { experiment -> Markdown in "\(experiment.name)" }
        return [
          .cell(assumption.statement), "\(assumption.kind.label)", "\(assumption.importance)", "\(assumption.evidence)",
          "\(assumption.state.label)", tests.isEmpty ? "–" : .joined(tests, separator: ", "), restsOn(assumption, context),
          ExportFormat.owner(assumption.owner), Markdown(verbatim: assumption.revisit?.description ?? "–"),
        ]
      },
      alignments: [.left, .left, .right, .right, .left, .left, .left, .left, .left])
  }

  /// The promise, segment and touchpoints the assumption underlies.
  private static func restsOn(_ assumption: Assumption, _ context: ExportContext) -> Markdown {
    var parts: [Markdown] = []
    if assumption.underliesPromise { parts.append("the promise") }
    if let segment = context.segmentName(assumption.segment) { parts.append(segment) }
    for link in assumption.touchpoints {
      let journey = context.workspace.journey(link.journey)
      let touchpoint = journey.flatMap { j in j.position(of: link.touchpoint).map { j.stages[$0.stage].touchpoints[$0.touchpoint] } }
      parts.append(touchpoint.map { "\($0.name)" } ?? "\(link.description) (not in the journeys)")
    }
    return parts.isEmpty ? "–" : .joined(parts, separator: ", ")
  }
}

extension AssumptionsKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("assumptions"), title: "Assumptions log", purpose: "what the strategy takes for true, riskiest first",
        write: MarkdownExport.writeAssumptions)
    ]
  }
}
