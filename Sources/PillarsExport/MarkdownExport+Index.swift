import PillarsCore

extension MarkdownExport {
  /// `index.md`: every page of the export, linked relatively so the folder can move as a whole.
  static func writeIndex(_ pages: [PageKind], into document: inout MarkdownDocument, _ context: ExportContext) {
    document.paragraph("The customer strategy as one-pagers, made from the workspace by `pillars export`.")
    document.bullets(pages.filter { $0.name != "index" }.map { page in
      "[\(page.title)](\(Markdown(verbatim: page.name)).md): \(page.purpose)"
    })
  }

}
