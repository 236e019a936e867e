import Testing
import PillarsCore

/// Each check, shown failing on a workspace that is otherwise clean.
@Suite struct ChecksTests {
  private func only(_ rule: Rule, in workspace: Workspace) -> [Finding] {
    Fixtures.findings(workspace).filter { $0.rule == rule }
  }

  @Test func theFixtureIsClean() {
    #expect(Fixtures.findings(Fixtures.clean()) == [])
  }

  // MARK: Promise

  @Test func promiseOfSeveralSentences() {
    var workspace = Fixtures.clean()
    workspace.promise.sentence = "We answer within one hour. We never make you repeat yourself."
    let findings = only(.promiseSentences, in: workspace)
    #expect(findings.map(\.message) == ["the promise is 2 sentences; a promise is one sentence people can repeat"])
    #expect(findings.first?.path == ["sentence"])
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.pillar == .defineThePromise)
  }

  @Test func wishWordsIncludingTheWorkspacesOwn() {
    var workspace = Fixtures.clean()
    workspace.promise.sentence = "World-class answers within one hour, hassle-free."
    workspace.manifest.extraWishWords = ["hassle-free"]
    #expect(only(.promiseWishWords, in: workspace).map(\.message) == [
      "\"World-class\" is a wish, not a promise: say what the customer can check instead",
      "\"hassle-free\" is a wish, not a promise: say what the customer can check instead",
    ])
  }

  @Test func promiseWithNothingMeasurable() {
    var workspace = Fixtures.clean()
    workspace.promise.sentence = "We care about our customers."
    #expect(only(.promiseNotMeasurable, in: workspace).count == 1)
    workspace.promise.sentence = "We delight every patient."
    #expect(only(.promiseNotMeasurable, in: workspace).map(\.message)
      == ["nothing in the promise can be measured: add a number, a time or a countable commitment"])
  }

  @Test func emptyPromise() {
    var workspace = Fixtures.clean()
    workspace.promise.sentence = " "
    #expect(only(.promiseEmpty, in: workspace).count == 1)
    #expect(only(.promiseNotMeasurable, in: workspace).isEmpty)
  }

  @Test(arguments: [0, 1, 4])
  func proofMetricCount(count: Int) {
    var workspace = Fixtures.clean()
    let ids: [MetricID] = ["csat", "first-response", "retention", "csat"]
    workspace.promise.proofMetrics = Array(ids.prefix(count))
    #expect(only(.proofCount, in: workspace).count == 1)
  }

  @Test func proofMetricThatDoesNotExist() {
    var workspace = Fixtures.clean()
    workspace.promise.proofMetrics = ["csat", "nps"]
    let finding = only(.danglingReference, in: workspace).first
    #expect(finding?.message == "no metric \"nps\" in the scorecard")
    #expect(finding?.path == ["proofMetrics", 1])
    #expect(finding?.severity == .error)
  }

  // MARK: Pillars

  @Test func emptyPillarMakesTheStrategyWobble() {
    var workspace = Fixtures.clean()
    workspace.pillars[.equipTheTeam].summary = ""
    let findings = only(.pillarEmpty, in: workspace)
    #expect(findings.map(\.message) == ["Equip the team is empty: skip one pillar and the whole strategy wobbles"])
    #expect(findings.first?.path == ["pillars", 3])
  }

  @Test func pillarWithoutOwner() {
    var workspace = Fixtures.clean()
    workspace.pillars[.measureAndAdapt].owner = ""
    #expect(only(.pillarNoOwner, in: workspace).map(\.path) == [["pillars", 4, "owner"]])
  }

  @Test func missingAndDuplicatePillars() {
    var workspace = Fixtures.clean()
    workspace.pillars.pillars[4] = Pillar(id: .knowYourCustomers, owner: "Ana", summary: "x")
    #expect(only(.duplicateID, in: workspace).count == 1)
    #expect(only(.invalidDocument, in: workspace).map(\.message)
      == ["the pillar \"measure-and-adapt\" (Measure and adapt) is missing; all five pillars belong in pillars.json"])
  }

  // MARK: Journey

  @Test func aJourneyBasedOnAJourneyThatIsGoneIsAWarning() throws {
    var workspace = Fixtures.clean()
    var future = try #require(workspace.journeys.first)
    future.id = "onboarding-future"
    future.state = .future
    future.basedOn = "onboarding"
    workspace.journeys.append(future)
    #expect(only(.danglingReference, in: workspace).isEmpty)
    workspace.journeys[1].basedOn = "onboarding-2025"
    let finding = only(.danglingReference, in: workspace).first
    #expect(finding?.document == .journey("onboarding-future"))
    #expect(finding?.path == ["basedOn"])
    #expect(finding?.severity == .warning)
    #expect(finding?.message
      == "based on the journey \"onboarding-2025\", which is not in the workspace; c in the screens asks which journey to compare with")
    // A journey that failed to load is not gone: it cannot be judged.
    #expect(Fixtures.findings(workspace, skipping: [.journey("onboarding-2025")]).filter { $0.rule == .danglingReference }.isEmpty)
  }

  @Test func stageWithoutTouchpoints() {
    var workspace = Fixtures.clean()
    workspace.journeys[0].stages.append(Stage(id: "renewal", name: "Renewal"))
    let finding = only(.stageWithoutTouchpoints, in: workspace).first
    #expect(finding?.document == .journey("onboarding"))
    #expect(finding?.path == ["stages", 2])
  }

  @Test func brokenPromiseWithNoOwningTeam() {
    var workspace = Fixtures.clean()
    workspace.journeys[0].stages[1].touchpoints[0].team = ""
    #expect(only(.brokenPromiseWithoutTeam, in: workspace).map(\.message)
      == ["the promise is broken at \"Welcome call\" and no team owns it"])
  }

  @Test func emotionAndReachOutOfRange() {
    var workspace = Fixtures.clean()
    workspace.journeys[0].stages[1].touchpoints[0].emotion = 7
    workspace.journeys[0].stages[0].touchpoints[0].reach = 140
    let findings = only(.outOfRange, in: workspace)
    #expect(findings.map(\.message) == [
      "must be between 0 and 100 (percent of customers), found 140",
      "must be between -2 and 2, found 7",
    ])
    #expect(findings.map(\.path.description) == ["stages[0].touchpoints[0].reach", "stages[1].touchpoints[0].emotion"])
    #expect(findings.allSatisfy { $0.severity == .error })
  }

  @Test func duplicateAndMalformedIDs() {
    var workspace = Fixtures.clean()
    workspace.journeys[0].stages[1].touchpoints.append(Touchpoint(id: "form", name: "Second form"))
    workspace.segments.segments.append(Segment(id: "Big Hospitals", name: "Big"))
    #expect(only(.duplicateID, in: workspace).map(\.message) == ["touchpoint id \"form\" is already used by entry 1"])
    #expect(only(.malformedID, in: workspace).map(\.message)
      == ["segment id \"Big Hospitals\" must use lowercase letters, digits and single dashes"])
  }

  @Test func danglingReferences() {
    var workspace = Fixtures.clean()
    workspace.journeys[0].segment = "dentists"
    workspace.journeys[0].stages[0].touchpoints[0].metrics = ["effort"]
    workspace.promise.builder.segment = "vets"
    workspace.reviews = [Review(week: Fixtures.thisWeek, notes: ["nps": "Up again"])]
    #expect(only(.danglingReference, in: workspace).map { "\($0.document): \($0.message)" } == [
      "promise.json: no segment \"vets\" in segments.json",
      "journeys/onboarding.json: no segment \"dentists\" in segments.json",
      "journeys/onboarding.json: no metric \"effort\" in the scorecard",
      "reviews/2026-W47.json: no metric \"nps\" in the scorecard",
    ])
  }

  @Test func referencesIntoAnUnloadedDocumentAreNotJudged() {
    var workspace = Fixtures.clean()
    workspace.scorecard = ScorecardDocument()
    #expect(Fixtures.findings(workspace, skipping: [.scorecard]).isEmpty)
  }

  // MARK: Scorecard

  @Test func metricWithoutTarget() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[0].target = nil
    #expect(only(.metricWithoutTarget, in: workspace).map(\.message)
      == ["Retention has no target: without one nobody can say whether it is good"])
  }

  @Test func scorecardMissingALayer() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics.removeAll { $0.layer == .outcome }
    #expect(only(.missingLayer, in: workspace).map(\.message)
      == ["the scorecard has no outcome metric; the three layers are read together"])
  }

  @Test func staleMetric() {
    var workspace = Fixtures.clean()
    // Latest value two weeks before this one: last week and this week are missing.
    workspace.scorecard.metrics[0] = Fixtures.metric("retention", .outcome, endingAt: Fixtures.thisWeek.adding(weeks: -2))
    #expect(only(.staleMetric, in: workspace).map(\.message)
      == ["Retention has no value for the last 2 weeks (latest: 2026-W45)"])
  }

  @Test func duplicateWeekInHistory() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[1].observations.append(Observation(week: Fixtures.thisWeek.adding(weeks: -1), value: 3))
    #expect(only(.duplicateObservation, in: workspace).count == 1)
  }

  @Test("stored values outside the metric's scale and values of weeks to come are errors")
  func valuesThatCannotBeTrue() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[1].scale = MetricScale(lowest: 1, highest: 5)
    workspace.scorecard.metrics[1].observations = [
      Observation(week: Fixtures.thisWeek.adding(weeks: -1), value: 4.2),
      Observation(week: Fixtures.thisWeek, value: 44),
      Observation(week: Fixtures.thisWeek.adding(weeks: 1), value: 4.4),
    ]
    workspace.scorecard.metrics[1].target = 6
    #expect(only(.outsideScale, in: workspace).map(\.message) == [
      "Csat's value for 2026-W47, 44%, is outside its scale (1 to 5)",
      "the target 6 is outside the scale (1 to 5), so it can never be met",
    ])
    #expect(only(.outsideScale, in: workspace).map(\.path.description) == ["observations[1].value", "metrics[1].target"])
    let future = only(.futureWeek, in: workspace)
    #expect(future.map(\.message) == [
      "Csat has a value for 2026-W48, a week that has not started yet (this week is 2026-W47); remove it or correct the week"
    ])
    #expect(future.map(\.document) == [.history("csat")])
    #expect(future.allSatisfy { $0.severity == .error })
  }

  @Test func warningThresholdOnTheWrongSide() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[2].warning = 1  // down is good, target 2: the warning belongs above it
    #expect(only(.outOfRange, in: workspace).first?.message
      == "the warning threshold 1 is better than the target 2; for a metric where down is good it belongs above the target")
  }

  @Test func divergenceOperationalUpExperienceDown() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics.append(Fixtures.metric("resolution-rate", .operational, target: 80, values: [70, 74, 79, 85]))
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, target: 4.5, values: [4.6, 4.5, 4.3, 4.1])
    let findings = only(.divergence, in: workspace)
    #expect(findings.map(\.message) == [
      "Resolution-Rate (70 → 85) improved over the last 4 weeks while Csat declined (4.6 → 4.1): "
        + "tickets are being closed, not problems solved"
    ])
    #expect(findings.first?.path == ["metrics", 1])
  }

  @Test func noDivergenceWhenBothImprove() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics.append(Fixtures.metric("resolution-rate", .operational, values: [70, 74, 79, 85]))
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, values: [4.1, 4.3, 4.4, 4.6])
    #expect(only(.divergence, in: workspace).isEmpty)
  }

  @Test func aFallingResponseTimeIsAnImprovement() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[2] = Fixtures.metric("first-response", .operational, direction: .down, target: 2, values: [4, 3, 2.5, 2])
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, values: [4.6, 4.5, 4.3, 4.1])
    #expect(only(.divergence, in: workspace).count == 1)
  }

  // MARK: Segments

  @Test func primarySegmentCount() {
    var workspace = Fixtures.clean()
    workspace.segments.segments[0].primary = false
    #expect(only(.noPrimarySegment, in: workspace).count == 1)
    workspace.segments.segments[0].primary = true
    workspace.segments.segments[1].primary = true
    #expect(only(.severalPrimarySegments, in: workspace).map(\.message)
      == ["2 segments are marked primary (\"Small clinics\", \"Hospitals\"); focus means one"])
  }

  @Test func segmentScoresOutOfRange() {
    var workspace = Fixtures.clean()
    workspace.segments.segments[1].fit = 9
    workspace.segments.segments[1].attractiveness.size = 0
    #expect(only(.outOfRange, in: workspace).map(\.path.description)
      == ["segments[1].attractiveness.size", "segments[1].fit"])
  }

  @Test func errorsComeFirst() {
    var workspace = Fixtures.clean()
    workspace.pillars[.equipTheTeam].owner = ""
    workspace.journeys[0].stages[0].touchpoints[0].emotion = -3
    let severities = Fixtures.findings(workspace).map(\.severity)
    #expect(severities == [.error, .warning])
  }
}

@Suite struct MetricTests {
  @Test func statusFollowsTargetWarningAndDirection() {
    var metric = Metric(id: "frt", name: "First response", layer: .operational, direction: .down, target: 2, warning: 4)
    #expect(metric.status(of: 1.5) == .onTrack)
    #expect(metric.status(of: 3) == .atRisk)
    #expect(metric.status(of: 5) == .offTrack)
    #expect(metric.status == .noData)
    metric.target = nil
    #expect(metric.status(of: 1) == .noTarget)
  }

  @Test func recordingReplacesTheWeekAndKeepsOrder() throws {
    var metric = Metric(id: "csat", name: "CSAT", layer: .experience)
    let w10 = try #require(ISOWeek("2026-W10"))
    metric.record(4.1, for: w10.adding(weeks: 1))
    metric.record(4.0, for: w10)
    metric.record(4.4, for: w10, note: "corrected")
    #expect(metric.observations.map(\.week.description) == ["2026-W10", "2026-W11"])
    #expect(metric.observation(for: w10) == Observation(week: w10, value: 4.4, note: "corrected"))
    #expect(metric.latest?.value == 4.1)
    #expect(metric.change(overWeeks: 1).map { ($0 * 10).rounded() / 10 } == -0.3)
  }

  @Test func valuesOfAWindowLeaveMissingWeeksEmpty() throws {
    let metric = Metric(
      id: "csat", name: "CSAT", layer: .experience,
      observations: [
        Observation(week: try w("2026-W50"), value: 4.0),
        Observation(week: try w("2026-W52"), value: 4.2),
        Observation(week: try w("2026-W53"), value: 4.3),
        Observation(week: try w("2027-W02"), value: 4.5),
      ])
    #expect(metric.values(endingAt: try w("2027-W01"), count: 4) == [nil, 4.2, 4.3, nil])
    #expect(metric.values(endingAt: try w("2027-W02"), count: 1) == [4.5])
    #expect(metric.values(endingAt: try w("2026-W49"), count: 3) == [nil, nil, nil])
    #expect(metric.values(endingAt: try w("2027-W02"), count: 0).isEmpty)
  }

  @Test func aWeekWrittenTwiceShowsItsLaterEntry() throws {
    // A hand edit can leave two entries for one week; the checks report it, the charts show the later one.
    let metric = Metric(
      id: "csat", name: "CSAT", layer: .experience,
      observations: [
        Observation(week: try w("2026-W10"), value: 1),
        Observation(week: try w("2026-W11"), value: 2),
        Observation(week: try w("2026-W10"), value: 3),
      ])
    #expect(metric.values(endingAt: try w("2026-W11"), count: 2) == [3, 2])
  }

  private func w(_ text: String) throws -> ISOWeek { try #require(ISOWeek(text)) }

  @Test func compactNumbers() {
    #expect(7.0.compactText == "7")
    #expect(4.55.compactText == "4.55")
    #expect(0.1.compactText == "0.1")
    #expect(1234.5678.compactText == "1234.57")
    #expect((-2.50).compactText == "-2.5")
  }
}

@Suite struct DivergenceNoiseTests {
  @Test func aNoisyButFlatExperienceMetricIsNotDeclining() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics.append(Fixtures.metric("resolution-rate", .operational, target: 80, values: [70, 74, 79, 85]))
    workspace.scorecard.metrics[1] = Fixtures.metric("nps", .experience, target: 30, values: [38, 38, 35, 38])
    workspace.promise.proofMetrics = ["nps", "first-response"]
    #expect(Fixtures.findings(workspace).filter { $0.rule == .divergence }.isEmpty)
  }
}
