/// One number on the scorecard, with its target and its weekly history.
public struct Metric: Equatable, Sendable, Codable, Identifiable {
  public var id: MetricID
  public var name: String
  public var layer: MetricLayer
  /// "%", "h", "score", "EUR"...
  public var unit: String
  public var direction: GoodDirection
  public var target: Double?
  /// Past this value the metric is off track; between it and the target, at risk.
  public var warning: Double?
  /// The lowest and highest value the metric can take (CSAT 1 to 5); nil when it has no such bounds.
  public var scale: MetricScale?
  public var owner: String
  public var description: String
  /// Where the values are computed from; nil for a metric whose values are recorded.
  public var source: MetricSource?
  /// One observation per ISO week, oldest first. For a computed metric, as the workspace worked
  /// them out (``Workspace/scorecard``); never stored.
  public var observations: [Observation]

  public init(
    id: MetricID, name: String, layer: MetricLayer, unit: String = "", direction: GoodDirection = .up,
    target: Double? = nil, warning: Double? = nil, scale: MetricScale? = nil, owner: String = "",
    description: String = "", source: MetricSource? = nil, observations: [Observation] = []
  ) {
    self.id = id
    self.name = name
    self.layer = layer
    self.unit = unit
    self.direction = direction
    self.target = target
    self.warning = warning
    self.scale = scale
    self.owner = owner
    self.description = description
    self.source = source
    self.observations = observations
  }

  enum CodingKeys: String, CodingKey {
    case id, name, layer, unit, direction, target, warning, scale, owner, description, source, observations
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(MetricID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    layer = try c.decode(MetricLayer.self, forKey: .layer)
    unit = try c.decode(.unit, or: "")
    direction = try c.decode(GoodDirection.self, forKey: .direction)
    target = try c.decodeIfPresent(.target, in: NumberBounds.metricValues)
    warning = try c.decodeIfPresent(.warning, in: NumberBounds.metricValues)
    scale = try c.decodeIfPresent(MetricScale.self, forKey: .scale)
    owner = try c.decode(.owner, or: "")
    description = try c.decode(.description, or: "")
    source = try c.decodeIfPresent(MetricSource.self, forKey: .source)
    observations = try c.decode(.observations, or: [])
  }

  /// Writes the definition only: the weekly values live in the metric's own ``MetricHistory``
  /// document, so recording a week never rewrites the whole scorecard. (Schema 1 kept them
  /// inline; they are still read from there.)
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(layer, forKey: .layer)
    try c.encode(unit, forKey: .unit)
    try c.encode(direction, forKey: .direction)
    try c.encodeIfPresent(target, forKey: .target)
    try c.encodeIfPresent(warning, forKey: .warning)
    try c.encodeIfPresent(scale, forKey: .scale)
    try c.encode(owner, forKey: .owner)
    try c.encode(description, forKey: .description)
    try c.encodeIfPresent(source, forKey: .source)
  }

  /// The metric without its weekly values: what `scorecard.json` holds of it.
  public var definition: Metric {
    var copy = self
    copy.observations = []
    return copy
  }

  public var latest: Observation? { observations.max { $0.week < $1.week } }

  public func observation(for week: ISOWeek) -> Observation? { observations.first { $0.week == week } }

  /// Adds the week's value, or replaces the one already there; keeps weeks in order.
  public mutating func record(_ value: Double, for week: ISOWeek, note: String? = nil) {
    let observation = Observation(week: week, value: value, note: note)
    if let index = observations.firstIndex(where: { $0.week == week }) {
      observations[index] = observation
    } else {
      observations.append(observation)
      observations.sort { $0.week < $1.week }
    }
  }

  /// Where a value stands against the target and the warning threshold.
  public func status(of value: Double) -> MetricStatus {
    guard let target else { return .noTarget }
    if direction.isBetter(value, orEqualTo: target) { return .onTrack }
    if let warning, direction.isBetter(value, orEqualTo: warning) { return .atRisk }
    return .offTrack
  }

  /// The status of the latest observation.
  public var status: MetricStatus {
    guard let latest else { return target == nil ? .noTarget : .noData }
    return status(of: latest.value)
  }

  /// Latest value minus the value `weeks` weeks before it; nil when either is missing, or when the
  /// difference is past what a double holds (values far apart at the edges of the range).
  public func change(overWeeks weeks: Int) -> Double? {
    guard let latest, let earlier = observation(for: latest.week.adding(weeks: -weeks)) else { return nil }
    // Rounded to the nearest billionth: 4.5 - 3.7 is 0.8 to a person, not 0.8000000000000114.
    let change = ((latest.value - earlier.value) * 1e9).rounded() / 1e9
    return change.isFinite ? change : nil
  }

  /// The values of the `count` weeks ending at `week`, nil where a week has no value.
  public func values(endingAt week: ISOWeek, count: Int) -> [Double?] {
    guard count > 0 else { return [] }
    let first = week.adding(weeks: 1 - count)
    var values = [Double?](repeating: nil, count: count)
    // Walking back from the last entry, the first value met for a week is the one that counts.
    for observation in observations.reversed() where first <= observation.week && observation.week <= week {
      let slot = first.weeks(until: observation.week)
      if values[slot] == nil { values[slot] = observation.value }
    }
    return values
  }
}

/// The three layers of the scorecard, read together.
public enum MetricLayer: String, CaseIterable, Sendable, Codable {
  /// Whether the strategy makes money: retention, expansion, churn.
  case outcome
  /// Whether the promise feels kept: CSAT, effort, NPS.
  case experience
  /// Whether the machine runs: resolution rate, first response time.
  case operational

  public var title: String {
    switch self {
    case .outcome: "Outcome"
    case .experience: "Experience"
    case .operational: "Operational"
    }
  }
}

/// Which way a metric should move.
public enum GoodDirection: String, CaseIterable, Sendable, Codable {
  case up
  case down

  public func isBetter(_ value: Double, orEqualTo reference: Double) -> Bool {
    self == .up ? value >= reference : value <= reference
  }

  /// Whether a change of `delta` is an improvement.
  public func improves(_ delta: Double) -> Bool { self == .up ? delta > 0 : delta < 0 }
}

/// Where a metric stands. Each status has a word and a symbol, so it reads without colour.
public enum MetricStatus: String, CaseIterable, Sendable, Codable {
  case onTrack = "on-track"
  case atRisk = "at-risk"
  case offTrack = "off-track"
  case noTarget = "no-target"
  case noData = "no-data"

  public var label: String {
    switch self {
    case .onTrack: "on track"
    case .atRisk: "at risk"
    case .offTrack: "off track"
    case .noTarget: "no target"
    case .noData: "no data"
    }
  }

  public var symbol: String {
    switch self {
    case .onTrack: "●"
    case .atRisk: "▲"
    case .offTrack: "✖"
    case .noTarget: "○"
    case .noData: "·"
    }
  }
}

/// A metric's value for one ISO week.
public struct Observation: Equatable, Sendable, Codable {
  public var week: ISOWeek
  public var value: Double
  public var note: String?

  public init(week: ISOWeek, value: Double, note: String? = nil) {
    self.week = week
    self.value = value
    self.note = note
  }

  enum CodingKeys: String, CodingKey { case week, value, note }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    week = try c.decode(ISOWeek.self, forKey: .week)
    value = try c.decode(.value, in: NumberBounds.metricValues)
    note = try c.decodeIfPresent(String.self, forKey: .note)
  }
}

/// `scorecard.json`: the metrics' definitions, in the team's order. Each metric's weekly
/// values are stored in its own `history/<metric-id>.json` (see ``MetricHistory``).
public struct ScorecardDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var metrics: [Metric]

  public init(metrics: [Metric] = [], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.metrics = metrics
  }

  public subscript(id: MetricID) -> Metric? { metrics.first { $0.id == id } }

  public func metrics(in layer: MetricLayer) -> [Metric] { metrics.filter { $0.layer == layer } }

  /// The document as `scorecard.json` holds it, without the weekly values; comparing these
  /// decides whether the file changed, so a new field of `Metric` is compared without being named.
  public var definitions: ScorecardDocument {
    var copy = self
    copy.metrics = metrics.map(\.definition)
    return copy
  }
}
