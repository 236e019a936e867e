import PillarsCore
import PillarsExample
import Testing

@Suite struct LargeWorkspaceTests {
  let today = CalendarDate(year: 2026, month: 11, day: 18)

  @Test func theSameSeedGivesTheSameWorkspaceAndAnotherSeedAnother() throws {
    let today = try #require(today)
    let first = LargeWorkspace.make(size: .small, today: today, seed: 1)
    #expect(first == LargeWorkspace.make(size: .small, today: today, seed: 1))
    #expect(first != LargeWorkspace.make(size: .small, today: today, seed: 2))
  }

  @Test func aSmallWorkspaceHasTheAskedSizeAndNoCheckErrors() throws {
    let today = try #require(today)
    let size = LargeWorkspace.Size.small
    let workspace = LargeWorkspace.make(size: size, today: today)
    let generated = workspace.journeys.filter { $0.id.rawValue.hasPrefix("generated-") }
    #expect(generated.count == size.journeys)
    #expect(generated.allSatisfy { $0.stages.count == size.stagesPerJourney && $0.touchpoints.count == size.touchpointsPerJourney })
    #expect(workspace.scorecard.metrics.count >= size.metrics)
    #expect(workspace.scorecard.metrics.allSatisfy { $0.observations.count >= size.weeks || !$0.id.rawValue.hasPrefix("generated-") })
    #expect(Checks.run(workspace, today: today).filter { $0.severity == .error } == [])
    // Text in several scripts and emoji, as real teams write.
    let names = workspace.journeys.flatMap { $0.touchpoints.map(\.touchpoint.thinking) }.joined()
    #expect(names.unicodeScalars.contains { $0.properties.isEmojiPresentation })
    #expect(names.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
  }

  @Test func theLargeSizeIsAsTheBudgetsAssume() {
    let size = LargeWorkspace.Size.large
    #expect(size.metrics >= 400 && size.weeks >= 5 * 52)
    #expect(size.journeys == 20 && size.stagesPerJourney == 10 && size.touchpointsPerJourney == 200)
  }
}
