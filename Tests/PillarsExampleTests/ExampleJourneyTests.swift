import PillarsCore
import PillarsExample
import Testing

/// Today's and the next journey of the primary segment, compared stage by stage.
@Suite struct ExampleJourneyTests {
  static let stageNames = ["Awareness", "Consideration", "Purchase", "Onboarding", "Ongoing use", "Renewal"]

  private func journeys() throws -> (current: Journey, future: Journey, workspace: Workspace) {
    let workspace = try ExampleFixture.workspace()
    #expect(workspace.journeys.count == 2)
    let current = try #require(workspace.journeys.first { $0.state == .current })
    let future = try #require(workspace.journeys.first { $0.state == .future })
    return (current, future, workspace)
  }

  @Test func bothJourneysBelongToThePrimarySegment() throws {
    let (current, future, workspace) = try journeys()
    let primary = try #require(workspace.segments.primary)
    #expect(current.segment == primary.id)
    #expect(future.segment == primary.id)
    #expect(current.id != future.id)
  }

  @Test func everyJourneyHasTheSixStagesInOrder() throws {
    let (current, future, _) = try journeys()
    for journey in [current, future] {
      #expect(journey.stages.map(\.name) == Self.stageNames, "\(journey.id)")
      for stage in journey.stages {
        #expect(!stage.goal.isBlank, "\(journey.id)/\(stage.id) has no goal")
        #expect(!stage.touchpoints.isEmpty, "\(journey.id)/\(stage.id) has no touchpoints")
      }
      #expect(journey.touchpoints.count >= 20, "\(journey.id) has \(journey.touchpoints.count) touchpoints")
    }
    #expect(current.stages.map(\.id) == future.stages.map(\.id))
  }

  @Test func idsAreWellFormedAndUnique() throws {
    let (current, future, _) = try journeys()
    #expect(current.id.isWellFormed && future.id.isWellFormed)
    for journey in [current, future] {
      let stageIDs = journey.stages.map(\.id)
      #expect(Set(stageIDs).count == stageIDs.count && stageIDs.allSatisfy { $0.isWellFormed })
      let touchpointIDs = journey.touchpoints.map(\.touchpoint.id)
      #expect(Set(touchpointIDs).count == touchpointIDs.count, "\(journey.id) repeats a touchpoint id")
      #expect(touchpointIDs.allSatisfy { $0.isWellFormed }, "\(journey.id) has a malformed touchpoint id")
    }
  }

  @Test func touchpointsAreMappedFromTheCustomersSide() throws {
    let (current, future, workspace) = try journeys()
    for journey in [current, future] {
      for (stage, touchpoint) in journey.touchpoints {
        let place = "\(journey.id)/\(stage.id)/\(touchpoint.id)"
        #expect(Touchpoint.emotionRange.contains(touchpoint.emotion), "\(place) emotion")
        let reach = try #require(touchpoint.reach, "\(place) has no reach")
        #expect(Touchpoint.reachRange.contains(reach), "\(place) reach")
        #expect(!touchpoint.channel.isBlank && !touchpoint.team.isBlank, "\(place) lacks a channel or team")
        #expect(!touchpoint.doing.isBlank && !touchpoint.thinking.isBlank && !touchpoint.feeling.isBlank)
        for id in touchpoint.metrics {
          #expect(workspace.scorecard[id] != nil, "\(place) links to unknown metric \(id)")
        }
      }
      let broken = journey.touchpoints.map(\.touchpoint).filter { $0.promise == .broken }
      #expect(broken.allSatisfy { !$0.team.isBlank })
    }
  }

  @Test func todaysJourneyDipsHardInOnboardingAndAtTheSupportHandoffs() throws {
    let (current, _, _) = try journeys()
    let onboarding = try #require(current.stages.first { $0.name == "Onboarding" })
    #expect(onboarding.touchpoints.map(\.emotion).min() == Touchpoint.emotionRange.lowerBound)
    #expect(onboarding.touchpoints.contains { $0.promise == .broken })
    let handoffs = current.touchpoints.map(\.touchpoint).filter(\.handoff)
    #expect(handoffs.count >= 2)
    #expect(handoffs.contains { $0.promise == .broken && $0.emotion == Touchpoint.emotionRange.lowerBound })
    #expect(Set(handoffs.map(\.channel)).isSuperset(of: ["chat", "email"]), "chatbot and email queue handoffs")
  }

  @Test func theNextJourneyFixesTheHandoffs() throws {
    let (current, future, _) = try journeys()
    func brokenCount(_ journey: Journey) -> Int {
      journey.touchpoints.filter { $0.touchpoint.promise == .broken }.count
    }
    func mean(_ touchpoints: [Touchpoint]) -> Double {
      Double(touchpoints.map(\.emotion).reduce(0, +)) / Double(max(1, touchpoints.count))
    }
    #expect(brokenCount(future) < brokenCount(current))
    #expect(future.touchpoints.filter { $0.touchpoint.handoff }.allSatisfy { $0.touchpoint.promise != .broken })
    for (now, next) in zip(current.stages, future.stages) {
      #expect(mean(next.touchpoints) >= mean(now.touchpoints), "\(next.id) feels worse in the next journey")
    }
    #expect(mean(future.touchpoints.map(\.touchpoint)) > mean(current.touchpoints.map(\.touchpoint)))
  }
}
