import PillarsCore
import PillarsExample
import Testing

/// The pillars, the promise, the segments and the reviews read like a real company's strategy.
@Suite struct ExampleStrategyTests {
  @Test func allFivePillarsAreFilledInWithOwnersAndActions() throws {
    let workspace = try ExampleFixture.workspace()
    let pillars = workspace.pillars.pillars
    #expect(pillars.map(\.id) == PillarKind.allCases)
    for pillar in pillars {
      #expect(!pillar.isEmpty, "\(pillar.id.title) is empty")
      #expect(!pillar.owner.isBlank, "\(pillar.id.title) has no owner")
      #expect(!pillar.summary.isBlank && !pillar.notes.isBlank, "\(pillar.id.title) lacks a summary or notes")
      #expect((2...4).contains(pillar.actions.count), "\(pillar.id.title) has \(pillar.actions.count) actions")
      for action in pillar.actions {
        #expect(!action.owner.isBlank && action.due != nil, "action \(action.id) lacks an owner or a due date")
      }
    }
    #expect(Set(pillars.map(\.status)).count >= 3, "pillar statuses should vary")
  }

  @Test func actionsAreSomeDoneSomeOpenAndOneOrTwoOverdue() throws {
    let today = try ExampleFixture.today()
    let actions = try ExampleFixture.workspace().pillars.pillars.flatMap(\.actions)
    let overdue = actions.filter { $0.isOverdue(on: today) }
    let openOnTime = actions.filter { !$0.done && !$0.isOverdue(on: today) }
    #expect(actions.contains { $0.done })
    #expect(!openOnTime.isEmpty)
    #expect((1...2).contains(overdue.count), "overdue: \(overdue.map(\.id))")
    let ids = actions.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.isWellFormed })
  }

  @Test func thePromiseIsOneMeasurableSentenceWithoutWishWords() throws {
    let workspace = try ExampleFixture.workspace()
    let analysis = PromiseAnalysis(sentence: workspace.promise.sentence, wishWords: workspace.wishWords)
    #expect(analysis.isPromise, "\(analysis.verdict)")
    #expect(analysis.sentenceCount == 1)
    #expect(analysis.wishWords.isEmpty)
    #expect(analysis.measurable != nil)
  }

  @Test func thePromiseBuilderNamesThePrimarySegment() throws {
    let workspace = try ExampleFixture.workspace()
    let builder = workspace.promise.builder
    let primary = try #require(workspace.segments.primary)
    #expect(builder.segment == primary.id)
    #expect(!builder.need.isBlank && !builder.benefit.isBlank && !builder.alternative.isBlank)
  }

  @Test func thePromiseHasTwoOrThreeProofMetricsOnTheScorecard() throws {
    let workspace = try ExampleFixture.workspace()
    let proof = workspace.promise.proofMetrics
    #expect((2...3).contains(proof.count))
    #expect(Set(proof).count == proof.count)
    for id in proof { #expect(workspace.scorecard[id] != nil, "proof metric \(id) is not on the scorecard") }
  }

  @Test func thePromiseHistoryShowsTheLearningFromAWish() throws {
    let workspace = try ExampleFixture.workspace()
    let today = try ExampleFixture.today()
    let history = workspace.promise.history
    #expect(history.count == 2)
    let first = try #require(history.first)
    #expect(!PromiseAnalysis(sentence: first.sentence, wishWords: workspace.wishWords).isPromise)
    #expect(history.map(\.replacedOn) == history.map(\.replacedOn).sorted())
    #expect(history.allSatisfy { $0.replacedOn < today })
    #expect(!history.map(\.sentence).contains(workspace.promise.sentence))
  }

  @Test func theWorkspaceAddsIndustryWishWords() throws {
    let manifest = try ExampleFixture.workspace().manifest
    #expect(!manifest.name.isBlank && !manifest.owner.isBlank)
    #expect(manifest.theme == nil)
    #expect((1...2).contains(manifest.extraWishWords.count))
    #expect(manifest.extraWishWords.allSatisfy { !WishWords.builtIn.contains($0) })
  }

  @Test func exactlyOneSegmentIsPrimaryAndItRanksFirst() throws {
    let segments = try ExampleFixture.workspace().segments
    #expect(segments.segments.count == 3)
    #expect(segments.segments.filter(\.primary).count == 1)
    #expect(segments.ranked.first?.primary == true)
    let ids = segments.segments.map(\.id)
    #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.isWellFormed })
  }

  @Test func everySegmentIsDescribedInItsCustomersTerms() throws {
    for segment in try ExampleFixture.workspace().segments.segments {
      let scores = [
        segment.attractiveness.size, segment.attractiveness.growth, segment.attractiveness.willingnessToPay,
        segment.fit,
      ]
      #expect(scores.allSatisfy { Segment.scoreRange.contains($0) }, "\(segment.id) scores out of range")
      #expect(!segment.description.isBlank)
      #expect(!segment.disqualifiers.isEmpty && !segment.painPoints.isEmpty && !segment.jobs.isEmpty)
      #expect(!segment.phrases.isEmpty)
      #expect(segment.phrases.allSatisfy { $0.hasPrefix("\"") && $0.hasSuffix("\"") }, "\(segment.id) phrases")
      let map = segment.empathyMap
      for quadrant in [map.thinks, map.feels, map.says, map.does] {
        #expect((2...3).contains(quadrant.count), "\(segment.id) empathy map quadrant has \(quadrant.count)")
      }
    }
  }

  @Test func theTwoLatestWeeksHaveReviewsWithDecisions() throws {
    let workspace = try ExampleFixture.workspace()
    let lastWeek = try ExampleFixture.lastWeek()
    #expect(workspace.reviews.map(\.week) == [lastWeek.adding(weeks: -1), lastWeek])
    var kinds: Set<DecisionKind> = []
    for review in workspace.reviews {
      #expect(!review.attendees.isEmpty)
      #expect(!review.notes.isEmpty)
      for id in review.notes.keys {
        #expect(workspace.scorecard[MetricID(id)] != nil, "review note on unknown metric \(id)")
      }
      #expect(!review.decisions.isEmpty)
      #expect(review.decisions.allSatisfy { !$0.owner.isBlank && !$0.text.isBlank })
      let ids = review.decisions.map(\.id)
      #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.isWellFormed })
      kinds.formUnion(review.decisions.map(\.kind))
    }
    #expect(kinds == Set(DecisionKind.allCases))
  }

  @Test func noTextHoldsControlCharacters() throws {
    let texts = ExampleFixture.strings(in: try ExampleFixture.workspace())
    #expect(texts.count > 300, "the walk should reach the whole workspace")
    for text in texts {
      let bad = text.unicodeScalars.filter { $0.properties.generalCategory == .control }
      #expect(bad.isEmpty, "control characters in \"\(text)\"")
      #expect(text == text.trimmingWhitespace, "stray spaces around \"\(text)\"")
    }
  }
}
