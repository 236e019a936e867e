/// `journeys/<id>.json`: one journey map, from the customer's side.
public struct Journey: Equatable, Sendable, Codable, Identifiable {
  public var schemaVersion: Int
  public var id: JourneyID
  public var name: String
  /// The segment whose journey this is.
  public var segment: SegmentID?
  public var state: JourneyState
  /// The journey this one was made from (a future state from the current one): what it is
  /// compared with. Nil when nothing says.
  public var basedOn: JourneyID?
  public var stages: [Stage]

  public init(
    id: JourneyID, name: String, segment: SegmentID? = nil, state: JourneyState = .current,
    basedOn: JourneyID? = nil, stages: [Stage] = [], schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.name = name
    self.segment = segment
    self.state = state
    self.basedOn = basedOn
    self.stages = stages
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, id, name, segment, state, basedOn, stages }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    id = try c.decode(JourneyID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    segment = try c.decodeIfPresent(SegmentID.self, forKey: .segment)
    state = try c.decode(.state, or: .current)
    basedOn = try c.decodeIfPresent(JourneyID.self, forKey: .basedOn)
    stages = try c.decode(.stages, or: [])
  }

  /// Every touchpoint with the stage it sits in, in journey order.
  public var touchpoints: [(stage: Stage, touchpoint: Touchpoint)] {
    stages.flatMap { stage in stage.touchpoints.map { (stage, $0) } }
  }

  /// Where a touchpoint sits: stage index and index within the stage.
  public func position(of id: TouchpointID) -> (stage: Int, touchpoint: Int)? {
    for (s, stage) in stages.enumerated() {
      if let t = stage.touchpoints.firstIndex(where: { $0.id == id }) { return (s, t) }
    }
    return nil
  }
}

/// Whether a journey describes how things are or how they should be.
public enum JourneyState: String, CaseIterable, Sendable, Codable {
  case current
  case future
}

/// A step of the journey (Awareness, Onboarding, Renewal...) and what the customer wants from it.
public struct Stage: Equatable, Sendable, Codable, Identifiable {
  public var id: StageID
  public var name: String
  /// The customer's goal in this stage.
  public var goal: String
  public var touchpoints: [Touchpoint]

  public init(id: StageID, name: String, goal: String = "", touchpoints: [Touchpoint] = []) {
    self.id = id
    self.name = name
    self.goal = goal
    self.touchpoints = touchpoints
  }

  enum CodingKeys: String, CodingKey { case id, name, goal, touchpoints }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(StageID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    goal = try c.decode(.goal, or: "")
    touchpoints = try c.decode(.touchpoints, or: [])
  }
}
