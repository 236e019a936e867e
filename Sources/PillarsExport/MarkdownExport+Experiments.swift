import PillarsCore

extension MarkdownExport {
  /// `experiments.md`: the experiment tracker, by state, then each experiment's test card and learning card.
  static func writeExperiments(into document: inout MarkdownDocument, _ context: ExportContext) {
    let experiments = listedExperiments(context.workspace)
    guard !experiments.isEmpty else {
      document.paragraph("No experiments yet: test the riskiest assumption first.")
      return
    }
    document.paragraph("Running first, then planned, done and stopped; each state by its end date.")
    document.table(
      ["Experiment", "State", "Owner", "Dates", "Metric", "Due or result"],
      experiments.map { experiment in
        [
          "\(experiment.name)", "\(experiment.state.label)", ExportFormat.owner(experiment.owner), dates(of: experiment),
          experiment.metric.map { ExportFormat.metricName($0, in: context.workspace) } ?? "*none*",
          dueOrResult(experiment, today: context.today),
        ]
      })
    for experiment in experiments {
      document.heading(2, "\(experiment.name)")
      document.heading(3, "Test card")
      let assumptions = experiment.assumptions.map { id -> Markdown in
        context.workspace.assumptions[id].map { "\($0.statement)" } ?? "\(id.rawValue) (not in the log)"
      }
      document.bullets([
        "**We believe that** " + card(experiment.hypothesis, after: "We believe that"),
        "**Assumptions it tests:** " + (assumptions.isEmpty ? "none named" : .joined(assumptions, separator: "; ")),
        "**To verify that, we will** " + card(experiment.test, after: "To verify that, we will"),
        "**Metric:** " + (experiment.metric.map { ExportFormat.metricName($0, in: context.workspace) } ?? "none"),
        "**We are right if** " + card(experiment.criterion, after: "We are right if"),
        "**Dates:** " + dates(of: experiment) + ", **owner:** " + ExportFormat.owner(experiment.owner),
      ])
      document.heading(3, "Learning card")
      if experiment.result == nil && experiment.state != .stopped {
        document.paragraph(experiment.isOverdue(on: context.today) ? "**Past its end without a result.**" : "Not finished yet.")
      } else {
        var lines: [Markdown] = []
        if experiment.state == .stopped {
          lines.append("**Stopped:** " + (experiment.stopReason.isBlank ? "no reason given" : .lines(experiment.stopReason)))
        }
        lines += [
          "**Result:** " + (experiment.result.map { "\($0.label)" } ?? "none"),
          "**Observed:** " + (experiment.observed.isBlank ? "nothing recorded" : .lines(experiment.observed)),
          "**We learned that** " + card(experiment.learning, after: "We learned that"),
          "**Decision:** " + (experiment.decision.map { "\($0.label)" } ?? "none yet"),
          "**Next step:** " + (experiment.nextStep.isBlank ? "none yet" : .lines(experiment.nextStep)),
        ]
        document.bullets(lines)
      }
    }
  }

  /// The strategy page's lines on the loop: what is being tested now, and what should be next.
  static func writeLoopSummary(into document: inout MarkdownDocument, _ context: ExportContext) {
    let running = listedExperiments(context.workspace).filter { $0.state == .running }
    document.paragraph(
      running.isEmpty
        ? "**Running experiments:** none."
        : "**Running experiments:** " + .joined(running.map { "\($0.name) (ends \(Markdown(verbatim: $0.end?.description ?? "undated")))" }, separator: "; ") + ".")
    let riskiest = context.workspace.assumptions.ranked.filter(\.isRiskiest)
    document.paragraph(
      riskiest.isEmpty
        ? "**Riskiest assumptions:** none: every important assumption has evidence."
        : "**Riskiest assumptions** (important, little evidence: test these first): "
          + .joined(riskiest.prefix(3).map { "\($0.statement)" }, separator: "; ") + ".")
  }

  static func listedExperiments(_ workspace: Workspace) -> [Experiment] {
    [ExperimentState.running, .planned, .done, .stopped].flatMap { state in
      workspace.experiments.filter { $0.state == state }.sorted { ($0.end?.dayNumber ?? .max, $0.id) < ($1.end?.dayNumber ?? .max, $1.id) }
    }
  }

  private static func dates(of experiment: Experiment) -> Markdown {
    Markdown(verbatim: "\(experiment.start?.description ?? "…") to \(experiment.end?.description ?? "…")")
  }

  private static func dueOrResult(_ experiment: Experiment, today: CalendarDate) -> Markdown {
    if experiment.isOverdue(on: today) { return "**past its end, no result**" }
    if experiment.endsThisWeek(from: today) { return "ends this week" }
    switch experiment.state {
    case .planned, .running: return "–"
    case .done: return "\(experiment.result?.label ?? "no result"), \(experiment.decision?.label ?? "no decision yet")"
    case .stopped: return "stopped"
    }
  }

  /// A card's sentence without its opening words, which the label already says.
  private static func card(_ text: String, after opening: String) -> Markdown {
    guard !text.isBlank else { return "…" }
    var rest = text.trimmingWhitespace
    if rest.lowercased().hasPrefix(opening.lowercased()) { rest = String(rest.dropFirst(opening.count)).trimmingWhitespace }
    return .lines(rest)
  }
}

extension ExperimentKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("experiments"), title: "Experiment tracker", purpose: "every experiment, its test card and its learning card",
        write: MarkdownExport.writeExperiments)
    ]
  }
}
