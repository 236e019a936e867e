import PillarsCore

extension MarkdownExport {
  /// `promise.md`: the value proposition and its proof.
  static func writePromise(into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    let promise = workspace.promise

    document.heading(2, "The promise")
    writePromiseSentence(into: &document, context)

    document.heading(2, "How it was built")
    let builder = promise.builder
    let segment = context.segmentName(builder.segment)
    func part(_ text: String) -> Markdown { text.isBlank ? "*not written yet*" : .cell(text) }
    document.table(
      ["Part", "Text"],
      [
        ["For", segment ?? "*not chosen yet*"],
        ["who need", part(builder.need)],
        ["we provide", part(builder.benefit)],
        ["unlike", part(builder.alternative)],
      ])
    let segmentName = builder.segment.map { workspace.segments[$0]?.name ?? $0.rawValue }
    document.paragraph("**As one sentence:** \(builder.draft(segmentName: segmentName))")

    document.heading(2, "Proof")
    if promise.proofMetrics.isEmpty {
      document.paragraph(
        "No proof metrics chosen yet: pick the 2 or 3 scorecard metrics that show the promise is kept.")
    } else {
      document.table(
        ["Metric", "Layer", "Latest", "Week", "Target", "Status"],
        promise.proofMetrics.map { id in
          guard let metric = workspace.scorecard[id] else {
            return ["\(id.rawValue) (not in the scorecard)", "–", "–", "–", "–", ExportFormat.status(.noData)]
          }
          let latest = metric.latest
          return [
            "\(metric.name)", "\(metric.layer.title)",
            latest.map { ExportFormat.value($0.value, unit: metric.unit) } ?? "no data",
            latest.map { Markdown(verbatim: $0.week.description) } ?? "–",
            ExportFormat.target(of: metric), ExportFormat.status(metric.status),
          ]
        })
    }

    document.heading(2, "Earlier sentences")
    if promise.history.isEmpty {
      document.paragraph("None: this is the first sentence.")
    } else {
      document.table(
        ["Replaced on", "Sentence"],
        promise.history.map { [Markdown(verbatim: $0.replacedOn.description), .cell($0.sentence)] })
    }
  }
}

extension PromiseKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("promise"), title: "Value proposition and proof",
        purpose: "the promise and the metrics that prove it", write: MarkdownExport.writePromise)
    ]
  }
}
