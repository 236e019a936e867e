/// The channel charter: its KPIs are scorecard metrics, and once the team has begun it, every
/// channel today's journeys use has an entry.
extension Checks {
  static func checkCharter(_ context: inout CheckContext) {
    guard context.isAvailable(.charter) else { return }
    let charter = context.workspace.charter
    for (index, entry) in charter.channels.enumerated() {
      let path: JSONPath = ["channels", .index(index)]
      if entry.channel.isBlank {
        context.error(.emptyName, .charter, path / "channel", "a charter entry needs the channel it is for")
      }
      for (k, kpi) in entry.kpis.enumerated() {
        context.checkMetricReference(kpi, .charter, path / "kpis" / k)
      }
    }
    // A workspace that has not begun its charter is not told of every channel at once.
    guard !charter.channels.isEmpty else { return }
    for channel in ChannelCharter.current(in: context.workspace).channels where !channel.name.isBlank {
      guard charter[channel: channel.name] == nil else { continue }
      context.warning(.channelWithoutCharter, .charter, ["channels"],
        "the channel \"\(channel.name)\" is used by today's journeys (\(plural(channel.touchpointCount, "touchpoint"))) but has no charter entry: say its goal, guardrails, KPIs, owner, service standard and escalation path")
    }
  }
}
