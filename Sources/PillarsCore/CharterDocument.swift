/// `charter.json`: the channel charter as the team writes it, one entry per channel, beside what
/// Pillars counts from the journeys (``ChannelCharter``).
public struct CharterDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var channels: [CharterEntry]

  public init(channels: [CharterEntry] = [], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.channels = channels
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, channels }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    channels = try c.decode(.channels, or: [])
  }

  /// The entry of a channel, matched as the journeys' channels are grouped: without regard to
  /// case or surrounding spaces.
  public subscript(channel name: String) -> CharterEntry? {
    let key = ChannelCharter.key(name)
    return channels.first { ChannelCharter.key($0.channel) == key }
  }
}

/// What the team says a channel is for and how it is run.
public struct CharterEntry: Equatable, Sendable, Codable {
  /// The channel, as the journeys name it.
  public var channel: String
  public var goal: String
  /// What the channel must never do, whatever the numbers say.
  public var guardrails: [String]
  /// The scorecard metrics that say whether the channel does its job.
  public var kpis: [MetricID]
  public var owner: String
  /// For example "first reply within 30 minutes".
  public var serviceStandard: String
  /// Where a problem goes when the channel cannot solve it.
  public var escalation: String

  public init(
    channel: String, goal: String = "", guardrails: [String] = [], kpis: [MetricID] = [], owner: String = "",
    serviceStandard: String = "", escalation: String = ""
  ) {
    self.channel = channel
    self.goal = goal
    self.guardrails = guardrails
    self.kpis = kpis
    self.owner = owner
    self.serviceStandard = serviceStandard
    self.escalation = escalation
  }

  enum CodingKeys: String, CodingKey { case channel, goal, guardrails, kpis, owner, serviceStandard, escalation }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    channel = try c.decode(String.self, forKey: .channel)
    goal = try c.decode(.goal, or: "")
    guardrails = try c.decode(.guardrails, or: [])
    kpis = try c.decode(.kpis, or: [])
    owner = try c.decode(.owner, or: "")
    serviceStandard = try c.decode(.serviceStandard, or: "")
    escalation = try c.decode(.escalation, or: "")
  }
}
