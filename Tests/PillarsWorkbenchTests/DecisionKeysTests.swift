import Foundation
import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// A decision's due date, what came of it and whether it chose the customer, set from the weekly
/// review and the monthly checkpoint; and a checkpoint's decisions coming back at the weekly review.
@Suite struct DecisionKeysTests {
  static let week = WorkbenchFixture.today.isoWeek
  static let october = CalendarMonth(year: 2026, month: 10)!
  static let november = CalendarMonth(year: 2026, month: 11)!

  private func saved(_ effects: [WorkbenchEffect]) -> Set<DocumentRef> {
    effects.reduce(into: Set<DocumentRef>()) { documents, effect in
      if case .save(_, let refs) = effect { documents.formUnion(refs) }
    }
  }

  /// Records a decision of the kind `key` names in the open review or checkpoint.
  private func record(_ key: Character, _ text: String, _ state: inout WorkbenchState) {
    WorkbenchFixture.press([.character(key)], &state)
    WorkbenchFixture.type(text, &state)
    WorkbenchFixture.press([.enter], &state)
  }

  @Test func aNewDecisionOfTheReviewIsDueAtTheNextReviewAndHighlighted() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w")], &state)
    record("s", "Stop the sync digest", &state)
    let decision = try #require(state.workspace.review(Self.week)?.decisions.last)
    // The example reviews on Tuesdays: next week's review is on 2026-11-24.
    #expect(decision.due == CalendarDate("2026-11-24"))
    #expect(state.review?.selected(in: state.workspace) == .decision(decision.id))
    #expect(state.message?.text == "recorded, due 2026-11-24 when it comes back: D changes it")
    #expect(WorkbenchFixture.screen(state).contains("STOP      Stop the sync digest  (no owner: o) · due 2026-11-24"))
  }

  @Test func aNewDecisionOfTheCheckpointIsDueByTheEndOfNextMonth() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("M")], &state)
    record("c", "Continue the Crew-plan onboarding calls", &state)
    #expect(state.workspace.checkpoint(Self.november)?.decisions.last?.due == CalendarDate("2026-12-31"))
  }

  @Test func dSetsTheDueDateOfThisWeeksDecisionAndUndoPutsItBack() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w")], &state)
    record("t", "Start a callback for tickets reopened twice", &state)
    let before = state.workspace
    let id = try #require(state.workspace.review(Self.week)?.decisions.last?.id)
    WorkbenchFixture.press([.character("D")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the due date's field did not open")
      return
    }
    #expect(editor.target == .decision(.review(Self.week), id, .due))
    // The date is selected: typing replaces it.
    WorkbenchFixture.type("2026-12-04", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(saved(effects) == [.review(Self.week)])
    #expect(state.workspace.review(Self.week)?.decisions.last?.due == CalendarDate("2026-12-04"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func aDueDateThatIsNotADateIsRefusedWithTheReasonAndNothingChanges() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    // The first follow-up: October's decision on the owner-operator campaigns.
    WorkbenchFixture.press([.character("w"), .character("D")], &state)
    WorkbenchFixture.type("next friday", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.isEmpty)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field closed on a refused date")
      return
    }
    #expect(editor.target == .decision(.checkpoint(Self.october), "owner-operator-campaigns", .due))
    #expect(editor.refusal == "\"next friday\" is not a date; write YYYY-MM-DD")
    #expect(state.workspace == before)
  }

  @Test func fMarksAFollowUpCustomerFirstInTheCheckpointItWasTakenInAndUUndoesIt() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    let before = state.workspace
    #expect(CustomerFocusEvidence(before).customerFirstDecisions.count == 1)
    let effects = WorkbenchFixture.press([.character("w"), .character("f")], &state)
    #expect(saved(effects) == [.checkpoint(Self.october)])
    let decision = try #require(state.workspace.checkpoint(Self.october)?.decisions.first { $0.id == "owner-operator-campaigns" })
    #expect(decision.customerFirst)
    #expect(state.message?.text.hasPrefix("♥ customer first: \"Stop the owner-operator") == true)
    #expect(WorkbenchFixture.screen(state).contains("month 2026-10  STOP     ♥ Stop the owner-operator ad campaigns"))
    // The customer-focus ladder counts it as evidence.
    #expect(CustomerFocusEvidence(state.workspace).customerFirstDecisions.contains(decision.text))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    #expect(!WorkbenchFixture.screen(state).contains("♥ Stop the owner-operator"))
  }

  @Test func fAgainTakesTheMarkOff() throws {
    var state = WorkbenchFixture.state()
    // Past October's two and week 45's one: the auto-close decision, already customer first.
    WorkbenchFixture.press([.character("w"), .character("j"), .character("j"), .character("j"), .character("f")], &state)
    let decision = try #require(state.workspace.review(Self.week.adding(weeks: -1))?.decisions.first { $0.id == "auto-close" })
    #expect(!decision.customerFirst)
    #expect(state.message?.text.contains("is no longer marked customer first") == true)
  }

  @Test func aCheckpointDecisionFollowedUpInTheWeeklyReviewAndMarkedDoneWritesTheCheckpoint() throws {
    var state = WorkbenchFixture.state()
    let effects = WorkbenchFixture.press([.character("w"), .character("x")], &state)
    #expect(saved(effects) == [.checkpoint(Self.october)])
    #expect(state.workspace.checkpoint(Self.october)?.decisions.first { $0.id == "owner-operator-campaigns" }?.state == .done)
    #expect(state.workspace.reviews == WorkbenchFixture.state().workspace.reviews)
    // Done, it comes back no more.
    #expect(state.review?.followUps(in: state.workspace).contains { $0.decision.id == "owner-operator-campaigns" } == false)
  }

  @Test func aWeeklyDecisionFollowedUpInTheCheckpointWritesItsReview() throws {
    var state = WorkbenchFixture.state()
    let earlier = Self.week.adding(weeks: -2)
    // Past October's two: week 45's assisted import pilot.
    WorkbenchFixture.press([.character("M"), .character("j"), .character("j"), .character("D")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the due date's field did not open")
      return
    }
    #expect(editor.target == .decision(.review(earlier), "assisted-import-pilot", .due))
    WorkbenchFixture.type("2026-12-09", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(saved(effects) == [.review(earlier)])
    #expect(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" }?.due == CalendarDate("2026-12-09"))
  }

  @Test func xOnThisWeeksDecisionMarksItDoneAndAgainOpensIt() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w")], &state)
    record("c", "Continue Friday sampling", &state)
    WorkbenchFixture.press([.character("x")], &state)
    #expect(state.workspace.review(Self.week)?.decisions.last?.state == .done)
    WorkbenchFixture.press([.character("x")], &state)
    #expect(state.workspace.review(Self.week)?.decisions.last?.state == .open)
    #expect(state.message?.text == "open again: \"Continue Friday sampling\" — u to undo")
  }

  @Test func nWritesWhatCameOfADecisionInTheReviewAndTheCheckpoint() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w"), .character("n")], &state)
    guard case .editing(let review) = state.overlay else {
      Issue.record("no note field in the review")
      return
    }
    #expect(review.target == .decision(.checkpoint(Self.october), "owner-operator-campaigns", .note))
    WorkbenchFixture.press([.escape, .escape, .character("M")], &state)
    record("s", "Stop the paper invoices", &state)
    WorkbenchFixture.press([.character("n")], &state)
    WorkbenchFixture.type("Paper invoices end with the December run", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(saved(effects) == [.checkpoint(Self.november)])
    #expect(state.workspace.checkpoint(Self.november)?.decisions.last?.note == "Paper invoices end with the December run")
  }

  @Test func theNewKeysSayWhatTheyAreForOffADecision() {
    var state = WorkbenchFixture.state()
    // Past the six follow-ups: a segment.
    WorkbenchFixture.press([.character("M")] + Array(repeating: .character("j"), count: 6) + [.character("f")], &state)
    #expect(state.message?.text == "D sets a decision's due date, n what came of it, f marks it customer first: pick a decision")
    #expect(state.overlay == nil)
  }

  @Test func readOnlyRefusesTheNewKeys() {
    var state = WorkbenchFixture.state(readonly: true)
    let effects = WorkbenchFixture.press([.character("w"), .character("f"), .character("D")], &state)
    #expect(saved(effects).isEmpty && state.overlay == nil)
    #expect(state.workspace == WorkbenchFixture.state(readonly: true).workspace)
  }

  @Test func theCheckpointsKeysBindEachKeyOnce() {
    for table in [KeyMap.reviewBindings, KeyMap.checkpointBindings] {
      #expect(table.contains { $0.command == .editDecisionDue && $0.keys == [.character("D")] })
      #expect(table.contains { $0.command == .toggleCustomerFirst && $0.keys == [.character("f")] })
      let keys = table.flatMap(\.keys)
      #expect(Set(keys).count == keys.count)
    }
    #expect(KeyMap.checkpointCommand(for: .character("n")) == .editNote)
    #expect(Command.all.contains(.editDecisionDue) && Command.all.contains(.toggleCustomerFirst))
  }
}
