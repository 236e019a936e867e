/// Structural validation: what every document must satisfy whatever the strategy says.
extension Checks {
  static func validateManifest(_ context: inout CheckContext) {
    guard context.isAvailable(.manifest) else { return }
    let manifest = context.workspace.manifest
    context.requireName(manifest.name, .manifest, ["name"], what: "the workspace")
    for (index, word) in manifest.extraWishWords.enumerated() where word.isBlank {
      context.error(.emptyName, .manifest, ["extraWishWords", .index(index)], "a wish-word cannot be empty")
    }
  }

  static func validatePillars(_ context: inout CheckContext) {
    guard context.isAvailable(.pillars) else { return }
    let pillars = context.workspace.pillars.pillars
    var seen = Set<PillarKind>()
    for (index, pillar) in pillars.enumerated() where !seen.insert(pillar.id).inserted {
      context.error(.duplicateID, .pillars, ["pillars", .index(index), "id"],
        "the pillar \"\(pillar.id.rawValue)\" appears twice; each of the five pillars appears once")
    }
    for kind in PillarKind.allCases where !seen.contains(kind) {
      context.error(.invalidDocument, .pillars, ["pillars"],
        "the pillar \"\(kind.rawValue)\" (\(kind.title)) is missing; all five pillars belong in pillars.json")
    }
    for (p, pillar) in pillars.enumerated() {
      let base: JSONPath = ["pillars", .index(p), "actions"]
      context.checkIDs(pillar.actions.map(\.id), .pillars, at: { base / $0 / "id" }, what: "action")
      for (a, action) in pillar.actions.enumerated() where action.text.isBlank {
        context.error(.emptyName, .pillars, base / a / "text", "an action needs a text saying what will be done")
      }
    }
  }

  static func validatePromise(_ context: inout CheckContext) {
    guard context.isAvailable(.promise) else { return }
    let promise = context.workspace.promise
    for (index, id) in promise.proofMetrics.enumerated() {
      context.checkMetricReference(id, .promise, ["proofMetrics", .index(index)])
    }
    context.checkSegmentReference(promise.builder.segment, .promise, ["builder", "segment"])
  }

  static func validateSegments(_ context: inout CheckContext) {
    guard context.isAvailable(.segments) else { return }
    let segments = context.workspace.segments.segments
    context.checkIDs(segments.map(\.id), .segments, at: { ["segments", .index($0), "id"] }, what: "segment")
    for (index, segment) in segments.enumerated() {
      let path: JSONPath = ["segments", .index(index)]
      context.requireName(segment.name, .segments, path / "name", what: "a segment")
      let scores = segment.attractiveness
      context.requireRange(scores.size, Segment.scoreRange, .segments, path / "attractiveness" / "size")
      context.requireRange(scores.growth, Segment.scoreRange, .segments, path / "attractiveness" / "growth")
      context.requireRange(scores.willingnessToPay, Segment.scoreRange, .segments, path / "attractiveness" / "willingnessToPay")
      context.requireRange(segment.fit, Segment.scoreRange, .segments, path / "fit")
    }
  }

  static func validateScorecard(_ context: inout CheckContext) {
    guard context.isAvailable(.scorecard) else { return }
    let metrics = context.workspace.scorecard.metrics
    context.checkIDs(metrics.map(\.id), .scorecard, at: { ["metrics", .index($0), "id"] }, what: "metric")
    for (index, metric) in metrics.enumerated() {
      let path: JSONPath = ["metrics", .index(index)]
      context.requireName(metric.name, .scorecard, path / "name", what: "a metric")
      var weeks: [ISOWeek: Int] = [:]
      weeks.reserveCapacity(metric.observations.count)
      let currentWeek = context.today.isoWeek
      for (o, observation) in metric.observations.enumerated() {
        if observation.week > currentWeek {
          context.error(.futureWeek, .history(metric.id), ["observations", .index(o), "week"],
            "\(metric.name) has a value for \(observation.week), a week that has not started yet (this week is \(currentWeek)); remove it or correct the week")
        }
        if let scale = metric.scale, !scale.contains(observation.value) {
          context.error(.outsideScale, .history(metric.id), ["observations", .index(o), "value"],
            "\(metric.name)'s value for \(observation.week), \(MetricValueText.text(observation.value, unit: metric.unit, digits: 6)), is outside its scale (\(scale))")
        }
        if let first = weeks[observation.week] {
          context.error(.duplicateObservation, .history(metric.id), ["observations", .index(o), "week"],
            "\(metric.name) has two values for \(observation.week) (entries \(first + 1) and \(o + 1)); keep one")
        } else {
          weeks[observation.week] = o
        }
      }
      if let scale = metric.scale {
        for (key, level) in [("target", metric.target), ("warning", metric.warning)] {
          guard let level, !scale.contains(level) else { continue }
          context.warning(.outsideScale, .scorecard, path / key,
            "the \(key == "target" ? "target" : "warning threshold") \(level.compactText(digits: 6)) is outside the scale (\(scale)), "
              + (key == "target" ? "so it can never be met" : "so it can never be crossed"))
        }
      }
      if let target = metric.target, let warning = metric.warning, metric.direction.isBetter(warning, orEqualTo: target),
        warning != target
      {
        let side = metric.direction == .up ? "below" : "above"
        context.warning(.outOfRange, .scorecard, path / "warning",
          "the warning threshold \(warning.compactText) is better than the target \(target.compactText); "
            + "for a metric where \(metric.direction.rawValue) is good it belongs \(side) the target")
      }
    }
  }

  static func validate(_ journey: Journey, _ context: inout CheckContext) {
    let document = DocumentRef.journey(journey.id)
    guard context.isAvailable(document) else { return }
    context.requireName(journey.name, document, ["name"], what: "the journey")
    context.checkSegmentReference(journey.segment, document, ["segment"])
    // A warning, not an error: deleting the current journey leaves its future state usable.
    if let base = journey.basedOn, !context.journeyIDs.contains(base), context.isAvailable(.journey(base)) {
      context.warning(.danglingReference, document, ["basedOn"],
        "based on the journey \"\(base)\", which is not in the workspace; c in the screens asks which journey to compare with")
    }
    context.checkIDs(journey.stages.map(\.id), document, at: { ["stages", .index($0), "id"] }, what: "stage")
    // Touchpoint ids are unique across the whole journey, since touchpoints move between stages.
    // Positions rather than paths, and ids without copying the touchpoints: a path is built only for a finding.
    let places = journey.stages.enumerated().flatMap { s, stage in stage.touchpoints.indices.map { t in (s, t) } }
    context.checkIDs(
      journey.stages.flatMap { $0.touchpoints.map(\.id) }, document,
      at: { ["stages", .index(places[$0].0), "touchpoints", .index(places[$0].1), "id"] }, what: "touchpoint")
    for (s, stage) in journey.stages.enumerated() {
      let stagePath: JSONPath = ["stages", .index(s)]
      context.requireName(stage.name, document, stagePath / "name", what: "a stage")
      for (t, touchpoint) in stage.touchpoints.enumerated() {
        let path = stagePath / "touchpoints" / t
        context.requireName(touchpoint.name, document, path / "name", what: "a touchpoint")
        context.requireRange(touchpoint.emotion, Touchpoint.emotionRange, document, path / "emotion")
        if let reach = touchpoint.reach, !Touchpoint.reachRange.contains(reach) {
          context.error(.outOfRange, document, path / "reach",
            "must be between 0 and 100 (percent of customers), found \(reach.compactText)")
        }
        for (m, metric) in touchpoint.metrics.enumerated() {
          context.checkMetricReference(metric, document, path / "metrics" / m)
        }
      }
    }
  }

  static func validate(_ review: Review, _ context: inout CheckContext) {
    let document = DocumentRef.review(review.week)
    guard context.isAvailable(document) else { return }
    context.checkIDs(review.decisions.map(\.id), document, at: { ["decisions", .index($0), "id"] }, what: "decision")
    for metric in review.notes.keys.sorted() {
      context.checkMetricReference(MetricID(metric), document, ["notes", .key(metric)])
    }
    for (index, decision) in review.decisions.enumerated() where decision.text.isBlank {
      context.error(.emptyName, document, ["decisions", .index(index), "text"], "a decision needs a text")
    }
  }
}
