import PillarsCore

extension MarkdownExport {
  /// `customer-signals.md`: what customers contact us about, ranked, and whether fixes worked.
  static func writeSignals(into document: inout MarkdownDocument, _ context: ExportContext) {
    let themes = context.workspace.signalThemes
    guard !themes.isEmpty else {
      document.paragraph("No customer signals yet: import the helpdesk's tickets with `pillars signals import`.")
      return
    }
    let pareto = SignalsPareto(context.workspace, weeks: 13, today: context.today)
    document.paragraph(
      Markdown(verbatim: "The last 13 weeks, \(pareto.firstWeek) to \(pareto.lastWeek): \(pareto.total) contacts counted for themes.")
        + " " + "\(pareto.summary ?? "No contacts in these weeks.")")
    if !pareto.rows.isEmpty {
      document.table(
        ["#", "Theme", "Contacts", "Share", "Cumulative", "Trend", "Last week", "State"],
        pareto.rows.enumerated().map { index, row in
          [
            "\(index + 1)", row.drivesEighty ? "**\(row.name)**" : "\(row.name)", "\(row.contacts)",
            Markdown(verbatim: percent(row.share)), Markdown(verbatim: percent(row.cumulativeShare)),
            Markdown(verbatim: ExportFormat.sparkline(row.trend.map(Double.init))),
            Markdown(verbatim: signedCount(row.changeSinceLastWeek)), "\(row.state.title)",
          ]
        },
        alignments: [.right, .left, .right, .right, .right, .left, .right, .left])
      document.paragraph("In bold: the themes that drive 80% of contacts.")
    }
    let fixes = themes.compactMap { theme in FixEffect(of: theme, among: themes, through: pareto.lastWeek).map { (theme, $0) } }
    document.heading(2, "Fixed at the root")
    if fixes.isEmpty {
      document.paragraph("No theme is fixed at the root yet.")
    } else {
      document.table(
        ["Theme", "Fixed on", "What changed", "Share before", "Share after", "Effect"],
        fixes.map { theme, effect in
          [
            "\(theme.name)", Markdown(verbatim: effect.fixedOn.description), .cell(theme.whatChanged),
            Markdown(verbatim: percent(effect.shareBefore)), Markdown(verbatim: percent(effect.shareAfter)), "\(effect.text)",
          ]
        })
    }
  }

  /// A share as a whole percentage: `42%`.
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// A change in contacts with its sign: `+12`, `-3`, `0`.
  static func signedCount(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}

extension SignalThemeKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("customer-signals"), title: "Customer signals",
        purpose: "what customers contact us about, ranked by volume, and whether root-cause fixes worked",
        write: MarkdownExport.writeSignals)
    ]
  }
}
