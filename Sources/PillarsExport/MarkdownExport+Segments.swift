import PillarsCore

extension MarkdownExport {
  /// `who-we-win-with.md`: the segments, primary first, then by score.
  static func writeSegments(into document: inout MarkdownDocument, _ context: ExportContext) {
    let segments = context.workspace.segments
    guard !segments.segments.isEmpty else {
      document.paragraph("No segments yet: group customers by value and need, and pick one primary segment.")
      return
    }
    document.paragraph(
      "Primary segment first, then by score: attractiveness (the mean of size, growth and willingness to pay) "
        + "times fit, from 1 to 25.")
    let ordered = segments.ranked.filter(\.primary) + segments.ranked.filter { !$0.primary }
    for segment in ordered {
      document.heading(2, segment.primary ? "\(segment.name) (primary)" : "\(segment.name)")
      let a = segment.attractiveness
      document.table(
        ["Size", "Growth", "Willingness to pay", "Attractiveness", "Fit", "Score"],
        [[
          "\(a.size)", "\(a.growth)", "\(a.willingnessToPay)", Markdown(verbatim: a.mean.compactText),
          "\(segment.fit)", Markdown(verbatim: segment.score.compactText),
        ]],
        alignments: Array(repeating: .right, count: 6))
      document.paragraph(.lines(segment.description))
      writeList("Disqualifiers", segment.disqualifiers, into: &document)
      writeList("Pain points", segment.painPoints, into: &document)
      writeList("Jobs to be done", segment.jobs, into: &document)
      writeList("In their words", segment.phrases.filter { !$0.isBlank }.map(quoted), into: &document)
      document.heading(3, "Empathy map")
      let map = segment.empathyMap
      document.table(
        ["", "What we heard"],
        [("Thinks", map.thinks), ("Feels", map.feels), ("Says", map.says), ("Does", map.does)].map { label, items in
          ["**\(label)**", items.isEmpty ? "–" : .joined(items.map(Markdown.cell), separator: MarkdownText.lineBreak)]
        })
    }
  }

  /// A level-3 heading and a bullet list, or a line saying the list is empty.
  static func writeList(_ title: Markdown, _ items: [String], into document: inout MarkdownDocument) {
    document.heading(3, title)
    let written = items.filter { !$0.isBlank }
    if written.isEmpty {
      document.paragraph("None yet.")
    } else {
      document.bullets(written.map { .lines($0, continuationIndent: "  ") })
    }
  }

  /// The customer's own words in curly quotes, whether or not they were typed with quotes.
  static func quoted(_ phrase: String) -> String {
    var text = phrase.trimmingWhitespace
    let quotes: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]
    if text.count >= 2, let first = text.first, let last = text.last, quotes.contains(first), quotes.contains(last) {
      text = String(text.dropFirst().dropLast())
    }
    return "“" + text + "”"
  }
}

extension SegmentsKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("who-we-win-with"), title: "Who we win with", purpose: "the segments, primary first",
        write: MarkdownExport.writeSegments)
    ]
      + (workspace.segments.ranked.filter(\.primary) + workspace.segments.ranked.filter { !$0.primary }).map { segment in
        PageKind(.unique("insight-brief-\(segment.id)"), title: "Insight brief: \(ExportFormat.plain(segment.name))",
          purpose: "what hurts this segment, in their words, what makes them switch, what they contact us about",
          write: { MarkdownExport.writeInsightBrief(segment, into: &$0, $1) })
      }
  }
}
