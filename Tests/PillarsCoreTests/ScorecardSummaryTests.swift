import Testing
import PillarsCore

@Suite struct ScorecardSummaryTests {
  @Test func rowsByLayerWithStatusChangeAndProof() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, target: 4.5, values: [4.6, 4.5, 4.3, 4.4, 4.1])
    workspace.scorecard.metrics[1].warning = 4.2
    let summary = ScorecardSummary(workspace: workspace, today: Fixtures.today)
    #expect(summary.rows.map(\.metric.id) == ["retention", "csat", "first-response"])
    let csat = summary.rows[1]
    #expect(csat.status == .offTrack)
    #expect(csat.change.map { ($0 * 10).rounded() / 10 } == -0.5)
    #expect(csat.provesPromise)
    #expect(!summary.rows[0].provesPromise)
  }

  @Test func alertsPutTheDivergenceFirst() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[0].target = nil
    workspace.scorecard.metrics.append(Fixtures.metric("resolution-rate", .operational, target: 80, values: [70, 74, 79, 85]))
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, target: 4.5, values: [4.6, 4.5, 4.3, 4.1])
    let alerts = ScorecardSummary(workspace: workspace, today: Fixtures.today).alerts
    #expect(alerts.map(\.rule) == [.divergence, .metricWithoutTarget])
    #expect(alerts.map(\.metric) == ["csat", "retention"])
  }
}

@Suite struct WorkspaceChangesTests {
  @Test func namesExactlyTheDocumentsThatDiffer() {
    let before = Fixtures.clean()
    var after = before
    after.promise.sentence = "Answers within 30 minutes."
    after.journeys.append(Journey(id: "renewal", name: "Renewal"))
    after.scorecard.metrics[0].record(11, for: Fixtures.thisWeek)
    #expect(after.changedDocuments(since: before) == [.promise, .history("retention"), .journey("renewal")])
    #expect(before.changedDocuments(since: after) == [.promise, .history("retention"), .journey("renewal")])
    #expect(before.changedDocuments(since: before).isEmpty)
  }

  @Test("a metric's definition lives in scorecard.json, its weekly values in its history document")
  func definitionsAndValuesAreSeparateDocuments() {
    let before = Fixtures.clean()
    var target = before
    target.scorecard.metrics[0].target = 99
    #expect(target.changedDocuments(since: before) == [.scorecard])
    var scaled = before
    scaled.scorecard.metrics[1].scale = MetricScale(lowest: 1, highest: 5)
    #expect(scaled.changedDocuments(since: before) == [.scorecard], "a new scale is saved")
    var added = before
    added.scorecard.metrics.append(Metric(id: "nps", name: "NPS", layer: .experience))
    #expect(added.changedDocuments(since: before) == [.scorecard, .history("nps")])
    var moved = before
    moved.scorecard.metrics.reverse()
    #expect(moved.changedDocuments(since: before) == [.scorecard])
  }

  @Test("taking the scorecard from disk keeps this side's values unless their history is taken too")
  func replacingTheScorecardKeepsValues() {
    let mine = Fixtures.clean()
    var theirs = mine
    theirs.scorecard.metrics[0].owner = "Someone else"
    theirs.scorecard.metrics[0].record(42, for: Fixtures.thisWeek)
    let definitionsOnly = mine.replacing([.scorecard], from: theirs)
    #expect(definitionsOnly.scorecard.metrics[0].owner == "Someone else")
    #expect(definitionsOnly.scorecard.metrics[0].observations == mine.scorecard.metrics[0].observations)
    let id = mine.scorecard.metrics[0].id
    let valuesOnly = mine.replacing([.history(id)], from: theirs)
    #expect(valuesOnly.scorecard.metrics[0].owner == mine.scorecard.metrics[0].owner)
    #expect(valuesOnly.scorecard.metrics[0].observation(for: Fixtures.thisWeek)?.value == 42)
    #expect(mine.replacing([.scorecard, .history(id)], from: theirs) == theirs)
  }

  @Test func replacingTakesOnlyTheNamedDocuments() {
    let mine = Fixtures.clean()
    var theirs = mine
    theirs.promise.sentence = "Theirs."
    theirs.manifest.owner = "Bo"
    theirs.journeys = []
    let merged = mine.replacing([.promise, .journey("onboarding")], from: theirs)
    #expect(merged.promise.sentence == "Theirs.")
    #expect(merged.manifest.owner == "Ana")
    #expect(merged.journeys.isEmpty)
  }
}
