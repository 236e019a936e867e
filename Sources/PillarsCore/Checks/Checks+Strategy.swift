/// The strategy lints: what a seasoned strategist would point out.
extension Checks {
  static func lintPillars(_ context: inout CheckContext) {
    guard context.isAvailable(.pillars) else { return }
    for (index, pillar) in context.workspace.pillars.pillars.enumerated() {
      let path: JSONPath = ["pillars", .index(index)]
      if pillar.isEmpty {
        context.warning(.pillarEmpty, .pillars, path,
          "\(pillar.id.title) is empty: skip one pillar and the whole strategy wobbles")
      }
      if pillar.owner.isBlank {
        context.warning(.pillarNoOwner, .pillars, path / "owner", "\(pillar.id.title) has no owner")
      }
      for (a, action) in pillar.actions.enumerated() where action.isOverdue(on: context.today) {
        context.warning(.actionOverdue, .pillars, path / "actions" / a / "due",
          "\(pillar.id.title): \"\(action.text)\" was due \(action.due?.description ?? "") and is not done")
      }
    }
  }

  /// Decisions of the weekly reviews past their due date and still open.
  static func lintDecisions(_ context: inout CheckContext) {
    for review in context.workspace.reviews where context.isAvailable(.review(review.week)) {
      for (d, decision) in review.decisions.enumerated() where decision.isOverdue(on: context.today) {
        context.warning(.decisionOverdue, .review(review.week), ["decisions", .index(d), "due"],
          "the decision to \(decision.kind.rawValue) \"\(decision.text)\" of \(review.week) was due \(decision.due?.description ?? "") and is still open: mark it done or drop it")
      }
    }
  }

  static func lintPromise(_ context: inout CheckContext) {
    guard context.isAvailable(.promise) else { return }
    let promise = context.workspace.promise
    let analysis = PromiseAnalysis(sentence: promise.sentence, wishWords: context.workspace.wishWords)
    let path: JSONPath = ["sentence"]
    if analysis.isEmpty {
      context.warning(.promiseEmpty, .promise, path,
        "there is no promise yet: write one sentence a customer would recognise")
    } else {
      if analysis.sentenceCount > 1 {
        context.warning(.promiseSentences, .promise, path,
          "the promise is \(analysis.sentenceCount) sentences; a promise is one sentence people can repeat")
      }
      for hit in analysis.wishWords {
        context.warning(.promiseWishWords, .promise, path,
          "\"\(hit.word)\" is a wish, not a promise: say what the customer can check instead")
      }
      if analysis.measurable == nil {
        context.warning(.promiseNotMeasurable, .promise, path,
          "nothing in the promise can be measured: add a number, a time or a countable commitment")
      }
    }
    let count = promise.proofMetrics.count
    if !(2...3).contains(count) {
      let found = count == 0 ? "none" : "\(count)"
      context.warning(.proofCount, .promise, ["proofMetrics"],
        "a promise is backed by 2 or 3 proof metrics from the scorecard; found \(found)")
    }
  }

  static func lintSegments(_ context: inout CheckContext) {
    guard context.isAvailable(.segments) else { return }
    let segments = context.workspace.segments.segments
    let primaries = segments.indices.filter { segments[$0].primary }
    if primaries.isEmpty {
      context.warning(.noPrimarySegment, .segments, ["segments"],
        segments.isEmpty
          ? "no segments yet: who do you win with?"
          : "no primary segment: pick the one segment to focus on for the next 6-12 months")
    } else if primaries.count > 1 {
      let names = primaries.map { "\"\(segments[$0].name)\"" }.joined(separator: ", ")
      for index in primaries.dropFirst() {
        context.warning(.severalPrimarySegments, .segments, ["segments", .index(index), "primary"],
          "\(primaries.count) segments are marked primary (\(names)); focus means one")
      }
    }
  }

  static func lintJourneys(_ context: inout CheckContext) {
    for journey in context.workspace.journeys {
      let document = DocumentRef.journey(journey.id)
      guard context.isAvailable(document) else { continue }
      for (s, stage) in journey.stages.enumerated() {
        if stage.touchpoints.isEmpty {
          context.warning(.stageWithoutTouchpoints, document, ["stages", .index(s)],
            "the stage \"\(stage.name)\" has no touchpoints: where does the customer meet you here?")
        }
        for (t, touchpoint) in stage.touchpoints.enumerated()
        where touchpoint.promise == .broken && touchpoint.team.isBlank {
          context.warning(.brokenPromiseWithoutTeam, document, ["stages", .index(s), "touchpoints", .index(t), "team"],
            "the promise is broken at \"\(touchpoint.name)\" and no team owns it")
        }
      }
    }
  }
}
