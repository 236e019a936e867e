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

/// A decision of the review, recorded as stop, start or continue. It comes back: it has a due
/// date and stays open until the team marks it done or drops it (with a note saying why).
public struct Decision: Equatable, Sendable, Codable, Identifiable {
  public var id: DecisionID
  public var kind: DecisionKind
  public var text: String
  public var owner: String
  public var due: CalendarDate?
  public var state: DecisionState
  /// What came of it: why it was dropped, or what was done.
  public var note: String
  /// It chose the customer's interest over a short-term number: evidence of where the team
  /// stands on the customer-focus ladder.
  public var customerFirst: Bool

  public init(
    id: DecisionID, kind: DecisionKind, text: String, owner: String = "", due: CalendarDate? = nil,
    state: DecisionState = .open, note: String = "", customerFirst: Bool = false
  ) {
    self.customerFirst = customerFirst
    self.id = id
    self.kind = kind
    self.text = text
    self.owner = owner
    self.due = due
    self.state = state
    self.note = note
  }

  /// Open and past its due date.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard state == .open, let due else { return false }
    return due < today
  }

  enum CodingKeys: String, CodingKey { case id, kind, text, owner, due, state, note, customerFirst }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(DecisionID.self, forKey: .id)
    kind = try c.decode(DecisionKind.self, forKey: .kind)
    text = try c.decode(String.self, forKey: .text)
    owner = try c.decode(.owner, or: "")
    due = try c.decodeIfPresent(CalendarDate.self, forKey: .due)
    state = try c.decode(.state, or: .open)
    note = try c.decode(.note, or: "")
    customerFirst = try c.decode(.customerFirst, or: false)
  }

  // A decision as it was written before it could come back reads and writes byte for byte the same.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(kind, forKey: .kind)
    try c.encode(text, forKey: .text)
    try c.encode(owner, forKey: .owner)
    try c.encodeIfPresent(due, forKey: .due)
    if state != .open { try c.encode(state, forKey: .state) }
    if !note.isEmpty { try c.encode(note, forKey: .note) }
    if customerFirst { try c.encode(customerFirst, forKey: .customerFirst) }
  }
}

/// Where a decision stands: open until the team follows it up.
public enum DecisionState: String, CaseIterable, Sendable, Codable {
  case open, done, dropped
}

public enum DecisionKind: String, CaseIterable, Sendable, Codable {
  case stop, start, `continue`
}
