import PillarsCore

/// A generated workspace for measuring and stress-testing: the example company grown to the size
/// of a large organisation, with hundreds of metrics, years of weekly history and many journeys,
/// written in many scripts.
///
/// Generation is seeded: the same size, seed and dates give the same workspace, byte for byte.
/// The result has no check errors (warnings may appear, as in any real workspace).
public enum LargeWorkspace {
  /// How big a workspace to make.
  public struct Size: Equatable, Sendable {
    public var metrics: Int
    /// Weekly observations per metric.
    public var weeks: Int
    public var journeys: Int
    public var stagesPerJourney: Int
    public var touchpointsPerJourney: Int
    public var reviews: Int

    public init(metrics: Int, weeks: Int, journeys: Int, stagesPerJourney: Int, touchpointsPerJourney: Int, reviews: Int) {
      self.metrics = metrics
      self.weeks = weeks
      self.journeys = journeys
      self.stagesPerJourney = stagesPerJourney
      self.touchpointsPerJourney = touchpointsPerJourney
      self.reviews = reviews
    }

    /// A few dozen metrics and journeys: quick to make, still bigger than the example.
    public static let small = Size(
      metrics: 40, weeks: 52, journeys: 3, stagesPerJourney: 6, touchpointsPerJourney: 30, reviews: 8)
    /// 400 metrics with five years of weekly values, 20 journeys of 10 stages and 200 touchpoints each.
    public static let large = Size(
      metrics: 400, weeks: 261, journeys: 20, stagesPerJourney: 10, touchpointsPerJourney: 200, reviews: 52)
  }

  /// The example company at the given size, its history ending the week before `today`.
  public static func make(size: Size, today: CalendarDate, seed: UInt64 = 2026) -> Workspace {
    var random = SeededGenerator(seed: seed)
    let lastWeek = today.isoWeek.adding(weeks: -1)
    var workspace = ExampleWorkspace.make(lastWeek: lastWeek, today: today)
    workspace.manifest.name = "Brassline (generated, \(size.metrics) metrics) 🏗️"
    let existing = Set(workspace.scorecard.metrics.map(\.id))
    for index in 0..<size.metrics {
      let id = MetricID("generated-metric-\(index + 1)")
      guard !existing.contains(id) else { continue }
      workspace.scorecard.metrics.append(metric(id, index: index, size: size, lastWeek: lastWeek, &random))
    }
    let metricIDs = workspace.scorecard.metrics.map(\.id)
    let segments = workspace.segments.segments.map(\.id)
    var journeys = workspace.journeys
    for index in 0..<size.journeys {
      journeys.append(journey(index: index, size: size, metrics: metricIDs, segments: segments, &random))
    }
    var reviews = workspace.reviews
    let reviewed = Set(reviews.map(\.week))
    for weeksAgo in 0..<size.reviews {
      let week = lastWeek.adding(weeks: -weeksAgo)
      guard !reviewed.contains(week) else { continue }
      reviews.append(review(week, metrics: metricIDs, &random))
    }
    var large = Workspace(
      manifest: workspace.manifest, pillars: workspace.pillars, promise: workspace.promise,
      segments: workspace.segments, scorecard: workspace.scorecard, journeys: journeys, reviews: reviews)
    large.experiments = workspace.experiments
    large.assumptions = workspace.assumptions
    large.checkpoints = workspace.checkpoints
    large.charter = workspace.charter
    addLoop(to: &large, size: size, today: today, seed: seed)
    addSignals(to: &large, from: workspace, size: size, lastWeek: lastWeek, seed: seed)
    return large
  }

  private static func metric(
    _ id: MetricID, index: Int, size: Size, lastWeek: ISOWeek, _ random: inout SeededGenerator
  ) -> Metric {
    let layer = MetricLayer.allCases[index % MetricLayer.allCases.count]
    let direction: GoodDirection = random.chance(0.7) ? .up : .down
    let base = Double(random.int(10...900))
    let target = direction == .up ? base * 1.1 : base * 0.9
    let warning = direction == .up ? base * 0.95 : base * 1.05
    var value = base
    var observations: [Observation] = []
    observations.reserveCapacity(size.weeks)
    for weeksAgo in stride(from: size.weeks - 1, through: 0, by: -1) {
      value = max(0, value + Double.random(in: -0.03...0.035, using: &random) * base)
      let note = random.chance(0.04) ? random.pick(GeneratedText.phrases) : nil
      let rounded = (value * 10).rounded() / 10
      observations.append(Observation(week: lastWeek.adding(weeks: -weeksAgo), value: rounded, note: note))
    }
    return Metric(
      id: id, name: "\(GeneratedText.sentence(2, &random)) #\(index + 1)",
      layer: layer, unit: random.pick(GeneratedText.units), direction: direction, target: target.rounded(),
      warning: warning.rounded(), owner: random.pick(GeneratedText.people),
      description: random.chance(0.3) ? GeneratedText.longNote(&random) : GeneratedText.sentence(12, &random),
      observations: observations)
  }

  private static func journey(
    index: Int, size: Size, metrics: [MetricID], segments: [SegmentID], _ random: inout SeededGenerator
  ) -> Journey {
    let stageCount = max(1, size.stagesPerJourney)
    var stages: [Stage] = []
    var made = 0
    for s in 0..<stageCount {
      // Spread the touchpoints evenly; earlier stages take the remainder.
      let count = size.touchpointsPerJourney / stageCount + (s < size.touchpointsPerJourney % stageCount ? 1 : 0)
      let touchpoints = (0..<count).map { _ -> Touchpoint in
        made += 1
        return touchpoint(TouchpointID("tp-\(made)"), metrics: metrics, &random)
      }
      let name = GeneratedText.stageNames[s % GeneratedText.stageNames.count]
      stages.append(Stage(id: StageID("stage-\(s + 1)"), name: name, goal: random.pick(GeneratedText.phrases), touchpoints: touchpoints))
    }
    return Journey(
      id: JourneyID("generated-journey-\(index + 1)"), name: "Journey \(index + 1): \(random.pick(GeneratedText.phrases))",
      segment: segments.isEmpty ? nil : random.pick(segments), state: index % 3 == 2 ? .future : .current,
      stages: stages)
  }

  private static func touchpoint(_ id: TouchpointID, metrics: [MetricID], _ random: inout SeededGenerator) -> Touchpoint {
    Touchpoint(
      id: id, name: GeneratedText.sentence(random.int(2...5), &random), channel: random.pick(GeneratedText.channels),
      team: random.pick(GeneratedText.teams), doing: GeneratedText.sentence(random.int(5...15), &random),
      thinking: random.pick(GeneratedText.phrases),
      feeling: random.chance(0.1) ? GeneratedText.longNote(&random) : GeneratedText.sentence(6, &random),
      emotion: random.int(-2...2),
      friction: random.chance(0.4) ? [random.pick(GeneratedText.phrases), GeneratedText.sentence(8, &random)] : [],
      promise: random.pick(PromiseKeeping.allCases), reach: random.chance(0.8) ? Double(random.int(0...100)) : nil,
      handoff: random.chance(0.2),
      metrics: metrics.isEmpty || random.chance(0.5) ? [] : [random.pick(metrics)])
  }

  private static func review(_ week: ISOWeek, metrics: [MetricID], _ random: inout SeededGenerator) -> Review {
    var notes: [String: String] = [:]
    for _ in 0..<random.int(1...6) where !metrics.isEmpty {
      notes[random.pick(metrics).rawValue] = GeneratedText.longNote(&random)
    }
    let decisions = (0..<random.int(0...4)).map { n in
      Decision(
        id: DecisionID("d\(n + 1)"), kind: random.pick(DecisionKind.allCases),
        text: random.pick(GeneratedText.phrases), owner: random.pick(GeneratedText.people))
    }
    return Review(week: week, attendees: Array(GeneratedText.people.prefix(random.int(2...6))), notes: notes, decisions: decisions)
  }
}
