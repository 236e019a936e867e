import PillarsCore
import PillarsExample
import Testing

/// The example's monthly checkpoint: last month's, with the primary segment confirmed and
/// decisions that come back this month.
@Suite struct ExampleCheckpointTests {
  @Test(arguments: ["2026-11-22", "2026-03-01", "2027-01-05"])
  func lastMonthsCheckpointConfirmsThePrimarySegmentAndLeavesDecisionsOpen(_ day: String) throws {
    let today = try #require(CalendarDate(day))
    let workspace = ExampleWorkspace.make(today: today)
    let lastMonth = CalendarMonth(containing: today).adding(months: -1)
    #expect(workspace.checkpoints.map(\.month) == [lastMonth])
    let checkpoint = try #require(workspace.checkpoints.first)
    #expect(checkpoint.primarySegment == workspace.segments.primary?.id)
    #expect(Set(checkpoint.decisions.map(\.state)) == [.open, .done])
    #expect(Set(checkpoint.decisions.map(\.kind)) == Set(DecisionKind.allCases))
    // Nothing in it is overdue on the day the example is made.
    #expect(!Checks.run(workspace, today: today).contains { $0.document == .checkpoint(lastMonth) })
  }
}
