import PillarsCore
import Foundation

/// A small workspace that passes every check, for tests to break one thing at a time.
enum Fixtures {
  static let today = CalendarDate(year: 2026, month: 11, day: 18)!  // a Wednesday of 2026-W47
  static var thisWeek: ISOWeek { today.isoWeek }

  static func metric(
    _ id: MetricID, _ layer: MetricLayer, direction: GoodDirection = .up, target: Double? = 10,
    values: [Double] = [10, 10, 10, 10], endingAt week: ISOWeek? = nil
  ) -> Metric {
    let last = week ?? thisWeek.adding(weeks: -1)
    let observations = values.enumerated().map { i, v in
      Observation(week: last.adding(weeks: i - values.count + 1), value: v)
    }
    return Metric(id: id, name: id.rawValue.capitalized, layer: layer, unit: "%", direction: direction,
      target: target, owner: "Ops", observations: observations)
  }

  static func clean() -> Workspace {
    let pillars = PillarsDocument(pillars: PillarKind.allCases.map {
      Pillar(id: $0, status: .draft, owner: "Ana", summary: "Summary of \($0.title)")
    })
    let segments = SegmentsDocument(segments: [
      Segment(id: "clinics", name: "Small clinics", primary: true),
      Segment(id: "hospitals", name: "Hospitals"),
    ])
    let scorecard = ScorecardDocument(metrics: [
      metric("retention", .outcome),
      metric("csat", .experience),
      metric("first-response", .operational, direction: .down, target: 2, values: [2, 2, 2, 2]),
    ])
    let promise = PromiseDocument(
      sentence: "We answer every question within one hour and never make you repeat yourself.",
      builder: PromiseBuilder(segment: "clinics", need: "quick answers", benefit: "answers in an hour", alternative: "call centres"),
      proofMetrics: ["csat", "first-response"])
    let journey = Journey(id: "onboarding", name: "Onboarding today", segment: "clinics", stages: [
      Stage(id: "signup", name: "Sign-up", goal: "Get started", touchpoints: [
        Touchpoint(id: "form", name: "Sign-up form", channel: "web", team: "Growth", emotion: 1, promise: .kept,
          reach: 100, metrics: ["csat"])
      ]),
      Stage(id: "first-week", name: "First week", touchpoints: [
        Touchpoint(id: "welcome-call", name: "Welcome call", channel: "phone", team: "Success", emotion: -1,
          friction: ["Hard to book"], promise: .broken, reach: 40, handoff: true)
      ]),
    ])
    return Workspace(
      manifest: WorkspaceManifest(name: "Clinic Co", owner: "Ana"), pillars: pillars, promise: promise,
      segments: segments, scorecard: scorecard, journeys: [journey])
  }

  static func findings(_ workspace: Workspace, skipping: Set<DocumentRef> = []) -> [Finding] {
    Checks.run(workspace, today: today, skipping: skipping)
  }
}
