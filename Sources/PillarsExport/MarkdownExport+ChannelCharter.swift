import PillarsCore

extension MarkdownExport {
  /// `channel-charter.md`: per channel, the stages it serves, its owners, its KPIs and where it breaks the promise.
  static func writeChannelCharter(into document: inout MarkdownDocument, _ context: ExportContext) {
    let workspace = context.workspace
    // Counted from today's journeys only: a future state's touchpoints do not exist yet.
    let charter = ChannelCharter.current(in: workspace)
    let planned = ChannelCharter.planned(in: workspace)
    defer { writePlannedChannels(planned, into: &document) }
    guard !charter.channels.isEmpty else {
      document.paragraph("No touchpoints on any current-state journey yet, so no channels to charter.")
      return
    }
    document.paragraph(
      "Every channel today's journeys use: the stages it serves, the teams that own it, the metrics that watch it "
        + "and how often the promise is broken or at risk there. Future-state journeys are counted apart, at the end.")
    document.table(
      ["Channel", "Touchpoints", "Broken", "At risk", "Handoffs"],
      charter.channels.map { channel in
        [
          channelName(channel), "\(channel.touchpointCount)", "\(channel.brokenCount)", "\(channel.atRiskCount)",
          "\(channel.handoffCount)",
        ]
      },
      alignments: [.left, .right, .right, .right, .right])

    for channel in charter.channels {
      document.heading(2, channelName(channel))
      writeCharterEntry(workspace.charter[channel: channel.name], for: channel, into: &document, context)
      document.paragraph(
        Markdown(verbatim: "**Promise:** of \(count(channel.touchpointCount, "touchpoint")), \(channel.brokenCount) "
          + "broken and \(channel.atRiskCount) at risk; \(count(channel.handoffCount, "handoff"))."))
      document.paragraph(
        channel.teams.isEmpty
          ? "**Owned by:** *nobody*."
          : "**Owned by:** " + .joined(channel.teams.map { "\($0)" }, separator: ", ") + ".")
      document.paragraph("**Serves:**")
      document.bullets(channel.stages.map { "\($0.journeyName) › \($0.stageName)" })
      if channel.metrics.isEmpty {
        document.paragraph("**KPIs:** none linked from its touchpoints yet.")
      } else {
        document.paragraph("**KPIs:**")
        document.table(
          ["Metric", "Target", "Latest", "Status"],
          channel.metrics.map { id in
            guard let metric = workspace.scorecard[id] else {
              return ["\(id.rawValue) (not in the scorecard)", "–", "–", ExportFormat.status(.noData)]
            }
            return [
              "\(metric.name)", ExportFormat.target(of: metric), latestValue(metric, context),
              ExportFormat.status(metric.status),
            ]
          })
      }
    }
  }

  /// The channels as the future-state journeys plan them, apart from today's.
  static func writePlannedChannels(_ planned: ChannelCharter, into document: inout MarkdownDocument) {
    guard !planned.channels.isEmpty else { return }
    document.heading(2, "In the future-state journeys")
    document.paragraph("What the future-state journeys plan, per channel; none of it exists yet.")
    document.table(
      ["Channel", "Touchpoints", "Broken", "At risk", "Handoffs"],
      planned.channels.map { channel in
        [channelName(channel), "\(channel.touchpointCount)", "\(channel.brokenCount)", "\(channel.atRiskCount)",
          "\(channel.handoffCount)"]
      },
      alignments: [.left, .right, .right, .right, .right])
  }

  /// The channel's name, or a visible gap for touchpoints without one.
  static func channelName(_ channel: ChannelCharter.Channel) -> Markdown {
    channel.name.isEmpty ? "No channel given" : "\(channel.name)"
  }
}
