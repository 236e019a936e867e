import PillarsCore

extension MarkdownExport {
  /// How many friction points the strategy page shows.
  static let worstFrictionCount = 3

  /// `strategy.md`: the whole strategy on one page.
  static func writeStrategy(into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    if !workspace.manifest.owner.isBlank {
      document.paragraph("Kept by \(workspace.manifest.owner).")
    }

    document.heading(2, "The promise")
    writePromiseSentence(into: &document, context)
    let proof = workspace.promise.proofMetrics.map { ExportFormat.metricName($0, in: workspace) }
    document.paragraph(
      proof.isEmpty
        ? "**Proved by:** no proof metrics yet."
        : "**Proved by:** " + .joined(proof, separator: ", ") + ".")

    document.heading(2, "Primary segment")
    if let primary = workspace.segments.primary {
      document.paragraph(
        "**\(primary.name)**: score \(Markdown(verbatim: primary.score.compactText)) of 25 (attractiveness "
          + "\(Markdown(verbatim: primary.attractiveness.mean.compactText)), fit \(primary.fit)).")
      document.paragraph(.lines(primary.description))
    } else {
      document.paragraph("No primary segment chosen yet.")
    }

    document.heading(2, "The five pillars")
    document.table(
      ["#", "Pillar", "Status", "Owner", "Summary", "Open actions"],
      PillarKind.allCases.map { kind in
        let pillar = workspace.pillars[kind]
        let open = pillar.openActions
        let overdue = open.filter { $0.isOverdue(on: context.today) }.count
        let actions: Markdown = overdue > 0 ? "\(open.count), \(overdue) overdue" : "\(open.count)"
        return [
          Markdown(verbatim: String(kind.number)), "\(kind.title)", "\(pillar.status.label)",
          ExportFormat.owner(pillar.owner), pillar.summary.isBlank ? "*empty*" : .cell(pillar.summary), actions,
        ]
      },
      alignments: [.right, .left, .left, .left, .left, .right])

    document.heading(2, "Worst friction points")
    let worst = FrictionRanking(currentStateOf: workspace).top(worstFrictionCount)
    if worst.isEmpty {
      document.paragraph("No friction points recorded on the current-state journeys.")
    } else {
      document.paragraph(
        "The friction with the most impact on the current-state journeys: reach times the weight of the "
          + "promise there (broken 3, at risk 2, kept 1), so high-volume breakage comes first; where a theme of "
          + "the customer signals links the friction, its contacts over the last 4 weeks stand in for reach, as a "
          + "percentage of the most contacted theme's.")
      document.table(
        ["Friction", "Where", "Reach", "Promise", "Owner"],
        worst.map { entry in
          [
            .cell(entry.friction),
            "\(entry.journeyName) › \(entry.stageName) › \(entry.touchpointName)",
            "\(ExportFormat.reach(of: entry))", "\(entry.promise.label)", ExportFormat.owner(entry.team),
          ]
        })
    }

    document.heading(2, "What customers contact us about")
    writeTopThemes(into: &document, context)

    document.heading(2, "Scorecard")
    writeScorecardSummary(into: &document, context)

    document.heading(2, "Experiments and assumptions")
    writeLoopSummary(into: &document, context)

    document.heading(2, "Where we stand on customer focus")
    writeCustomerFocus(into: &document, context)

    document.heading(2, "Open findings")
    if context.findings.isEmpty {
      document.paragraph("The checks find nothing to fix.")
    } else {
      document.table(
        ["Severity", "Document", "Message"],
        context.findings.map { finding in
          ["\(finding.severity.rawValue)", "\(finding.document.path)", .cell(finding.message)]
        })
    }
  }

  /// The promise's sentence and its verdict.
  static func writePromiseSentence(into document: inout MarkdownDocument, _ context: ExportContext) {
    let promise = context.workspace.promise
    if promise.sentence.isBlank {
      document.paragraph("*No promise written yet.*")
    } else {
      document.paragraph(.lines(promise.sentence))
    }
    let analysis = PromiseAnalysis(sentence: promise.sentence, wishWords: context.workspace.wishWords)
    document.paragraph("**Verdict:** \(analysis.verdict)")
  }

  /// The scorecard in one table, with the alerts below it.
  static func writeScorecardSummary(into document: inout MarkdownDocument, _ context: ExportContext) {
    let summary = context.summary
    if summary.rows.isEmpty {
      document.paragraph("No metrics on the scorecard yet.")
    } else {
      if let week = context.latestWeek { document.paragraph(Markdown(verbatim: "Latest week: \(week).")) }
      document.table(
        ["Layer", "Metric", "Latest", "Target", "Status"],
        summary.rows.map { row in
          [
            "\(row.metric.layer.title)", metricLabel(row), latestValue(row.metric, context),
            ExportFormat.target(of: row.metric), ExportFormat.status(row.status),
          ]
        })
    }
    writeAlerts(into: &document, context, labelled: true)
  }

  /// The metric's name, marked when it proves the promise.
  static func metricLabel(_ row: ScorecardSummary.Row) -> Markdown {
    row.provesPromise ? "\(row.metric.name) (proof)" : "\(row.metric.name)"
  }

  /// The latest value, with its week when that is older than the scorecard's latest week.
  static func latestValue(_ metric: Metric, _ context: ExportContext) -> Markdown {
    guard let latest = metric.latest else { return "no data" }
    let value = ExportFormat.value(latest.value, unit: metric.unit)
    if latest.week != context.latestWeek { return value + Markdown(verbatim: " (\(latest.week))") }
    return value
  }

  /// What the layers say together, and what is missing; `labelled` when no heading above says "Alerts".
  static func writeAlerts(into document: inout MarkdownDocument, _ context: ExportContext, labelled: Bool) {
    let alerts = context.summary.alerts
    if alerts.isEmpty {
      document.paragraph(labelled ? "**Alerts:** none." : "None.")
    } else {
      if labelled { document.paragraph("**Alerts:**") }
      document.bullets(alerts.map { "\($0.message) (`\(Markdown(verbatim: $0.rule.rawValue))`)" })
    }
  }
}

extension PillarsDocumentKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("strategy"), title: PageKind.titled("Customer strategy", in: workspace),
        purpose: "the whole strategy on one page", write: MarkdownExport.writeStrategy)
    ]
  }
}
