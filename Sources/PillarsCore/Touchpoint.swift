/// A moment where the customer meets the company: a channel and what happens there.
public struct Touchpoint: Equatable, Sendable, Codable, Identifiable {
  public var id: TouchpointID
  public var name: String
  /// Web, chat, email, phone, in-product, social, store...
  public var channel: String
  /// The team that owns this moment.
  public var team: String
  /// What the customer does, thinks and feels here.
  public var doing: String
  public var thinking: String
  public var feeling: String
  /// -2 (very negative) to +2 (very positive).
  public var emotion: Int
  public var friction: [String]
  public var promise: PromiseKeeping
  /// Share of customers who pass through here, in percent (0 to 100); nil when unknown.
  public var reach: Double?
  /// Whether the customer is handed from one channel or team to another here.
  public var handoff: Bool
  /// Scorecard metrics that watch this moment.
  public var metrics: [MetricID]

  public init(
    id: TouchpointID, name: String, channel: String = "", team: String = "", doing: String = "",
    thinking: String = "", feeling: String = "", emotion: Int = 0, friction: [String] = [],
    promise: PromiseKeeping = .notApplicable, reach: Double? = nil, handoff: Bool = false,
    metrics: [MetricID] = []
  ) {
    self.id = id
    self.name = name
    self.channel = channel
    self.team = team
    self.doing = doing
    self.thinking = thinking
    self.feeling = feeling
    self.emotion = emotion
    self.friction = friction
    self.promise = promise
    self.reach = reach
    self.handoff = handoff
    self.metrics = metrics
  }

  enum CodingKeys: String, CodingKey {
    case id, name, channel, team, doing, thinking, feeling, emotion, friction, promise, reach, handoff, metrics
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(TouchpointID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    channel = try c.decode(.channel, or: "")
    team = try c.decode(.team, or: "")
    doing = try c.decode(.doing, or: "")
    thinking = try c.decode(.thinking, or: "")
    feeling = try c.decode(.feeling, or: "")
    emotion = try c.decode(.emotion, in: Touchpoint.emotionRange, or: 0)
    friction = try c.decode(.friction, or: [])
    promise = try c.decode(.promise, or: .notApplicable)
    reach = try c.decodeIfPresent(.reach, in: Touchpoint.reachRange, meaning: "percent of customers")
    handoff = try c.decode(.handoff, or: false)
    metrics = try c.decode(.metrics, or: [])
  }

  public static let emotionRange = -2...2
  public static let reachRange = 0.0...100.0
}

/// Whether the promise is kept where a touchpoint happens.
public enum PromiseKeeping: String, CaseIterable, Sendable, Codable {
  case kept
  case atRisk = "at-risk"
  case broken
  case notApplicable = "not-applicable"

  public var label: String {
    switch self {
    case .kept: "kept"
    case .atRisk: "at risk"
    case .broken: "broken"
    case .notApplicable: "n/a"
    }
  }
}
