/// Every friction point of one or more journeys, ranked by impact: the order in which to fix them.
///
/// Impact reads as the field does, high-volume breakage first: reach (percent of customers) times
/// the weight of what happens to the promise there, broken 3, at risk 2, kept or not applicable 1
/// (``Entry/impact``). So broken friction reaching 80% (impact 240) comes before kept friction
/// reaching everyone (100), while kept friction reaching 35% still comes before broken friction
/// reaching 2% (6). Friction of unknown reach comes last. Equal impact: broken before at risk,
/// then the lower emotion; ties keep the journey's own order.
///
/// Where a friction point is the voice of a customer-signals theme (the theme links it), its
/// volume is measured, not estimated, and takes the place of the touchpoint's reach
/// (``Entry/volume``): the linked themes' contacts over the last 4 weeks counted, as a percentage
/// of the contacts of the theme customers contacted us about most (which counts as 100%, as if it
/// reached everyone). So the friction customers keep contacting us about rises, and one whose
/// theme was fixed and fell sinks.
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
    /// The linked themes' contacts over the last ``FrictionRanking/contactWeeks`` weeks counted, as
    /// a percentage of the most contacted theme's (at most 100); nil when no theme with counts
    /// links this friction point.
    public var contactVolume: Double?

    public init(
      friction: String, journeyID: JourneyID, journeyName: String, stageID: StageID, stageName: String,
      touchpointID: TouchpointID, touchpointName: String, reach: Double?, promise: PromiseKeeping, emotion: Int,
      team: String, handoff: Bool, contactVolume: Double? = nil
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
      self.contactVolume = contactVolume
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

  /// How many weeks of contacts measure a linked theme's volume: the latest, so a fix shows soon.
  public static let contactWeeks = 4

  /// The friction points of one journey, volumes measured by `themes` where they link.
  public init(journey: Journey, themes: [SignalTheme] = []) { self.init(journeys: [journey], themes: themes) }

  /// The friction points of several journeys ranked together; ties keep the journeys' order.
  public init(journeys: [Journey], themes: [SignalTheme] = []) {
    let volumes = Self.contactVolumes(themes)
    var collected: [Entry] = []
    for journey in journeys {
      for (stage, touchpoint) in journey.touchpoints {
        for friction in touchpoint.friction where !friction.isBlank {
          collected.append(
            Entry(
              friction: friction, journeyID: journey.id, journeyName: journey.name, stageID: stage.id,
              stageName: stage.name, touchpointID: touchpoint.id, touchpointName: touchpoint.name,
              reach: touchpoint.reach, promise: touchpoint.promise, emotion: touchpoint.emotion,
              team: touchpoint.team, handoff: touchpoint.handoff,
              contactVolume: volumes[FrictionLink(journey: journey.id, stage: stage.id, touchpoint: touchpoint.id, friction: friction)]))
        }
      }
    }
    entries = collected.enumerated().sorted { a, b in
      FrictionRanking.ranksBefore(a.element, b.element) ?? (a.offset < b.offset)
    }.map(\.element)
  }

  /// The friction of the workspace's current-state journeys, ranked together.
  public init(currentStateOf workspace: Workspace) {
    self.init(journeys: workspace.journeys.filter { $0.state == .current }, themes: workspace.signalThemes)
  }

  /// Each linked friction point's volume: its themes' contacts as a percentage of the most
  /// contacted theme's, at most 100; only themes with counts at all speak for a friction point.
  static func contactVolumes(_ themes: [SignalTheme]) -> [FrictionLink: Double] {
    let counted = themes.filter { !$0.weeks.isEmpty && !$0.friction.isEmpty }
    guard let last = themes.compactMap({ $0.weeks.last?.week }).max(), !counted.isEmpty else { return [:] }
    let pareto = SignalsPareto(themes: themes, weeks: contactWeeks, through: last)
    guard let most = pareto.rows.first?.contacts, most > 0 else { return [:] }
    let contacts = Dictionary(pareto.rows.map { ($0.theme, $0.contacts) }, uniquingKeysWith: { first, _ in first })
    var sums: [FrictionLink: Int] = [:]
    for theme in counted {
      for link in Set(theme.friction) { sums[link, default: 0] += contacts[theme.id] ?? 0 }
    }
    return sums.mapValues { min(100, Double($0) * 100 / Double(most)) }
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
  /// How much of the customer base the friction hits, in percent: the linked themes' volume by
  /// contacts where there is one, else the touchpoint's reach.
  public var volume: Double? { contactVolume ?? reach }

  /// Volume times the weight of the promise (``FrictionRanking/weight(of:)``): 0 to 300; nil when
  /// the volume is unknown.
  public var impact: Double? {
    guard let volume, volume.isFinite else { return nil }
    return volume * FrictionRanking.weight(of: promise)
  }
}
