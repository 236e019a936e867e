import PillarsCore

extension MarkdownExport {
  /// The review's customer signals, as its screen shows them (``SignalsWeek``): the top themes of
  /// the week counted, the biggest movers against the week before, and the fixes at the root that
  /// landed this quarter with their effect so far. Left out while the workspace has no themes.
  static func writeReviewSignals(_ review: Review, into document: inout MarkdownDocument, _ context: ExportContext) {
    guard !context.workspace.signalThemes.isEmpty else { return }
    let signals = SignalsWeek(context.workspace, reviewWeek: review.week)
    document.heading(2, Markdown(verbatim: "Customer signals in \(signals.week)"))
    // Helpdesk exports arrive after the week they cover: say so when the week counted is an earlier one.
    let counted = signals.week == review.week ? "" : ", the latest week counted"
    let change = signals.totalWeekBefore > 0
      ? ", \(signedCount(signals.total - signals.totalWeekBefore)) on the week before" : ""
    document.paragraph(Markdown(verbatim: "\(plural(signals.total, "contact")) in \(signals.week)\(counted)\(change)."))
    if signals.isEmpty { return }

    func themes(_ entries: [SignalsWeek.Entry]) -> [[Markdown]] {
      entries.map { entry in
        [
          "\(entry.name)", "\(entry.contacts)", Markdown(verbatim: percent(entry.share)),
          Markdown(verbatim: signedCount(entry.change)), "\(entry.state.title)",
        ]
      }
    }
    let header: [Markdown] = ["Theme", "Contacts", "Share", "On the week before", "State"]
    let alignments: [MarkdownDocument.Alignment] = [.left, .right, .right, .right, .left]
    document.heading(3, "Top themes")
    if signals.top.isEmpty {
      document.paragraph("No contacts counted that week.")
    } else {
      document.table(header, themes(signals.top), alignments: alignments)
    }
    if !signals.movers.isEmpty {
      document.heading(3, "Biggest movers")
      document.table(header, themes(signals.movers), alignments: alignments)
    }
    if !signals.fixes.isEmpty {
      document.heading(3, "Fixes that landed")
      document.table(
        ["Theme", "Fixed on", "What changed", "Share before", "Share after", "Effect so far"],
        signals.fixes.map { fix in
          [
            "\(fix.name)", Markdown(verbatim: fix.effect.fixedOn.description), .cell(fix.whatChanged),
            Markdown(verbatim: percent(fix.effect.shareBefore)), Markdown(verbatim: percent(fix.effect.shareAfter)),
            fix.effect.worked ? "**\(fix.effect.text)**" : "\(fix.effect.text)",
          ]
        })
    }
  }
}
