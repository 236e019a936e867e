import PillarsCore

extension MarkdownExport {
  /// How many themes an insight brief and the strategy page name.
  static let briefThemeCount = 5

  /// `insight-brief-<segment>.md`: one segment's customers in one page: what hurts, their own
  /// words, what makes them switch, and what they contact us about.
  static func writeInsightBrief(_ segment: Segment, into document: inout MarkdownDocument, _ context: ExportContext) {
    if !segment.description.isBlank { document.paragraph(.lines(segment.description)) }
    writeList("Top pains", segment.painPoints, into: &document)
    writeList("In their words", segment.phrases.filter { !$0.isBlank }.map(quoted), into: &document)
    writeList("Switching triggers", segment.switchingTriggers, into: &document)
    document.heading(3, "What they contact us about")
    writeSegmentThemes(segment, into: &document, context)
  }

  /// The segment's top themes over 13 weeks, from the contacts counted for the segment; when no
  /// contact is split by segment, the themes linked to it, ranked by all their contacts.
  static func writeSegmentThemes(_ segment: Segment, into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    guard !workspace.signalThemes.isEmpty else {
      document.paragraph("No customer signals yet: import the helpdesk's tickets with `pillars signals import`.")
      return
    }
    let own = SignalsPareto(workspace, weeks: 13, filter: .segment(segment.id.rawValue), today: context.today)
    let rows: [SignalsPareto.Row]
    if own.rows.isEmpty {
      // Shares stay of all contacts, so a single linked theme does not read as 100%.
      let all = SignalsPareto(workspace, weeks: 13, today: context.today)
      let linked = Set(workspace.signalThemes.filter { $0.segments.contains(segment.id) }.map(\.id))
      rows = all.rows.filter { linked.contains($0.theme) }
      guard !rows.isEmpty else {
        document.paragraph("No contacts counted for this segment, and none for a theme linked to it, in the last 13 weeks.")
        return
      }
      document.paragraph(Markdown(verbatim:
        "No contacts are counted by segment: these are the themes linked to the segment, with their share of all contacts, \(all.firstWeek) to \(all.lastWeek)."))
    } else {
      rows = own.rows
      document.paragraph(Markdown(verbatim:
        "The contacts counted for this segment, \(own.firstWeek) to \(own.lastWeek): \(own.total); shares are of these."))
    }
    document.table(
      ["Theme", "Contacts", "Share", "Trend", "State"],
      rows.prefix(briefThemeCount).map { row in
        [
          "\(row.name)", "\(row.contacts)", Markdown(verbatim: percent(row.share)),
          Markdown(verbatim: ExportFormat.sparkline(row.trend.map(Double.init))), "\(row.state.title)",
        ]
      },
      alignments: [.left, .right, .right, .left, .left])
  }

  /// The strategy page's top themes: the ones that drive 80% of contacts over 13 weeks.
  static func writeTopThemes(into document: inout MarkdownDocument, _ context: ExportContext) {
    guard !context.workspace.signalThemes.isEmpty else {
      document.paragraph("No customer signals yet.")
      return
    }
    let pareto = SignalsPareto(context.workspace, weeks: 13, today: context.today)
    guard let summary = pareto.summary else {
      document.paragraph(Markdown(verbatim: "No contacts counted from \(pareto.firstWeek) to \(pareto.lastWeek)."))
      return
    }
    document.paragraph(Markdown(verbatim: "\(summary), \(pareto.firstWeek) to \(pareto.lastWeek):"))
    document.bullets(pareto.drivers.map { row in
      "**\(row.name)**: " + Markdown(verbatim: "\(row.contacts) contacts (\(percent(row.share)))")
        + (row.state == .open ? "" : ", \(row.state.title)")
    })
  }
}
