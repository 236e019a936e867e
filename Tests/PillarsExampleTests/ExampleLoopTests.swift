import PillarsCore
import PillarsExample
import Testing

/// The example's experiments and assumptions: one of each ending, and a log spread across the map.
@Suite struct ExampleLoopTests {
  let today = CalendarDate(year: 2026, month: 11, day: 22)!

  @Test func threeExperimentsOneRunningOneAdoptedOneAbandoned() {
    let experiments = ExampleWorkspace.make(today: today).experiments
    #expect(experiments.count == 3)
    let running = experiments.filter { $0.state == .running }
    #expect(running.count == 1)
    #expect(running.allSatisfy { ($0.start ?? today) <= today && ($0.end ?? today) > today })
    #expect(experiments.contains { $0.result == .won && $0.decision == .adopt })
    #expect(experiments.contains { $0.result == .lost && $0.decision == .abandon })
    #expect(experiments.allSatisfy { $0.metric != nil && !$0.criterion.isBlank })
  }

  @Test func eightAssumptionsAcrossTheMapTheRiskiestUnderTest() {
    let workspace = ExampleWorkspace.make(today: today)
    let log = workspace.assumptions.assumptions
    #expect(log.count == 8)
    #expect(Set(log.map(\.importance)).count >= 3 && Set(log.map(\.evidence)).count >= 4)
    #expect(Set(log.map(\.kind)) == Set(AssumptionKind.allCases))
    let riskiest = log.filter(\.isRiskiest)
    #expect(!riskiest.isEmpty)
    #expect(riskiest.allSatisfy { !AssumptionsDocument.experiments(testing: $0.id, in: workspace).isEmpty })
  }

  @Test func theGeneratedWorkspaceScalesTheLoop() {
    let size = LargeWorkspace.Size.small
    let workspace = LargeWorkspace.make(size: size, today: today)
    #expect(workspace.experiments.count == size.reviews * 2 + 3)
    #expect(workspace.assumptions.assumptions.count == size.reviews * 3 + 8)
    #expect(Checks.run(workspace, today: today).filter { $0.severity == .error } == [])
  }
}
