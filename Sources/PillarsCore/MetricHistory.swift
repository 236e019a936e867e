/// `history/<metric-id>.json`: the weekly values of one metric.
///
/// Kept apart from the metric's definition in `scorecard.json`, so recording a week rewrites one
/// small file, and a year of weekly reviews shows in version control as changes to the metrics
/// that moved.
public struct MetricHistory: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  /// The metric these values belong to; the file is named after it.
  public var metric: MetricID
  /// One per ISO week, oldest first.
  public var observations: [Observation]

  public init(metric: MetricID, observations: [Observation] = [], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.metric = metric
    self.observations = observations
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, metric, observations }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    metric = try c.decode(MetricID.self, forKey: .metric)
    observations = try c.decode(.observations, or: [])
  }
}
