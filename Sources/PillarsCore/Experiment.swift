public typealias ExperimentID = Identifier<Experiment>

/// `experiments/<id>.json`: one experiment, written as a test card and then a learning card.
///
/// The test card says what the team believes, how it will find out and what would prove it right;
/// the learning card what happened, what was learned and what the team decided to do about it.
public struct Experiment: Equatable, Sendable, Codable, Identifiable {
  public var schemaVersion: Int
  public var id: ExperimentID
  public var name: String
  public var owner: String
  /// "We believe that …"
  public var hypothesis: String
  /// The assumptions of the log this experiment tests: the one place the link is kept.
  public var assumptions: [AssumptionID]
  /// "To verify that, we will …"
  public var test: String
  /// The scorecard metric the experiment should move.
  public var metric: MetricID?
  /// "We are right if …"
  public var criterion: String
  public var start: CalendarDate?
  public var end: CalendarDate?
  public var state: ExperimentState
  /// Why a stopped experiment was stopped.
  public var stopReason: String
  public var result: ExperimentResult?
  /// The numbers observed, as the team writes them.
  public var observed: String
  /// "We learned that …"
  public var learning: String
  public var decision: ExperimentDecision?
  public var nextStep: String
  public var segments: [SegmentID]
  public var touchpoints: [TouchpointLink]

  public init(
    id: ExperimentID, name: String, owner: String = "", hypothesis: String = "", assumptions: [AssumptionID] = [],
    test: String = "", metric: MetricID? = nil, criterion: String = "", start: CalendarDate? = nil,
    end: CalendarDate? = nil, state: ExperimentState = .planned, stopReason: String = "",
    result: ExperimentResult? = nil, observed: String = "", learning: String = "",
    decision: ExperimentDecision? = nil, nextStep: String = "", segments: [SegmentID] = [],
    touchpoints: [TouchpointLink] = [], schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.name = name
    self.owner = owner
    self.hypothesis = hypothesis
    self.assumptions = assumptions
    self.test = test
    self.metric = metric
    self.criterion = criterion
    self.start = start
    self.end = end
    self.state = state
    self.stopReason = stopReason
    self.result = result
    self.observed = observed
    self.learning = learning
    self.decision = decision
    self.nextStep = nextStep
    self.segments = segments
    self.touchpoints = touchpoints
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, id, name, owner, hypothesis, assumptions, test, metric, criterion, start, end, state,
      stopReason, result, observed, learning, decision, nextStep, segments, touchpoints
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    id = try c.decode(ExperimentID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    owner = try c.decode(.owner, or: "")
    hypothesis = try c.decode(.hypothesis, or: "")
    assumptions = try c.decode(.assumptions, or: [])
    test = try c.decode(.test, or: "")
    metric = try c.decodeIfPresent(MetricID.self, forKey: .metric)
    criterion = try c.decode(.criterion, or: "")
    start = try c.decodeIfPresent(CalendarDate.self, forKey: .start)
    end = try c.decodeIfPresent(CalendarDate.self, forKey: .end)
    state = try c.decode(.state, or: .planned)
    stopReason = try c.decode(.stopReason, or: "")
    result = try c.decodeIfPresent(ExperimentResult.self, forKey: .result)
    observed = try c.decode(.observed, or: "")
    learning = try c.decode(.learning, or: "")
    decision = try c.decodeIfPresent(ExperimentDecision.self, forKey: .decision)
    nextStep = try c.decode(.nextStep, or: "")
    segments = try c.decode(.segments, or: [])
    touchpoints = try c.decode(.touchpoints, or: [])
  }

  /// Whether the experiment ran past its end without a result: the learning card is overdue.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard let end, result == nil, state != .stopped else { return false }
    return end < today
  }

  /// Whether it ends within the seven days from `today`, still without a result.
  public func endsThisWeek(from today: CalendarDate) -> Bool {
    guard let end, result == nil, state != .stopped, state != .done else { return false }
    return end >= today && end <= today.adding(days: 6)
  }
}

/// Where an experiment stands.
public enum ExperimentState: String, CaseIterable, Sendable, Codable {
  case planned, running, done, stopped

  public var label: String { rawValue }
}

/// What the experiment showed against its criterion.
public enum ExperimentResult: String, CaseIterable, Sendable, Codable {
  case won, lost, inconclusive

  public var label: String { rawValue }
}

/// What the team does with what it learned.
public enum ExperimentDecision: String, CaseIterable, Sendable, Codable {
  case adopt, adjust, abandon

  public var label: String { rawValue }
}

/// A touchpoint of a journey, named by both ids: touchpoint ids are unique within a journey only.
public struct TouchpointLink: Hashable, Sendable, Codable, CustomStringConvertible {
  public var journey: JourneyID
  public var touchpoint: TouchpointID

  public init(journey: JourneyID, touchpoint: TouchpointID) {
    self.journey = journey
    self.touchpoint = touchpoint
  }

  enum CodingKeys: String, CodingKey { case journey, touchpoint }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    journey = try c.decode(JourneyID.self, forKey: .journey)
    touchpoint = try c.decode(TouchpointID.self, forKey: .touchpoint)
  }

  /// `journey/touchpoint`, as a diff and the editor write it.
  public var description: String { "\(journey)/\(touchpoint)" }
}
