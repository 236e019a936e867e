/// `reviews/<YYYY-Www>.json`: the record of one weekly scorecard review.
public struct Review: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var week: ISOWeek
  public var attendees: [String]
  /// What the team said about a metric this week.
  public var notes: [String: String]
  public var decisions: [Decision]

  public init(
    week: ISOWeek, attendees: [String] = [], notes: [String: String] = [:], decisions: [Decision] = [],
    schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.week = week
    self.attendees = attendees
    self.notes = notes
    self.decisions = decisions
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, week, attendees, notes, decisions }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    week = try c.decode(ISOWeek.self, forKey: .week)
    attendees = try c.decode(.attendees, or: [])
    notes = try c.decode(.notes, or: [:])
    decisions = try c.decode(.decisions, or: [])
  }
}

/// A decision of the review, recorded as stop, start or continue.
public struct Decision: Equatable, Sendable, Codable, Identifiable {
  public var id: DecisionID
  public var kind: DecisionKind
  public var text: String
  public var owner: String

  public init(id: DecisionID, kind: DecisionKind, text: String, owner: String = "") {
    self.id = id
    self.kind = kind
    self.text = text
    self.owner = owner
  }

  enum CodingKeys: String, CodingKey { case id, kind, text, owner }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(DecisionID.self, forKey: .id)
    kind = try c.decode(DecisionKind.self, forKey: .kind)
    text = try c.decode(String.self, forKey: .text)
    owner = try c.decode(.owner, or: "")
  }
}

public enum DecisionKind: String, CaseIterable, Sendable, Codable {
  case stop, start, `continue`
}
