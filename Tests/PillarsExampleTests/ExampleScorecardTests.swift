import PillarsCore
import PillarsExample
import Testing

/// The scorecard reads like real weekly data, with one divergence for the check to find.
@Suite struct ExampleScorecardTests {
  @Test func everyLayerHasAtLeastThreeMetricsWithTargetsAndOwners() throws {
    let scorecard = try ExampleFixture.workspace().scorecard
    #expect(scorecard.metrics.count >= 9)
    for layer in MetricLayer.allCases {
      #expect(scorecard.metrics(in: layer).count >= 3, "\(layer.title) has fewer than 3 metrics")
    }
    let ids = scorecard.metrics.map(\.id)
    #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.isWellFormed })
    for metric in scorecard.metrics {
      let target = try #require(metric.target, "\(metric.id) has no target")
      let warning = try #require(metric.warning, "\(metric.id) has no warning threshold")
      #expect(metric.direction.isBetter(target, orEqualTo: warning) && target != warning,
        "\(metric.id) warning is not on the bad side of the target")
      #expect(!metric.unit.isBlank && !metric.owner.isBlank && !metric.description.isBlank, "\(metric.id)")
    }
  }

  @Test func everyMetricHasAtLeastTwelveWeeksEndingAtTheLastWeek() throws {
    let lastWeek = try ExampleFixture.lastWeek()
    for metric in try ExampleFixture.workspace().scorecard.metrics {
      #expect(metric.observations.count >= 12, "\(metric.id)")
      #expect(metric.latest?.week == lastWeek, "\(metric.id)")
      let weeks = metric.observations.map(\.week)
      let expected = (0..<weeks.count).map { lastWeek.adding(weeks: $0 - weeks.count + 1) }
      #expect(weeks == expected, "\(metric.id) skips or repeats a week")
    }
  }

  @Test func historiesWobbleLikeRealData() throws {
    for metric in try ExampleFixture.workspace().scorecard.metrics {
      let values = metric.observations.map(\.value)
      let changes = zip(values.dropFirst(), values).map { $0 - $1 }
      #expect(changes.contains { $0 > 0 } && changes.contains { $0 < 0 }, "\(metric.id) moves in a straight line")
    }
  }

  @Test func statusesAreMixedMostlyOnTrack() throws {
    let metrics = try ExampleFixture.workspace().scorecard.metrics
    let statuses = metrics.map(\.status)
    #expect(statuses.filter { $0 == .onTrack }.count * 2 > metrics.count)
    #expect((1...2).contains(statuses.filter { $0 == .atRisk }.count))
    #expect(statuses.filter { $0 == .offTrack }.count == 1)
  }

  @Test func someWeeksCarryNotes() throws {
    let notes = try ExampleFixture.workspace().scorecard.metrics.flatMap(\.observations).compactMap(\.note)
    #expect(notes.count >= 3)
  }

  /// The last `weeks` week-to-week changes of a metric.
  private func recentChanges(_ metric: Metric, weeks: Int, lastWeek: ISOWeek) -> [Double] {
    let values = metric.values(endingAt: lastWeek, count: weeks + 1).compactMap { $0 }
    return zip(values.dropFirst(), values).map { $0 - $1 }
  }

  @Test func resolutionRisesWhileSatisfactionFalls() throws {
    let lastWeek = try ExampleFixture.lastWeek()
    let scorecard = try ExampleFixture.workspace().scorecard
    let rising = scorecard.metrics(in: .operational).filter { metric in
      let changes = recentChanges(metric, weeks: 4, lastWeek: lastWeek)
      return metric.direction == .up && changes.count == 4 && changes.allSatisfy { $0 > 0 }
    }
    let falling = scorecard.metrics(in: .experience).filter { metric in
      let changes = recentChanges(metric, weeks: 4, lastWeek: lastWeek)
      return changes.count == 4 && changes.allSatisfy { metric.direction.improves(-$0) }
    }
    #expect(rising.count == 1, "operational metrics improving four weeks running: \(rising.map(\.id))")
    #expect(falling.count == 1, "experience metrics worsening four weeks running: \(falling.map(\.id))")
    let operational = try #require(rising.first)
    let recentNotes = operational.observations.suffix(4).compactMap(\.note)
    #expect(!recentNotes.isEmpty, "the divergence should be explained in a note")
  }

  @Test func noOtherPairDivergesOverTheSameWeeks() throws {
    let scorecard = try ExampleFixture.workspace().scorecard
    let improving = scorecard.metrics(in: .operational).filter {
      guard let change = $0.change(overWeeks: 4) else { return false }
      return $0.direction.improves(change)
    }
    let worsening = scorecard.metrics(in: .experience).filter {
      guard let change = $0.change(overWeeks: 4) else { return false }
      return $0.direction.improves(-change)
    }
    #expect(improving.count == 1 && worsening.count == 1, "\(improving.map(\.id)) against \(worsening.map(\.id))")
  }
}
