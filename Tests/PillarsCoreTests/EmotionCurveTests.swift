import PillarsCore
import Testing

@Suite struct EmotionCurveTests {
  private static let journey = Journey(id: "support", name: "Support", stages: [
    Stage(id: "ask", name: "Ask", touchpoints: [
      Touchpoint(id: "bot", name: "Chatbot", team: "Support Ops", emotion: -1),
      Touchpoint(id: "queue", name: "Email queue", team: "Support", emotion: -2),
    ]),
    Stage(id: "wait", name: "Wait"),
    Stage(id: "solved", name: "Solved", touchpoints: [
      Touchpoint(id: "call", name: "Specialist call", team: "Support", emotion: 2),
      Touchpoint(id: "survey", name: "Survey", team: "Success", emotion: -2),
      Touchpoint(id: "renew", name: "Renewal", team: "Success", emotion: 1),
    ]),
  ])

  @Test func stagesCarryTheirTouchpointsAndMean() {
    let curve = EmotionCurve(journey: Self.journey)
    #expect(curve.stages.map(\.stageName) == ["Ask", "Wait", "Solved"])
    #expect(curve.stages.map { $0.points.map(\.emotion) } == [[-1, -2], [], [2, -2, 1]])
    #expect(curve.stages.map(\.mean) == [-1.5, nil, 1.0 / 3.0])
    #expect(curve.stages[0].points.map(\.team) == ["Support Ops", "Support"])
  }

  @Test func lowPointsAreEveryTouchpointAtTheLowestEmotion() {
    let curve = EmotionCurve(journey: Self.journey)
    #expect(curve.lowPoints.map(\.touchpointID) == ["queue", "survey"])
    #expect(curve.lowStages == ["ask"])
    #expect(curve.isLowPoint("solved", "survey"))
    #expect(!curve.isLowPoint("ask", "bot"))
  }

  @Test func aJourneyThatNeverDipsToMinusOneHasNoLowPoints() {
    let calm = Journey(id: "calm", name: "Calm", stages: [
      Stage(id: "one", name: "One", touchpoints: [Touchpoint(id: "a", name: "A", emotion: 0)]),
      Stage(id: "two", name: "Two", touchpoints: [Touchpoint(id: "b", name: "B", emotion: 1)]),
    ])
    let curve = EmotionCurve(journey: calm)
    #expect(curve.lowPoints.isEmpty)
    #expect(curve.lowStages.isEmpty)
  }

  @Test func anEmptyJourneyHasAnEmptyCurve() {
    let curve = EmotionCurve(journey: Journey(id: "empty", name: "Empty"))
    #expect(curve.stages.isEmpty)
    #expect(curve.lowPoints.isEmpty)
  }
}
