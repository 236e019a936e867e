import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// The weekly review: values into the scorecard, notes, decisions and attendees into the week's review.
@Suite struct ReviewTests {
  static let week = WorkbenchFixture.today.isoWeek

  @Test func aValueEnteredInTheReviewGoesIntoTheScorecard() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("w")], &state)
    #expect(state.review == ReviewSession(week: Self.week))
    // l goes past the decisions to follow up, to the first metric.
    WorkbenchFixture.press([.character("l"), .character("e")], &state)
    WorkbenchFixture.type("109.8", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.scorecard.metrics[0].record(109.8, for: Self.week)
    #expect(effects == [.save(expected, [.history(expected.scorecard.metrics[0].id)])])
    let row = WorkbenchFixture.screen(state).split(separator: "\n").first { $0.contains("Net revenue retention") }
    #expect(row?.contains("109.8%") == true && row?.contains("↑0.4 pp") == true)
  }

  @Test("the review's value entry refuses a value outside the metric's scale, with the reason")
  func aValueOutsideTheScaleIsRefusedInTheReview() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    // l goes past the decisions to follow up, to the first metric.
    WorkbenchFixture.press([.character("w"), .character("l"), .character("j"), .character("j"), .character("j"), .character("e")], &state)
    WorkbenchFixture.type("44", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "44 is outside the scale of CSAT (1 to 5)")
    #expect(WorkbenchFixture.screen(state).contains("✖ 44 is outside the scale of CSAT (1 to 5)"))
  }

  @Test func statusesThatMovedSinceTheLastReviewAreNamedAboveTheTable() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    let week46 = Self.week.adding(weeks: -1)
    #expect(state.workspace.scorecard["csat"]?.observation(for: week46).map { state.workspace.scorecard["csat"]?.status(of: $0.value) } == .atRisk)
    // l goes past the decisions to follow up, to the first metric.
    WorkbenchFixture.press([.character("w"), .character("l"), .character("j"), .character("j"), .character("j"), .character("e")], &state)
    WorkbenchFixture.type("4.05", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(WorkbenchFixture.screen(state).contains("Δ since \(week46): CSAT ▲ at risk → ✖ off track"))
  }

  @Test func notesDecisionsAndAttendeesStartTheWeeksReview() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("w"), .character("l"), .character("j"), .character("j"), .character("j"), .character("n")], &state)
    WorkbenchFixture.type("Sync errors again", &state)
    var effects = WorkbenchFixture.press([.enter, .character("t")], &state)
    WorkbenchFixture.type("Call every churned contractor", &state)
    effects += WorkbenchFixture.press([.enter, .character("G"), .character("o")], &state)
    WorkbenchFixture.type("Tomás", &state)
    // The field offers last review's attendees; C-u clears them to type this week's.
    effects += WorkbenchFixture.press([.enter, .character("a"), .ctrl("u")], &state)
    WorkbenchFixture.type("Lena Vogel,  Tomás Reyes ,", &state)
    effects += WorkbenchFixture.press([.enter], &state)
    let expected = Review(week: Self.week, attendees: ["Lena Vogel", "Tomás Reyes"], notes: ["csat": "Sync errors again"],
      // A new decision is due when it comes back: next week's review, on Tuesday in the example.
      decisions: [Decision(id: "decision-1", kind: .start, text: "Call every churned contractor", owner: "Tomás",
        due: CalendarDate("2026-11-24"))])
    #expect(state.workspace.review(Self.week) == expected)
    #expect(state.workspace.scorecard == before.scorecard)
    #expect(effects.count == 4)
    #expect(effects.allSatisfy { if case .save(_, let docs) = $0 { docs == [.review(Self.week)] } else { false } })
    // Undo takes the entries back one by one, down to no review at all.
    WorkbenchFixture.press(Array(repeating: .character("u"), count: 4), &state)
    #expect(state.workspace == before)
  }

  @Test func reopeningContinuesAndEarlierReviewsCanBeBrowsed() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w"), .character("a")], &state)
    WorkbenchFixture.type("Lena Vogel", &state)
    WorkbenchFixture.press([.enter, .escape], &state)
    #expect(state.review == nil)
    WorkbenchFixture.press([.character("w")], &state)
    #expect(state.message == .info("continuing the review of \(Self.week)"))
    WorkbenchFixture.press([.character("[")], &state)
    let previous = Self.week.adding(weeks: -1)
    #expect(state.review?.week == previous)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("WEEKLY REVIEW · \(previous)"))
    let decision = try #require(state.workspace.review(previous)?.decisions.first)
    #expect(screen.contains(decision.kind.title))
    WorkbenchFixture.press([.character("]")], &state)
    #expect(state.review?.week == Self.week)
    #expect(WorkbenchFixture.screen(state).contains("Attendees  Lena Vogel"))
  }

  @Test func oneMetricAtATime() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w"), .character("l"), .enter], &state)
    #expect(state.review?.focus == "net-revenue-retention")
    #expect(WorkbenchFixture.screen(state).contains("NET REVENUE RETENTION"))
    WorkbenchFixture.press([.right], &state)
    #expect(state.review?.focus == "logo-churn")
    WorkbenchFixture.press([.escape], &state)
    #expect(state.review?.focus == nil)
    #expect(state.review != nil)
  }

  @Test func aDecisionIsDeletedAfterConfirmingAndComesBackWithUndo() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w"), .character("[")], &state)
    let week = try #require(state.review?.week)
    let before = state.workspace
    WorkbenchFixture.press([.character("G"), .character("d")], &state)
    guard case .confirm = state.overlay else {
      Issue.record("expected a confirmation, got \(String(describing: state.overlay))")
      return
    }
    let effects = WorkbenchFixture.press([.character("y")], &state)
    #expect(state.workspace.review(week)?.decisions.count == (before.review(week)?.decisions.count ?? 0) - 1)
    #expect(effects.count == 1)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func readOnlyShowsTheReviewAndWritesNothing() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    let effects = WorkbenchFixture.press([.character("w"), .character("e"), .character("s"), .character("a")], &state)
    // Only a read: what changed since the last review, from git.
    #expect(effects == [.readChangesSinceReview])
    #expect(state.overlay == nil)
    #expect(state.workspace == before)
    #expect(WorkbenchFixture.screen(state).contains("WEEKLY REVIEW · \(Self.week) · changes since the review of"))
    #expect(WorkbenchFixture.screen(state).contains("read-only"))
  }
}

@Suite struct ReviewExperimentsTests {
  @Test func theReviewShowsTheRunningExperimentsAndTheResultsDue() {
    var state = WorkbenchFixture.state(width: 120, height: 60)
    WorkbenchFixture.press([.character("w")], &state)
    let screen = WorkbenchFixture.screen(state)
    let running = state.workspace.experiments.filter { $0.state == .running }
    #expect(!running.isEmpty)
    #expect(screen.contains("EXPERIMENTS · \(running.count) running"))
    for experiment in running { #expect(screen.contains(experiment.name)) }
    for experiment in state.workspace.experiments where experiment.state == .done {
      #expect(!screen.contains(experiment.name), "a finished experiment is not on the weekly agenda")
    }
  }

  @Test func theExperimentsComeIntoViewAtTheEndOfTheAgendaOnASmallScreen() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w")], &state)
    #expect(!WorkbenchFixture.screen(state).contains("EXPERIMENTS"))
    let items = state.review?.items(in: state.workspace) ?? []
    let lastBeforeDecisions = items.lastIndex { if case .decision = $0 { false } else { true } } ?? 0
    WorkbenchFixture.press(Array(repeating: .character("j"), count: lastBeforeDecisions), &state)
    #expect(WorkbenchFixture.screen(state).contains("EXPERIMENTS · 1 running"))
  }

  @Test func anExperimentPastItsEndComesFirstAsAResultDue() {
    var state = WorkbenchFixture.state(width: 120, height: 60)
    guard let index = state.workspace.experiments.firstIndex(where: { $0.state == .running }) else {
      Issue.record("the example has no running experiment")
      return
    }
    state.workspace.experiments[index].end = WorkbenchFixture.today.adding(days: -3)
    let agenda = ReviewView.experimentsOnTheAgenda(state.workspace, today: WorkbenchFixture.today)
    #expect(agenda.first?.id == state.workspace.experiments[index].id)
    WorkbenchFixture.press([.character("w")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("1 result due"))
    #expect(screen.contains("past its end, no result"))
  }
}
