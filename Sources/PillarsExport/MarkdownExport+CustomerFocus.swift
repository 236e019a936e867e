import PillarsCore

extension MarkdownExport {
  /// The strategy page's rung of the customer-focus ladder, as the team says it, with the evidence beside it.
  static func writeCustomerFocus(into document: inout MarkdownDocument, _ context: ExportContext) {
    let evidence = CustomerFocusEvidence(context.workspace)
    let suggested = evidence.suggested
    if let chosen = context.workspace.manifest.customerFocus {
      let shows: Markdown = suggested == chosen
        ? " The workspace bears it out."
        : " The workspace shows **\(suggested.title)** (\(suggested.meaning))."
      document.paragraph("**The team stands at \(chosen.title):** \(chosen.meaning)." + shows)
    } else {
      document.paragraph("**The team has not said where it stands.** The workspace shows **\(suggested.title)** (\(suggested.meaning)).")
    }
    document.bullets(evidence.lines.map { "\($0)" })
  }
}
