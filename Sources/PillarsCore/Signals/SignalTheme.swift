/// One theme customers contact the company about ("refund takes too long"), with the counts of
/// contacts per ISO week. Only counts are kept: never a ticket's text, subject, name or address.
public struct SignalTheme: Equatable, Sendable, Codable, Identifiable {
  public var schemaVersion: Int
  public var id: SignalThemeID
  public var name: String
  public var description: String
  /// Who makes sure the theme is worked on.
  public var owner: String
  public var segments: [SegmentID]
  /// The moments of the journey where the theme arises.
  public var touchpoints: [TouchpointPath]
  /// Friction points of the journey this theme is the customers' voice of.
  public var friction: [FrictionLink]
  public var state: ThemeState
  /// The day it was fixed at the root, when it was.
  public var fixedOn: CalendarDate?
  /// What changed at the root, in a sentence.
  public var whatChanged: String
  /// Contacts per week, oldest first, one entry per week at most.
  public var weeks: [WeeklyContacts]

  public init(
    id: SignalThemeID, name: String, description: String = "", owner: String = "", segments: [SegmentID] = [],
    touchpoints: [TouchpointPath] = [], friction: [FrictionLink] = [], state: ThemeState = .open,
    fixedOn: CalendarDate? = nil, whatChanged: String = "", weeks: [WeeklyContacts] = [],
    schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.name = name
    self.description = description
    self.owner = owner
    self.segments = segments
    self.touchpoints = touchpoints
    self.friction = friction
    self.state = state
    self.fixedOn = fixedOn
    self.whatChanged = whatChanged
    self.weeks = weeks
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, id, name, description, owner, segments, touchpoints, friction, state, fixedOn, whatChanged, weeks
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    id = try c.decode(SignalThemeID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    description = try c.decode(.description, or: "")
    owner = try c.decode(.owner, or: "")
    segments = try c.decode(.segments, or: [])
    touchpoints = try c.decode(.touchpoints, or: [])
    friction = try c.decode(.friction, or: [])
    state = try c.decode(.state, or: .open)
    fixedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .fixedOn)
    whatChanged = try c.decode(.whatChanged, or: "")
    weeks = try c.decode(.weeks, or: [])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    if !description.isEmpty { try c.encode(description, forKey: .description) }
    if !owner.isEmpty { try c.encode(owner, forKey: .owner) }
    if !segments.isEmpty { try c.encode(segments, forKey: .segments) }
    if !touchpoints.isEmpty { try c.encode(touchpoints, forKey: .touchpoints) }
    if !friction.isEmpty { try c.encode(friction, forKey: .friction) }
    try c.encode(state, forKey: .state)
    try c.encodeIfPresent(fixedOn, forKey: .fixedOn)
    if !whatChanged.isEmpty { try c.encode(whatChanged, forKey: .whatChanged) }
    try c.encode(weeks, forKey: .weeks)
  }

  /// Contacts in `week`; 0 for a week with none recorded.
  public func contacts(in week: ISOWeek, filter: SignalFilter = .all) -> Int {
    guard let entry = weeks.first(where: { $0.week == week }) else { return 0 }
    return entry.contacts(filter)
  }

  /// Contacts per week from `first` through `last`, one number per week.
  public func series(from first: ISOWeek, through last: ISOWeek, filter: SignalFilter = .all) -> [Int] {
    let count = first.weeks(until: last) + 1
    guard count > 0 else { return [] }
    var values = [Int](repeating: 0, count: count)
    for entry in weeks where entry.week >= first && entry.week <= last {
      values[first.weeks(until: entry.week)] = entry.contacts(filter)
    }
    return values
  }
}

public typealias SignalThemeID = Identifier<SignalTheme>

/// Where a theme stands: still open, being fixed, or fixed at the root.
public enum ThemeState: String, Equatable, Sendable, Codable, CaseIterable {
  case open
  case fixing
  case fixed = "fixed-at-the-root"

  public var title: String {
    switch self {
    case .open: "open"
    case .fixing: "fixing"
    case .fixed: "fixed at the root"
    }
  }
}

/// A touchpoint of a journey: journey › stage › touchpoint.
public struct TouchpointPath: Hashable, Sendable, Codable {
  public var journey: JourneyID
  public var stage: StageID
  public var touchpoint: TouchpointID

  public init(journey: JourneyID, stage: StageID, touchpoint: TouchpointID) {
    self.journey = journey
    self.stage = stage
    self.touchpoint = touchpoint
  }
}

/// One friction point of a touchpoint, named by its text (friction points have no ids).
public struct FrictionLink: Hashable, Sendable, Codable {
  public var journey: JourneyID
  public var stage: StageID
  public var touchpoint: TouchpointID
  public var friction: String

  public init(journey: JourneyID, stage: StageID, touchpoint: TouchpointID, friction: String) {
    self.journey = journey
    self.stage = stage
    self.touchpoint = touchpoint
    self.friction = friction
  }

  public var touchpointPath: TouchpointPath { TouchpointPath(journey: journey, stage: stage, touchpoint: touchpoint) }
}
