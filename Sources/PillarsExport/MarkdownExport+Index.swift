import PillarsCore

extension MarkdownExport {
  /// `index.md`: every page of the export, linked relatively so the folder can move as a whole.
  static func writeIndex(_ pages: [PageKind], into document: inout MarkdownDocument, _ context: ExportContext) {
    document.paragraph("The customer strategy as one-pagers, made from the workspace by `pillars export`.")
    document.bullets(pages.filter { $0.name != "index" }.map { page in
      "[\(page.title)](\(Markdown(verbatim: page.name)).md): \(purpose(of: page))"
    })
  }

  /// What a page is for, in a few words.
  static func purpose(of page: PageKind) -> Markdown {
    switch page.content {
    case .strategy: "the whole strategy on one page"
    case .promise: "the promise and the metrics that prove it"
    case .segments: "the segments, primary first"
    case .journey(let journey):
      journey.state == .current ? "how the journey goes today, and where it hurts" : "how the journey should go"
    case .channelCharter: "what each channel serves and how it is measured"
    case .scorecard: "the three layers of metrics, with targets and trends"
    case .review: "who came, the numbers that week, and what was decided"
    case .index: "this page"
    }
  }
}
