/// Every friction point of one or more journeys, ranked by impact: the order in which to fix them.
///
/// Impact reads as the field does, high-volume breakage first: reach (percent of customers) times
/// the weight of what happens to the promise there, broken 3, at risk 2, kept or not applicable 1
/// (``Entry/impact``). So broken friction reaching 80% (impact 240) comes before kept friction
/// reaching everyone (100), while kept friction reaching 35% still comes before broken friction
/// reaching 2% (6). Friction of unknown reach comes last. Equal impact: broken before at risk,
/// then the lower emotion; ties keep the journey's own order.
public struct FrictionRanking: Equatable, Sendable {
  /// One friction point and the moment it happens in.
  public struct Entry: Equatable, Sendable {
    /// What gets in the customer's way, as written on the touchpoint.
    public var friction: String
    public var journeyID: JourneyID
    public var journeyName: String
    public var stageID: StageID
    public var stageName: String
    public var touchpointID: TouchpointID
    public var touchpointName: String
    /// Share of customers who pass through the touchpoint, in percent; nil when unknown.
    public var reach: Double?
    public var promise: PromiseKeeping
    public var emotion: Int
    /// The team that owns the touchpoint.
    public var team: String
    /// Whether the customer is handed from one channel or team to another here.
    public var handoff: Bool

    public init(
      friction: String, journeyID: JourneyID, journeyName: String, stageID: StageID, stageName: String,
      touchpointID: TouchpointID, touchpointName: String, reach: Double?, promise: PromiseKeeping, emotion: Int,
      team: String, handoff: Bool
    ) {
      self.friction = friction
      self.journeyID = journeyID
      self.journeyName = journeyName
      self.stageID = stageID
      self.stageName = stageName
      self.touchpointID = touchpointID
      self.touchpointName = touchpointName
      self.reach = reach
      self.promise = promise
      self.emotion = emotion
      self.team = team
      self.handoff = handoff
    }
  }

  /// Highest impact first.
  public var entries: [Entry]

  /// How much the promise weighs in the impact: broken 3, at risk 2, kept or not applicable 1.
  public static func weight(of promise: PromiseKeeping) -> Double {
    switch promise {
    case .broken: 3
    case .atRisk: 2
    case .kept, .notApplicable: 1
    }
  }

  /// The friction points of one journey.
  public init(journey: Journey) { self.init(journeys: [journey]) }

  /// The friction points of several journeys ranked together; ties keep the journeys' order.
  public init(journeys: [Journey]) {
    var collected: [Entry] = []
    for journey in journeys {
      for (stage, touchpoint) in journey.touchpoints {
        for friction in touchpoint.friction where !friction.isBlank {
          collected.append(
            Entry(
              friction: friction, journeyID: journey.id, journeyName: journey.name, stageID: stage.id,
              stageName: stage.name, touchpointID: touchpoint.id, touchpointName: touchpoint.name,
              reach: touchpoint.reach, promise: touchpoint.promise, emotion: touchpoint.emotion,
              team: touchpoint.team, handoff: touchpoint.handoff))
        }
      }
    }
    entries = collected.enumerated().sorted { a, b in
      FrictionRanking.ranksBefore(a.element, b.element) ?? (a.offset < b.offset)
    }.map(\.element)
  }

  /// The friction of the workspace's current-state journeys, ranked together.
  public init(currentStateOf workspace: Workspace) {
    self.init(journeys: workspace.journeys.filter { $0.state == .current })
  }

  /// The `count` friction points with the highest impact.
  public func top(_ count: Int) -> [Entry] { Array(entries.prefix(max(0, count))) }

  /// Whether `a` has more impact than `b`; nil when they weigh the same.
  static func ranksBefore(_ a: Entry, _ b: Entry) -> Bool? {
    switch (a.impact, b.impact) {
    case let (x?, y?) where x != y: return x > y
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    let weightA = weight(of: a.promise)
    let weightB = weight(of: b.promise)
    if weightA != weightB { return weightA > weightB }
    if a.emotion != b.emotion { return a.emotion < b.emotion }
    return nil
  }
}

extension FrictionRanking.Entry {
  /// Reach times the weight of the promise (``FrictionRanking/weight(of:)``): 0 to 300; nil when
  /// the reach is unknown.
  public var impact: Double? {
    guard let reach, reach.isFinite else { return nil }
    return reach * FrictionRanking.weight(of: promise)
  }
}
