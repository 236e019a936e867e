import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// The screens left open while the calendar moves on: "today" and "this week" follow the day.
@Suite struct DayChangeTests {
  static let week = WorkbenchFixture.today.isoWeek
  /// The Monday after the fixture's Wednesday: the first day of the next ISO week.
  static let nextMonday = WorkbenchFixture.today.adding(days: 5)

  @Test func theScorecardRecordsThisWeeksValueIntoTheNewWeek() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4")], &state)
    let metric = try #require(state.scorecardPane.selection)
    let valueBefore = state.workspace.scorecard[metric]?.observation(for: Self.week)
    #expect(Workbench.update(&state, .dayChanged(Self.nextMonday)).isEmpty)
    #expect(Self.nextMonday.isoWeek == Self.week.adding(weeks: 1))
    #expect(WorkbenchFixture.screen(state).contains("Scorecard · this week \(Self.nextMonday.isoWeek)"))
    #expect(state.message == .info("a new week: this week is \(Self.nextMonday.isoWeek)"))
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("93", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard[metric]?.observation(for: Self.nextMonday.isoWeek)?.value == 93)
    #expect(state.workspace.scorecard[metric]?.observation(for: Self.week) == valueBefore)
  }

  @Test func anOpenReviewOfTheWeekThatEndedBecomesTheReviewOfTheNewWeek() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w")], &state)
    _ = Workbench.update(&state, .dayChanged(Self.nextMonday))
    #expect(state.review?.week == Self.nextMonday.isoWeek)
    #expect(state.message == .info("a new week: the review is now of \(Self.nextMonday.isoWeek)"))
    #expect(WorkbenchFixture.screen(state).contains(Self.nextMonday.isoWeek.description))
    let metric = state.workspace.scorecard.metrics[0].id
    // l goes past the decisions to follow up, to the first metric.
    WorkbenchFixture.press([.character("l"), .character("e")], &state)
    WorkbenchFixture.type("109.8", &state)
    // The attendees field offers the last review's; C-u clears them.
    WorkbenchFixture.press([.enter, .character("a"), .ctrl("u")], &state)
    WorkbenchFixture.type("Lena Vogel", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard[metric]?.observation(for: Self.nextMonday.isoWeek)?.value == 109.8)
    #expect(state.workspace.review(Self.nextMonday.isoWeek)?.attendees == ["Lena Vogel"])
    #expect(state.workspace.review(Self.week) == nil)
  }

  @Test func aReviewOfAnEarlierWeekOpenedOnPurposeStaysOnIt() {
    var state = WorkbenchFixture.state()
    let earlier = Self.week.adding(weeks: -3)
    _ = Workbench.update(&state, .reviewRequested(earlier))
    _ = Workbench.update(&state, .dayChanged(Self.nextMonday))
    #expect(state.review?.week == earlier)
  }

  @Test func anOpenedMetricKeepsTheSelectedWeekWhenANewWeekIsListedAboveIt() throws {
    var state = WorkbenchFixture.state()
    // The metric's ten definition rows (its scale and its source among them), then its weeks newest
    // first: eleven rows down is last week.
    WorkbenchFixture.press([.character("4"), .enter] + Array(repeating: .character("j"), count: 11), &state)
    let metric = try #require(state.scorecardPane.selection)
    let lastWeek = Self.week.adding(weeks: -1)
    #expect(WorkbenchFixture.press([.character("n")], &state).isEmpty)
    #expect(state.overlay == .editing(FieldEditor(target: .observation(metric, lastWeek, .note), workspace: state.workspace)))
    WorkbenchFixture.press([.escape], &state)
    _ = Workbench.update(&state, .dayChanged(Self.nextMonday))
    WorkbenchFixture.press([.character("n")], &state)
    #expect(state.overlay == .editing(FieldEditor(target: .observation(metric, lastWeek, .note), workspace: state.workspace)))
  }

  @Test func anActionPastItsDueDayIsOverdueOnTheNewDay() throws {
    var state = WorkbenchFixture.state(width: 160)
    WorkbenchFixture.press([.enter], &state)
    let action = try #require(state.workspace.pillars[.knowYourCustomers].actions.first { !$0.done && $0.due != nil })
    let due = try #require(action.due)
    func actionLine() -> String? {
      WorkbenchFixture.screen(state).split(separator: "\n").map(String.init).first { $0.contains(action.text) }
    }
    #expect(actionLine()?.contains("overdue") == false)
    _ = Workbench.update(&state, .dayChanged(due.adding(days: 1)))
    #expect(state.today == due.adding(days: 1))
    #expect(actionLine()?.contains("overdue") == true)
  }

  @Test func theSameDayAgainChangesNothing() {
    var state = WorkbenchFixture.state()
    let before = state
    #expect(Workbench.update(&state, .dayChanged(WorkbenchFixture.today)).isEmpty)
    #expect(state == before)
  }
}
