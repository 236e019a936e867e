import PillarsCore
import Testing

@Suite struct FrictionRankingTests {
  /// A journey of two stages: the first two touchpoints in Try, the rest in Buy.
  private static func journey(
    _ touchpoints: [Touchpoint], id: JourneyID = "trial", state: JourneyState = .current
  ) -> Journey {
    Journey(id: id, name: "Trial \(id)", state: state, stages: [
      Stage(id: "try", name: "Try", touchpoints: Array(touchpoints.prefix(2))),
      Stage(id: "buy", name: "Buy", touchpoints: Array(touchpoints.dropFirst(2))),
    ])
  }

  @Test func higherReachComesFirstAndUnknownReachLast() {
    let ranking = FrictionRanking(journey: Self.journey([
      Touchpoint(id: "a", name: "A", friction: ["reaches 2%"], promise: .broken, reach: 2),
      Touchpoint(id: "b", name: "B", emotion: -2, friction: ["reach unknown"], promise: .broken),
      Touchpoint(id: "c", name: "C", friction: ["reaches 35%"], promise: .kept, reach: 35),
    ]))
    #expect(ranking.entries.map(\.friction) == ["reaches 35%", "reaches 2%", "reach unknown"])
  }

  @Test func brokenBeforeAtRiskBeforeKeptThenLowerEmotion() {
    let ranking = FrictionRanking(journey: Self.journey([
      Touchpoint(id: "kept", name: "Kept", emotion: -2, friction: ["kept"], promise: .kept, reach: 50),
      Touchpoint(id: "risk", name: "Risk", emotion: 0, friction: ["at risk"], promise: .atRisk, reach: 50),
      Touchpoint(id: "broken-calm", name: "Calm", emotion: 0, friction: ["broken, calm"], promise: .broken, reach: 50),
      Touchpoint(
        id: "broken-angry", name: "Angry", emotion: -2, friction: ["broken, angry"], promise: .broken, reach: 50),
    ]))
    #expect(ranking.entries.map(\.friction) == ["broken, angry", "broken, calm", "at risk", "kept"])
  }

  @Test("broken friction reaching 80% comes before kept friction reaching everyone")
  func brokenBeforeKeptOfComparableReach() {
    let ranking = FrictionRanking(journey: Self.journey([
      Touchpoint(id: "schedule", name: "Schedule", emotion: 1, friction: ["kept, everyone"], promise: .kept, reach: 100),
      Touchpoint(id: "board", name: "Board", emotion: 1, friction: ["kept, 95%"], promise: .kept, reach: 95),
      Touchpoint(id: "import", name: "Import", emotion: -2, friction: ["broken, 80%"], promise: .broken, reach: 80),
      Touchpoint(id: "order", name: "Order", friction: ["at risk, 60%"], promise: .atRisk, reach: 60),
    ]))
    #expect(ranking.entries.map(\.friction) == ["broken, 80%", "at risk, 60%", "kept, everyone", "kept, 95%"])
    #expect(ranking.entries.map(\.impact) == [240, 120, 100, 95])
  }

  @Test("a kept promise never outranks a broken one of comparable reach (within a factor of two)")
  func keptNeverOutranksBrokenOfComparableReach() {
    for kept in stride(from: 0.0, through: 100, by: 2.5) {
      for broken in stride(from: kept / 2, through: 100, by: 2.5) where broken > 0 {
        for promise in [PromiseKeeping.kept, .notApplicable] {
          let ranking = FrictionRanking(journey: Self.journey([
            Touchpoint(id: "a", name: "A", friction: ["not broken"], promise: promise, reach: kept),
            Touchpoint(id: "b", name: "B", emotion: 2, friction: ["broken"], promise: .broken, reach: broken),
          ]))
          #expect(ranking.entries.first?.friction == "broken", "kept at \(kept)%, broken at \(broken)%")
        }
        let atRisk = FrictionRanking(journey: Self.journey([
          Touchpoint(id: "a", name: "A", friction: ["kept"], promise: .kept, reach: kept),
          Touchpoint(id: "b", name: "B", friction: ["at risk"], promise: .atRisk, reach: broken),
        ]))
        #expect(atRisk.entries.first?.friction == "at risk", "kept at \(kept)%, at risk at \(broken)%")
      }
    }
  }

  @Test func tiesKeepJourneyOrderAndNotApplicableWeighsLikeKept() {
    let ranking = FrictionRanking(journey: Self.journey([
      Touchpoint(id: "first", name: "First", friction: ["one", "two"], promise: .notApplicable, reach: 10),
      Touchpoint(id: "second", name: "Second", friction: ["three"], promise: .kept, reach: 10),
    ]))
    #expect(ranking.entries.map(\.friction) == ["one", "two", "three"])
  }

  @Test func entriesCarryTheMomentTheyHappenIn() throws {
    let ranking = FrictionRanking(journey: Self.journey([
      Touchpoint(id: "form", name: "Sign-up form"),
      Touchpoint(id: "queue", name: "Email queue", channel: "email", team: "Support", emotion: -1,
        friction: ["Asked to start over", "  "], promise: .broken, reach: 40, handoff: true),
    ]))
    let entry = try #require(ranking.entries.first)
    #expect(ranking.entries.count == 1)  // a blank friction line is not a friction point
    #expect(entry == FrictionRanking.Entry(
      friction: "Asked to start over", journeyID: "trial", journeyName: "Trial trial", stageID: "try",
      stageName: "Try", touchpointID: "queue", touchpointName: "Email queue", reach: 40, promise: .broken,
      emotion: -1, team: "Support", handoff: true))
  }

  @Test func currentStateRankingLeavesFutureJourneysOut() {
    var workspace = Fixtures.clean()
    workspace.journeys.append(Self.journey([
      Touchpoint(id: "x", name: "X", friction: ["only in the future"], promise: .broken, reach: 99)
    ], id: "future", state: .future))
    workspace.journeys.append(Self.journey([
      Touchpoint(id: "y", name: "Y", friction: ["wide reach today"], reach: 90)
    ], id: "today"))
    let ranking = FrictionRanking(currentStateOf: workspace)
    // Broken for 40% (impact 120) before kept for 90% (90); the future journey's friction is left out.
    #expect(ranking.entries.map(\.friction) == ["Hard to book", "wide reach today"])
    #expect(ranking.top(1).map(\.journeyID) == ["onboarding"])
    #expect(ranking.top(0).isEmpty)
  }

  /// The volume of a friction point a theme of customer signals links: the theme's contacts over
  /// the last 4 weeks against the most contacted theme's.
  @Test func aLinkedThemesContactsStandInForReach() throws {
    let journey = Self.journey([
      Touchpoint(id: "form", name: "Form", friction: ["Form loses input"], promise: .broken, reach: 10),
      Touchpoint(id: "queue", name: "Queue", friction: ["Slow replies"], promise: .broken, reach: 50),
      Touchpoint(id: "bill", name: "Bill", friction: ["Unclear invoice"], promise: .broken, reach: 60),
    ])
    func link(_ stage: StageID, _ touchpoint: TouchpointID, _ friction: String) -> FrictionLink {
      FrictionLink(journey: journey.id, stage: stage, touchpoint: touchpoint, friction: friction)
    }
    var form = SignalsTests.theme("form-loses-input", [40, 40, 40, 40])
    form.friction = [link("try", "form", "Form loses input")]
    var bill = SignalsTests.theme("invoice", [10, 10, 10, 10])
    bill.friction = [link("buy", "bill", "Unclear invoice")]
    let unlinked = SignalsTests.theme("other", [5, 5, 5, 5])
    let ranking = FrictionRanking(journey: journey, themes: [form, bill, unlinked])
    // The form, reached by 10% but the most contacted (100%), comes first; the invoice, reached by
    // 60% but a quarter of the form's contacts (25%), comes after the queue's estimated 50%.
    #expect(ranking.entries.map(\.friction) == ["Form loses input", "Slow replies", "Unclear invoice"])
    #expect(ranking.entries.map(\.contactVolume) == [100, nil, 25])
    #expect(ranking.entries.map(\.impact) == [300, 150, 75])
    // Without themes, reach alone decides.
    #expect(FrictionRanking(journey: journey).entries.map(\.friction) == ["Unclear invoice", "Slow replies", "Form loses input"])
  }
}
