/// The experiments and the assumptions log: their links hold, and the loop does not stall.
extension Checks {
  static func checkExperiments(_ context: inout CheckContext) {
    let assumptionIDs: Set<AssumptionID>? =
      context.isAvailable(.assumptions) ? Set(context.workspace.assumptions.assumptions.map(\.id)) : nil
    for experiment in context.workspace.experiments {
      let document = DocumentRef.experiment(experiment.id)
      guard context.isAvailable(document) else { continue }
      context.requireName(experiment.name, document, ["name"], what: "an experiment")
      if let metric = experiment.metric { context.checkMetricReference(metric, document, ["metric"]) }
      for (index, segment) in experiment.segments.enumerated() {
        context.checkSegmentReference(segment, document, ["segments", .index(index)])
      }
      for (index, link) in experiment.touchpoints.enumerated() {
        context.checkTouchpointReference(link, document, ["touchpoints", .index(index)])
      }
      if let known = assumptionIDs {
        for (index, id) in experiment.assumptions.enumerated() where !known.contains(id) {
          context.error(.danglingReference, document, ["assumptions", .index(index)], "no assumption \"\(id)\" in assumptions.json")
        }
      }
      if let start = experiment.start, let end = experiment.end, end < start {
        context.error(.outOfRange, document, ["end"], "the experiment ends on \(end), before it starts on \(start)")
      }
      if experiment.isOverdue(on: context.today), let end = experiment.end {
        context.warning(.experimentPastEnd, document, ["end"],
          "\(experiment.name) ended on \(end) and has no result yet: record won, lost or inconclusive, what was observed and what was learned")
      }
      if experiment.state == .running {
        let missing = [experiment.metric == nil ? "a metric it moves" : nil, experiment.criterion.isBlank ? "a criterion (\"We are right if …\")" : nil]
          .compactMap { $0 }
        if !missing.isEmpty {
          context.warning(.experimentUnmeasured, document, [experiment.metric == nil ? "metric" : "criterion"],
            "\(experiment.name) is running without \(missing.joined(separator: " or ")): nobody can say afterwards whether it worked")
        }
      }
    }
  }

  static func checkAssumptions(_ context: inout CheckContext) {
    guard context.isAvailable(.assumptions) else { return }
    let assumptions = context.workspace.assumptions.assumptions
    context.checkIDs(assumptions.map(\.id), .assumptions, at: { ["assumptions", .index($0), "id"] }, what: "assumption")
    let tested = Set(context.workspace.experiments.flatMap(\.assumptions))
    for (index, assumption) in assumptions.enumerated() {
      let path: JSONPath = ["assumptions", .index(index)]
      if assumption.statement.isBlank {
        context.error(.emptyName, .assumptions, path / "statement", "an assumption needs a statement")
      }
      context.requireRange(assumption.importance, Assumption.scoreRange, .assumptions, path / "importance")
      context.requireRange(assumption.evidence, Assumption.scoreRange, .assumptions, path / "evidence")
      context.checkSegmentReference(assumption.segment, .assumptions, path / "segment")
      for (t, link) in assumption.touchpoints.enumerated() {
        context.checkTouchpointReference(link, .assumptions, path / "touchpoints" / t)
      }
      if assumption.isRiskiest, !tested.contains(assumption.id) {
        context.warning(.assumptionUntested, .assumptions, path / "evidence",
          "\"\(assumption.statement)\" is important (\(assumption.importance) of 5) with little evidence (\(assumption.evidence) of 5) and no experiment tests it: test it first")
      }
    }
  }
}

extension CheckContext {
  /// A link to a touchpoint of a journey that loaded; a journey that failed to load is not judged.
  /// A warning, not an error: deleting a touchpoint on the journey map leaves the experiment usable.
  mutating func checkTouchpointReference(_ link: TouchpointLink, _ document: DocumentRef, _ path: JSONPath) {
    guard isAvailable(.journey(link.journey)) else { return }
    guard let journey = workspace.journey(link.journey) else {
      warning(.danglingReference, document, path / "journey", "no journey \"\(link.journey)\" in the workspace; remove the link")
      return
    }
    if journey.position(of: link.touchpoint) == nil {
      warning(.danglingReference, document, path / "touchpoint",
        "no touchpoint \"\(link.touchpoint)\" in the journey \(journey.name) any more; remove the link")
    }
  }
}
