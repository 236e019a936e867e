/// `checkpoints/<YYYY-MM>.json`: the record of one monthly checkpoint, the hour a month the team
/// spends on segment focus, roadmap and resourcing.
public struct MonthlyCheckpoint: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var month: CalendarMonth
  public var attendees: [String]
  /// The segment the checkpoint confirmed, or changed to, as the primary one; nil until it has.
  public var primarySegment: SegmentID?
  public var decisions: [Decision]

  public init(
    month: CalendarMonth, attendees: [String] = [], primarySegment: SegmentID? = nil, decisions: [Decision] = [],
    schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.month = month
    self.attendees = attendees
    self.primarySegment = primarySegment
    self.decisions = decisions
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, month, attendees, primarySegment, decisions }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    month = try c.decode(CalendarMonth.self, forKey: .month)
    attendees = try c.decode(.attendees, or: [])
    primarySegment = try c.decodeIfPresent(SegmentID.self, forKey: .primarySegment)
    decisions = try c.decode(.decisions, or: [])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(month, forKey: .month)
    try c.encode(attendees, forKey: .attendees)
    try c.encodeIfPresent(primarySegment, forKey: .primarySegment)
    try c.encode(decisions, forKey: .decisions)
  }
}
