import PillarsCore

extension MarkdownExport {
  /// How many weeks the sparkline shows.
  static let sparklineWeeks = 12

  /// `scorecard.md`: the three layers with targets, status, change and trend, and the alerts.
  static func writeScorecard(into document: inout MarkdownDocument, _ context: ExportContext) {
    let summary = context.summary
    if let week = context.latestWeek {
      document.paragraph(
        Markdown(verbatim: "Latest week: \(week). Change is over the last \(summary.windowWeeks) weeks; "
          + "the trend shows the last \(sparklineWeeks) weeks, lowest to highest value (· where a week has none)."))
    } else {
      document.paragraph("No values recorded yet.")
    }
    for layer in MetricLayer.allCases {
      document.heading(2, "\(layer.title)")
      let rows = summary.rows.filter { $0.metric.layer == layer }
      if rows.isEmpty {
        document.paragraph("No \(layer.rawValue) metric on the scorecard: the three layers are read together.")
        continue
      }
      document.table(
        ["Metric", "Latest", "Target", "Status", "Change", "Trend", "Owner"],
        rows.map { row in
          let trend = context.latestWeek.map {
            ExportFormat.sparkline(row.metric.values(endingAt: $0, count: sparklineWeeks))
          } ?? ""
          return [
            metricLabel(row), latestValue(row.metric, context), ExportFormat.target(of: row.metric),
            ExportFormat.status(row.status), ExportFormat.change(row.change, of: row.metric),
            Markdown(verbatim: trend), ExportFormat.owner(row.metric.owner),
          ]
        })
    }
    document.heading(2, "Alerts")
    writeAlerts(into: &document, context, labelled: false)
  }
}

extension ScorecardKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("scorecard"), title: "Scorecard", purpose: "the three layers of metrics, with targets and trends",
        write: MarkdownExport.writeScorecard)
    ]
  }
}
