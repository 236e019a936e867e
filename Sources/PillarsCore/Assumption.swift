public typealias AssumptionID = Identifier<Assumption>

/// Something the strategy takes for true without proof yet: one entry of the assumptions log.
///
/// The experiments that test it are not kept here but on each experiment (``Experiment/assumptions``),
/// so the link cannot say two different things; ``AssumptionsDocument/experiments(testing:in:)`` reads it back.
public struct Assumption: Equatable, Sendable, Codable, Identifiable {
  public var id: AssumptionID
  public var statement: String
  public var kind: AssumptionKind
  /// How much of the strategy rests on it, 1 (little) to 5 (everything).
  public var importance: Int
  /// How much evidence the team has for it, 1 (none) to 5 (proved).
  public var evidence: Int
  public var state: AssumptionState
  public var owner: String
  /// The segment it is about.
  public var segment: SegmentID?
  /// Whether the promise rests on it.
  public var underliesPromise: Bool
  /// The touchpoints that rest on it.
  public var touchpoints: [TouchpointLink]
  /// The day to look at it again (the field says at least quarterly).
  public var revisit: CalendarDate?

  public init(
    id: AssumptionID, statement: String, kind: AssumptionKind = .desirability, importance: Int = 3, evidence: Int = 1,
    state: AssumptionState = .untested, owner: String = "", segment: SegmentID? = nil, underliesPromise: Bool = false,
    touchpoints: [TouchpointLink] = [], revisit: CalendarDate? = nil
  ) {
    self.id = id
    self.statement = statement
    self.kind = kind
    self.importance = importance
    self.evidence = evidence
    self.state = state
    self.owner = owner
    self.segment = segment
    self.underliesPromise = underliesPromise
    self.touchpoints = touchpoints
    self.revisit = revisit
  }

  enum CodingKeys: String, CodingKey {
    case id, statement, kind, importance, evidence, state, owner, segment, underliesPromise, touchpoints, revisit
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(AssumptionID.self, forKey: .id)
    statement = try c.decode(String.self, forKey: .statement)
    kind = try c.decode(.kind, or: .desirability)
    importance = try c.decode(.importance, in: Assumption.scoreRange, or: 3)
    evidence = try c.decode(.evidence, in: Assumption.scoreRange, or: 1)
    state = try c.decode(.state, or: .untested)
    owner = try c.decode(.owner, or: "")
    segment = try c.decodeIfPresent(SegmentID.self, forKey: .segment)
    underliesPromise = try c.decode(.underliesPromise, or: false)
    touchpoints = try c.decode(.touchpoints, or: [])
    revisit = try c.decodeIfPresent(CalendarDate.self, forKey: .revisit)
  }

  /// Importance and evidence run from 1 to 5.
  public static let scoreRange = 1...5

  /// Important (4 or 5) with little evidence (1 or 2): the field says to test these first.
  public var isRiskiest: Bool { importance >= 4 && evidence <= 2 }

  /// Importance times the evidence missing: what ranks the log, riskiest first.
  public var risk: Int { importance * (Assumption.scoreRange.upperBound + 1 - evidence) }
}

/// What an assumption is about, in the field's three lenses.
public enum AssumptionKind: String, CaseIterable, Sendable, Codable {
  /// Customers want it.
  case desirability
  /// It pays.
  case viability
  /// We can build and run it.
  case feasibility

  public var label: String { rawValue }
}

public enum AssumptionState: String, CaseIterable, Sendable, Codable {
  case untested, testing, validated, invalidated

  public var label: String { rawValue }
}

/// `assumptions.json`: the assumptions log.
public struct AssumptionsDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var assumptions: [Assumption]

  public init(assumptions: [Assumption] = [], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.assumptions = assumptions
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, assumptions }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    assumptions = try c.decode(.assumptions, or: [])
  }

  public subscript(id: AssumptionID) -> Assumption? { assumptions.first { $0.id == id } }

  /// Riskiest first (importance times missing evidence); ties keep the log's order.
  public var ranked: [Assumption] {
    // Positions are sorted, not assumptions: each is copied once, into the list.
    let risks = assumptions.map(\.risk)
    return risks.indices.sorted { a, b in risks[a] != risks[b] ? risks[a] > risks[b] : a < b }.map { assumptions[$0] }
  }

  /// The experiments of `workspace` that test the assumption.
  public static func experiments(testing id: AssumptionID, in workspace: Workspace) -> [Experiment] {
    workspace.experiments.filter { $0.assumptions.contains(id) }
  }

  /// How many experiments test each assumption, counted in one pass: what a log's rows show.
  public static func experimentCounts(in workspace: Workspace) -> [AssumptionID: Int] {
    var counts: [AssumptionID: Int] = [:]
    for experiment in workspace.experiments {
      for (offset, id) in experiment.assumptions.enumerated() where !experiment.assumptions[..<offset].contains(id) {
        counts[id, default: 0] += 1
      }
    }
    return counts
  }

  /// The experiments testing each assumption, gathered in one pass: what a whole log shows.
  public static func experimentsByAssumption(in workspace: Workspace) -> [AssumptionID: [Experiment]] {
    var tests: [AssumptionID: [Experiment]] = [:]
    for experiment in workspace.experiments {
      for id in Set(experiment.assumptions) { tests[id, default: []].append(experiment) }
    }
    return tests
  }
}
