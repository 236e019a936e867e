import PillarsCore

/// The fields of a channel's charter entry (`charter.json`) the team writes, in the order the
/// channel charter shows them. Writing a field of a channel without an entry begins its entry.
public enum CharterField: String, CaseIterable, Hashable, Sendable {
  case goal, guardrails, kpis, owner, serviceStandard, escalation

  public var label: String {
    switch self {
    case .goal: "goal"
    case .guardrails: "guardrails (one per line)"
    case .kpis: "KPIs (metric names or ids, one per line)"
    case .owner: "owner"
    case .serviceStandard: "service standard"
    case .escalation: "escalation path"
    }
  }

  /// The row's title in the channel charter.
  public var title: String {
    switch self {
    case .goal: "Goal"
    case .guardrails: "Guardrails"
    case .kpis: "KPIs"
    case .owner: "Owner"
    case .serviceStandard: "Service standard"
    case .escalation: "Escalation"
    }
  }

  var kind: EditTarget.Kind {
    switch self {
    case .goal, .owner, .serviceStandard, .escalation: .text(multiline: false)
    case .guardrails, .kpis: .text(multiline: true)
    }
  }

  /// The value as the editor holds it: lists one item a line, KPIs by metric name.
  func text(of entry: CharterEntry, in workspace: Workspace) -> String {
    switch self {
    case .goal: entry.goal
    case .guardrails: entry.guardrails.joined(separator: "\n")
    case .kpis: entry.kpis.map { workspace.scorecard[$0]?.name ?? $0.rawValue }.joined(separator: "\n")
    case .owner: entry.owner
    case .serviceStandard: entry.serviceStandard
    case .escalation: entry.escalation
    }
  }

  /// What an empty field reads as, so a gap is named rather than left blank.
  var unwritten: String {
    switch self {
    case .goal, .serviceStandard, .escalation: "not written"
    case .guardrails: "none written"
    case .kpis: "none chosen"
    case .owner: "nobody"
    }
  }

  /// Writes `text` into the charter entry of `channel`, beginning the entry when the team has
  /// not written one; returns why not when the text is refused, `workspace` then unchanged.
  func apply(_ text: String, toChannel channel: String, in workspace: inout Workspace) -> EditRefusal? {
    let name = channel.trimmingWhitespace
    guard !name.isEmpty else { return "touchpoints without a channel cannot be chartered: name their channel in the journey" }
    let key = ChannelCharter.key(name)
    let index = workspace.charter.channels.firstIndex { ChannelCharter.key($0.channel) == key }
    var entry = index.map { workspace.charter.channels[$0] } ?? CharterEntry(channel: name)
    if let refusal = apply(text, to: &entry, in: workspace) { return refusal }
    if let index {
      workspace.charter.channels[index] = entry
    } else {
      workspace.charter.channels.append(entry)
    }
    return nil
  }

  private func apply(_ text: String, to entry: inout CharterEntry, in workspace: Workspace) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .goal: entry.goal = trimmed
    case .owner: entry.owner = trimmed
    case .serviceStandard: entry.serviceStandard = trimmed
    case .escalation: entry.escalation = trimmed
    case .guardrails: entry.guardrails = LinkList.lines(text)
    case .kpis:
      switch Self.metrics(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let ids): entry.kpis = ids
      }
    }
    return nil
  }

  /// KPIs one a line, each a scorecard metric's id or name; a line that names none is refused.
  static func metrics(_ text: String, in workspace: Workspace) -> Result<[MetricID], EditRefusal> {
    let metrics = workspace.scorecard.metrics
    var found: [MetricID] = []
    for line in LinkList.lines(text) {
      let lower = line.lowercased()
      guard let metric = metrics.first(where: { $0.id.rawValue == line }) ?? metrics.first(where: { $0.name.lowercased() == lower })
      else { return .failure("\"\(shortQuote(line))\" is not a metric on the scorecard: a KPI is one of its metrics, by id or name") }
      if !found.contains(metric.id) { found.append(metric.id) }
    }
    return .success(found)
  }
}
