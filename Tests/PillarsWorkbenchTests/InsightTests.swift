import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// The friction ranking, the journey comparison and the metric pickers.
@Suite struct InsightTests {
  @Test func theFrictionRankingJumpsToTheWorstTouchpoint() throws {
    var state = WorkbenchFixture.state()
    let journey = try #require(Workbench.selectedJourney(state))
    let worst = try #require(FrictionRanking(journey: journey, themes: state.workspace.signalThemes).entries.first)
    // The transcript not attached, which customers contact us about, before the import reaching 80%.
    #expect(worst.friction == "The chatbot transcript is not attached to the ticket")
    WorkbenchFixture.press([.character("3"), .character("f")], &state)
    #expect(state.overlay == .frictionRanking(selected: 0))
    #expect(WorkbenchFixture.screen(state).contains(String(worst.friction.prefix(20))))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.overlay == nil)
    #expect(state.journeyPane.selection.touchpoint == worst.touchpointID)
    #expect(state.journeyPane.selection.stage == worst.stageID)
    #expect(state.journeyPane.selection.lane == .friction)
  }

  @Test func theProofTakesAtMostThreeMetricsAndWarnsUnderTwo() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let metrics = Workbench.orderedMetrics(before)
    let unticked = try #require(metrics.firstIndex { !before.promise.proofMetrics.contains($0.id) })
    WorkbenchFixture.press([.character("2"), .character("m")] + Array(repeating: .down, count: unticked) + [.character(" ")], &state)
    guard case .metricPicker(let picker) = state.overlay else {
      Issue.record("m opens the picker")
      return
    }
    #expect(picker.refusal == "the proof is 2 or 3 metrics: untick one first")
    #expect(picker.chosen == before.promise.proofMetrics)
    // Untick two of the three: the proof is saved, with a warning.
    let first = try #require(metrics.firstIndex { $0.id == before.promise.proofMetrics[0] })
    let second = try #require(metrics.firstIndex { $0.id == before.promise.proofMetrics[1] })
    WorkbenchFixture.press([.character("g")], &state)
    WorkbenchFixture.press([.home] + Array(repeating: .down, count: first) + [.character(" ")], &state)
    WorkbenchFixture.press(Array(repeating: .up, count: 40) + Array(repeating: .down, count: second) + [.character(" ")], &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.promise.proofMetrics = [before.promise.proofMetrics[2]]
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.promise])])
    #expect(state.message == .info("the proof has 1 metric; 2 or 3 make it convincing"))
  }

  @Test func aTouchpointLinksMetrics() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let journey = try #require(Workbench.selectedJourney(state))
    let touchpoint = try #require(Workbench.selectedTouchpoint(state))
    let metrics = Workbench.orderedMetrics(before)
    WorkbenchFixture.press([.character("3"), .character("m"), .character("x"), .enter], &state)
    var expected = before
    let ji = try #require(expected.journeys.firstIndex { $0.id == journey.id })
    let (s, i) = try #require(expected.journeys[ji].position(of: touchpoint.id))
    let first = try #require(metrics.first?.id)
    if touchpoint.metrics.contains(first) {
      expected.journeys[ji].stages[s].touchpoints[i].metrics.removeAll { $0 == first }
    } else {
      expected.journeys[ji].stages[s].touchpoints[i].metrics.append(first)
    }
    #expect(state.workspace == expected)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func comparisonListsWhatTheFutureAddsRemovesAndChanges() throws {
    let state = WorkbenchFixture.state()
    let journey = try #require(Workbench.selectedJourney(state))
    let comparison = try #require(JourneyComparison.pair(for: journey, in: state.workspace))
    #expect(comparison.current.state == .current)
    #expect(comparison.future.state == .future)
    let all = comparison.stages
    // The example's future replaces the chatbot during the trial with a specialist.
    #expect(all.contains { $0.changed.contains { $0.hasPrefix("Specialist chat during the trial") } })
    var shown = state
    WorkbenchFixture.press([.character("3"), .character("c")], &shown)
    #expect(shown.overlay == .comparison(current: "growing-contractor-today", future: "growing-contractor-next", scroll: 0))
    #expect(WorkbenchFixture.screen(shown).contains("~ Specialist chat during the trial"))
    // From the future journey, the same pair: it names the journey it is based on.
    WorkbenchFixture.press([.escape, .character("]"), .character("c")], &shown)
    #expect(Workbench.selectedJourney(shown)?.id == "growing-contractor-next")
    #expect(shown.overlay == .comparison(current: "growing-contractor-today", future: "growing-contractor-next", scroll: 0))
  }

  /// A journey of the same segment that nothing says to compare with.
  static func emergencyVisit(state: JourneyState) -> Journey {
    Journey(id: "emergency-visit", name: "Emergency visit", segment: "growing-contractors", state: state, stages: [
      Stage(id: "call", name: "Call", touchpoints: [Touchpoint(id: "phone-line", name: "Emergency phone line")]),
    ])
  }

  @Test func aJourneyNothingSaysToCompareWithAsksWhichOne() throws {
    var state = WorkbenchFixture.state(width: 100, height: 60)
    state.workspace.journeys.insert(Self.emergencyVisit(state: .future), at: 0)
    WorkbenchFixture.press([.character("3"), .character("["), .character("["), .character("c")], &state)
    #expect(Workbench.selectedJourney(state)?.id == "emergency-visit")
    #expect(state.overlay == .comparisonPicker(selected: 0))
    #expect(state.message == .info("nothing says what Emergency visit is compared with: pick a journey"))
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Compare Emergency visit with"))
    // The current state comes first for a future journey.
    let today = try #require(screen.range(of: "Growing contractor: today  current state · Growing trade contractors"))
    let next = try #require(screen.range(of: "Growing contractor: next  future state · Growing trade contractors"))
    #expect(today.lowerBound < next.lowerBound)
    // Today's journey is compared from; the emergency visit adds its call.
    WorkbenchFixture.press([.enter], &state)
    #expect(state.overlay == .comparison(current: "growing-contractor-today", future: "emergency-visit", scroll: 0))
    let compared = WorkbenchFixture.screen(state)
    #expect(compared.contains("Growing contractor: today → Emergency visit"))
    #expect(compared.contains("+ Emergency phone line"))
  }

  @Test func aJourneyBasedOnOneThatIsGoneAsksWhichOne() throws {
    var state = WorkbenchFixture.state()
    let next = try #require(state.workspace.journeys.firstIndex { $0.id == "growing-contractor-next" })
    state.workspace.journeys[next].basedOn = "growing-contractor-2025"
    WorkbenchFixture.press([.character("3"), .character("]"), .character("c")], &state)
    #expect(state.overlay == .comparisonPicker(selected: 0))
    #expect(state.message == .info("Growing contractor: next is based on \"growing-contractor-2025\", which is gone: pick the journey to compare it with"))
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == nil)
  }

  @Test func aDuplicatedJourneyIsComparedWithTheJourneyItCameFrom() throws {
    var state = WorkbenchFixture.state()
    // Another current journey of the same segment, listed first: the segment alone cannot tell.
    state.workspace.journeys.insert(Self.emergencyVisit(state: .current), at: 0)
    WorkbenchFixture.press([.character("3")], &state)
    #expect(Workbench.selectedJourney(state)?.id == "growing-contractor-today")
    WorkbenchFixture.press([.character("D")], &state)
    let copy = try #require(Workbench.selectedJourney(state))
    #expect(copy.state == .future)
    #expect(copy.basedOn == "growing-contractor-today")
    WorkbenchFixture.press([.character("c")], &state)
    #expect(state.overlay == .comparison(current: "growing-contractor-today", future: copy.id, scroll: 0))
  }

  @Test func aJourneyWithSeveralFutureStatesAsksWhichOne() throws {
    var state = WorkbenchFixture.state()
    // A second future state of today's journey, made with D.
    WorkbenchFixture.press([.character("3"), .character("D")], &state)
    let copy = try #require(Workbench.selectedJourney(state))
    state.journeyPane.selection = JourneySelection(journey: state.workspace.journeys.first { $0.id == "growing-contractor-today" })
    WorkbenchFixture.press([.character("c")], &state)
    #expect(state.overlay == .comparisonPicker(selected: 0))
    #expect(state.message == .info("2 journeys are based on Growing contractor: today: pick the one to compare it with"))
    #expect(Workbench.comparisonChoices(state).map(\.id) == ["growing-contractor-next", copy.id])
    WorkbenchFixture.press([.character("j"), .enter], &state)
    #expect(state.overlay == .comparison(current: "growing-contractor-today", future: copy.id, scroll: 0))
  }

  @Test func aLoneJourneyHasNothingToCompareWith() {
    var state = WorkbenchFixture.state()
    state.workspace.journeys = [Self.emergencyVisit(state: .current)]
    state.journeyPane.selection = JourneySelection(journey: state.workspace.journeys[0])
    WorkbenchFixture.press([.character("3"), .character("c")], &state)
    #expect(state.overlay == nil)
    #expect(state.message == .info("no other journey to compare Emergency visit with; D makes a future state of it"))
  }

  @Test func comparisonMatchesByIdThenName() {
    let current = Journey(id: "a", name: "Today", stages: [
      Stage(id: "s1", name: "Buy", touchpoints: [
        Touchpoint(id: "t1", name: "Call", emotion: -1), Touchpoint(id: "t2", name: "Fax"),
      ]),
      Stage(id: "s2", name: "Old stage"),
    ])
    let future = Journey(id: "b", name: "Next", state: .future, stages: [
      Stage(id: "other", name: "buy", touchpoints: [
        Touchpoint(id: "x", name: "call", emotion: 1), Touchpoint(id: "t3", name: "Chat"),
      ]),
      Stage(id: "s3", name: "New stage", touchpoints: [Touchpoint(id: "t4", name: "Survey")]),
    ])
    let comparison = JourneyComparison(current: current, future: future)
    #expect(comparison.stages == [
      .init(name: "buy", presence: .both, added: ["Chat"], removed: ["Fax"], changed: ["call: name, emotion -1 → 1"]),
      .init(name: "Old stage", presence: .onlyCurrent, added: [], removed: [], changed: []),
      .init(name: "New stage", presence: .onlyFuture, added: ["Survey"], removed: [], changed: []),
    ])
  }
}
