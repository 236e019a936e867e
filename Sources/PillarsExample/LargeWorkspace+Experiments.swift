import PillarsCore

extension LargeWorkspace.Size {
  /// Two experiments for each week reviewed: a team running the loop every week.
  var experiments: Int { reviews * 2 }
  /// Three assumptions for each week reviewed.
  var assumptions: Int { reviews * 3 }
}

extension LargeWorkspace {
  /// The experiments and the assumptions log at the given size, from a generator of their own so the
  /// other documents stay as they were before these kinds existed.
  static func addLoop(to workspace: inout Workspace, size: Size, today: CalendarDate, seed: UInt64) {
    var random = SeededGenerator(seed: seed &+ 15)
    let metrics = workspace.scorecard.metrics.map(\.id)
    let segments = workspace.segments.segments.map(\.id)
    let links = workspace.journeys.prefix(4).flatMap { journey in
      journey.touchpoints.prefix(20).map { TouchpointLink(journey: journey.id, touchpoint: $0.touchpoint.id) }
    }
    var log = workspace.assumptions.assumptions
    for index in 0..<size.assumptions {
      log.append(Assumption(
        id: AssumptionID("generated-assumption-\(index + 1)"), statement: GeneratedText.sentence(random.int(5...14), &random),
        kind: random.pick(AssumptionKind.allCases), importance: random.int(1...5), evidence: random.int(1...5),
        state: random.pick(AssumptionState.allCases), owner: random.pick(GeneratedText.people),
        segment: segments.isEmpty || random.chance(0.4) ? nil : random.pick(segments), underliesPromise: random.chance(0.2),
        touchpoints: links.isEmpty || random.chance(0.5) ? [] : [random.pick(links)],
        revisit: today.adding(days: random.int(-30...120))))
    }
    workspace.assumptions.assumptions = log
    let ids = log.map(\.id)
    var experiments = workspace.experiments
    for index in 0..<size.experiments {
      // Spread back over the weeks reviewed; the newest are still running or planned.
      let start = today.adding(days: -7 * random.int(0...max(1, size.reviews)) - random.int(0...6))
      let end = start.adding(days: 7 * random.int(2...8))
      let finished = end < today
      let result: ExperimentResult? = finished ? random.pick(ExperimentResult.allCases) : nil
      experiments.append(Experiment(
        id: ExperimentID("generated-experiment-\(index + 1)"), name: GeneratedText.sentence(random.int(3...7), &random),
        owner: random.pick(GeneratedText.people), hypothesis: "We believe that " + GeneratedText.sentence(12, &random),
        assumptions: ids.isEmpty ? [] : [random.pick(ids), random.pick(ids)].uniqued,
        test: "To verify that, we will " + GeneratedText.sentence(10, &random),
        metric: metrics.isEmpty ? nil : random.pick(metrics),
        criterion: "We are right if " + GeneratedText.sentence(8, &random), start: start, end: end,
        state: finished ? .done : start <= today ? .running : .planned, result: result,
        observed: result == nil ? "" : GeneratedText.sentence(10, &random),
        learning: result == nil ? "" : "We learned that " + random.pick(GeneratedText.phrases),
        decision: result.map { _ in random.pick(ExperimentDecision.allCases) },
        nextStep: result == nil ? "" : GeneratedText.sentence(6, &random),
        segments: segments.isEmpty ? [] : [random.pick(segments)],
        touchpoints: links.isEmpty || random.chance(0.5) ? [] : [random.pick(links)]))
    }
    workspace.experiments = experiments.sorted { $0.id < $1.id }
    addCheckpoints(to: &workspace, months: max(1, size.reviews / 4), today: today, &random)
    addCharterEntries(to: &workspace, &random)
  }

  /// A charter entry for each channel of today's journeys the example's charter does not name.
  private static func addCharterEntries(to workspace: inout Workspace, _ random: inout SeededGenerator) {
    let metrics = workspace.scorecard.metrics.map(\.id)
    let today = workspace.journeys.filter { $0.state == .current }
    for channel in ChannelCharter(journeys: today).channels where !channel.name.isEmpty && workspace.charter[channel: channel.name] == nil {
      workspace.charter.channels.append(CharterEntry(
        channel: channel.name, goal: GeneratedText.sentence(random.int(6...12), &random),
        guardrails: (0..<random.int(1...3)).map { _ in random.pick(GeneratedText.phrases) },
        kpis: metrics.isEmpty ? [] : [random.pick(metrics), random.pick(metrics)].uniqued, owner: random.pick(GeneratedText.people),
        serviceStandard: "First reply within \(random.int(5...120)) minutes", escalation: GeneratedText.sentence(6, &random)))
    }
  }

  /// A monthly checkpoint for each month the reviews span, with decisions that came back done,
  /// were dropped, or are still open; the example's own checkpoint is kept.
  private static func addCheckpoints(to workspace: inout Workspace, months: Int, today: CalendarDate, _ random: inout SeededGenerator) {
    let thisMonth = CalendarMonth(containing: today)
    let kept = Set(workspace.checkpoints.map(\.month))
    let segments = workspace.segments.segments.map(\.id)
    var checkpoints = workspace.checkpoints
    for monthsAgo in 1...months {
      let month = thisMonth.adding(months: -monthsAgo)
      guard !kept.contains(month) else { continue }
      let decisions = (0..<random.int(2...4)).map { index -> Decision in
        let due = today.adding(days: -30 * monthsAgo + random.int(7...60))
        let state: DecisionState = due < today && random.chance(0.7) ? (random.chance(0.8) ? .done : .dropped) : .open
        return Decision(
          id: DecisionID("month-\(month)-\(index + 1)"), kind: random.pick(DecisionKind.allCases),
          text: GeneratedText.sentence(random.int(5...12), &random), owner: random.pick(GeneratedText.people), due: due,
          state: state, note: state == .open ? "" : random.pick(GeneratedText.phrases), customerFirst: random.chance(0.2))
      }
      checkpoints.append(MonthlyCheckpoint(
        month: month, attendees: (0..<random.int(2...5)).map { _ in random.pick(GeneratedText.people) }.uniqued,
        primarySegment: segments.isEmpty ? nil : segments[0], decisions: decisions))
    }
    workspace.checkpoints = checkpoints.sorted { $0.month < $1.month }
  }
}

extension Array where Element: Hashable {
  /// The elements without repeats, first occurrence kept.
  fileprivate var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
