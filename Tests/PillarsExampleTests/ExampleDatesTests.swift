import PillarsCore
import PillarsExample
import Testing

/// The example moves with the day it is made, so it always looks alive.
@Suite struct ExampleDatesTests {
  @Test(arguments: [("2026-W07", "2026-02-18"), ("2025-W01", "2025-01-02"), ("2020-W53", "2021-01-05")])
  func historiesEndAtTheGivenWeek(week: String, day: String) throws {
    let lastWeek = try #require(ISOWeek(week))
    let today = try #require(CalendarDate(day))
    let workspace = ExampleWorkspace.make(lastWeek: lastWeek, today: today)
    for metric in workspace.scorecard.metrics {
      #expect(metric.latest?.week == lastWeek, "\(metric.id)")
    }
    #expect(workspace.reviews.last?.week == lastWeek)
    #expect(workspace.promise.history.allSatisfy { $0.replacedOn < today })
    let actions = workspace.pillars.pillars.flatMap(\.actions)
    #expect((1...2).contains(actions.filter { $0.isOverdue(on: today) }.count))
  }

  @Test func datesShiftWithTheDayAndValuesStayTheSame() throws {
    let early = ExampleWorkspace.make(
      lastWeek: try #require(ISOWeek("2026-W07")), today: try #require(CalendarDate("2026-02-18")))
    let late = ExampleWorkspace.make(
      lastWeek: try #require(ISOWeek("2027-W30")), today: try #require(CalendarDate("2027-07-29")))
    #expect(early.scorecard.metrics.map(\.latest?.week) != late.scorecard.metrics.map(\.latest?.week))
    #expect(early.scorecard.metrics.map { $0.observations.map(\.value) }
      == late.scorecard.metrics.map { $0.observations.map(\.value) })

    func offsets(_ workspace: Workspace, from today: String) throws -> [Int] {
      let day = try #require(CalendarDate(today)).dayNumber
      let dues = workspace.pillars.pillars.flatMap(\.actions).compactMap(\.due)
      return (dues + workspace.promise.history.map(\.replacedOn)).map { $0.dayNumber - day }
    }
    #expect(try offsets(early, from: "2026-02-18") == offsets(late, from: "2027-07-29"))
  }

  @Test func theExampleIsTheSameEveryTime() throws {
    #expect(try ExampleFixture.workspace() == ExampleFixture.workspace())
  }

  @Test func makingItForTodayUsesTheLastCompleteWeek() throws {
    let today = try #require(CalendarDate("2026-03-04"))
    let workspace = ExampleWorkspace.make(today: today)
    let expected = today.isoWeek.adding(weeks: -1)
    #expect(workspace.scorecard.metrics.allSatisfy { $0.latest?.week == expected })
  }
}
