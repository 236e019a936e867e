import Foundation
import PillarsCore
import PillarsJSON
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Decisions that come back: the review opens with last week's open decisions, each marked done,
/// dropped with a reason, or made an action on a pillar; every open action in one list.
@Suite struct FollowUpTests {
  static let week = WorkbenchFixture.today.isoWeek
  static let october = CalendarMonth(year: 2026, month: 10)!
  /// Past October's two open decisions: the first one of the reviews.
  static let toFirstReviewFollowUp: [Key] = [.character("w"), .character("j"), .character("j")]

  @Test func theReviewOpensWithEarlierOpenDecisionsToFollowUp() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w")], &state)
    let session = try #require(state.review)
    let followUps = session.followUps(in: state.workspace)
    // October's checkpoint comes first, with its two open decisions; then the example's two reviews:
    // of the older one's decisions, the done and the dropped ones are not followed up; last week's
    // three are all open.
    #expect(followUps.map(\.decision.id)
      == ["owner-operator-campaigns", "specialist-hiring", "assisted-import-pilot", "auto-close", "bot-transcript", "dispatch-peak-rota"])
    #expect(session.items(in: state.workspace).first == .followUp(.checkpoint(Self.october), "owner-operator-campaigns"))
    #expect(session.items(in: state.workspace)[2] == .followUp(.review(Self.week.adding(weeks: -2)), "assisted-import-pilot"))
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("FOLLOW UP · 6 open decisions from earlier reviews and checkpoints"))
    #expect(screen.contains("week \(Self.week.adding(weeks: -2))  CONTINUE Continue the assisted import pilot"))
    #expect(screen.contains("month 2026-10  STOP     Stop the owner-operator ad campaigns"))
  }

  @Test func xMarksItDoneAndUndoBringsItBack() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let earlier = Self.week.adding(weeks: -2)
    WorkbenchFixture.press(Self.toFirstReviewFollowUp, &state)
    let effects = WorkbenchFixture.press([.character("x")], &state)
    #expect(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" }?.state == .done)
    #expect(effects.count == 1)
    #expect(state.review?.followUps(in: state.workspace).count == 5)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func xDropsItAndAsksWhy() throws {
    var state = WorkbenchFixture.state()
    let earlier = Self.week.adding(weeks: -2)
    WorkbenchFixture.press(Self.toFirstReviewFollowUp + [.character("X")], &state)
    #expect(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" }?.state == .dropped)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no question why")
      return
    }
    #expect(editor.target == .decision(.review(earlier), "assisted-import-pilot", .note))
    WorkbenchFixture.type("Crew-plan accounts import on their own now", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" }?.note
      == "Crew-plan accounts import on their own now")
  }

  @Test func aDecisionBecomesAnActionOnAPillarInOneStep() throws {
    var state = WorkbenchFixture.state()
    let earlier = Self.week.adding(weeks: -2)
    let decision = try #require(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" })
    WorkbenchFixture.press(Self.toFirstReviewFollowUp + [.character("A")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no pillar picker")
      return
    }
    #expect(editor.target == .decisionAction(.review(earlier), "assisted-import-pilot"))
    // Down three times: Equip the team.
    let effects = WorkbenchFixture.press([.down, .down, .down, .enter], &state)
    let action = try #require(state.workspace.pillars[.equipTheTeam].actions.last)
    #expect(action.text == decision.text && action.owner == decision.owner && action.due == decision.due)
    let after = try #require(state.workspace.review(earlier)?.decisions.first { $0.id == "assisted-import-pilot" })
    #expect(after.state == .done && after.note == "became an action on Equip the team")
    #expect(effects.count == 1)
    if case .save(_, let documents) = effects.first { #expect(documents == [.pillars, .review(earlier)]) }
  }

  @Test func everyOpenActionInOneListOverdueFirst() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    let rows = Workbench.actionRows(state.workspace, today: state.today, byOwner: false)
    let open = PillarKind.allCases.flatMap { state.workspace.pillars[$0].actions.filter { !$0.done } }
    #expect(rows.count == open.count)
    let overdue = rows.prefix { $0.action.isOverdue(on: state.today) }
    #expect(!overdue.isEmpty)
    #expect(rows.dropFirst(overdue.count).allSatisfy { !$0.action.isOverdue(on: state.today) })
    let dated = rows.dropFirst(overdue.count).compactMap(\.action.due)
    #expect(dated == dated.sorted())
    let byOwner = Workbench.actionRows(state.workspace, today: state.today, byOwner: true).dropFirst(overdue.count)
    let owners = byOwner.map { $0.action.owner.lowercased() }.filter { !$0.isEmpty }
    #expect(owners == owners.sorted())
    // Enter shows the action in its pillar, on its row.
    WorkbenchFixture.press([.character("T")], &state)
    #expect(WorkbenchFixture.screen(state).contains("Open actions across the pillars"))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pane == .pillars && state.pillarsPane.isOpen && state.pillarsPane.selection == rows[0].pillar)
    if case .action(_, let id, .text) = Workbench.focusedField(state) { #expect(id == rows[0].action.id) } else {
      Issue.record("not on the action's row")
    }
  }

  @Test func checkWarnsAboutOverdueActionsAndDecisions() {
    var workspace = WorkbenchFixture.state().workspace
    let today = WorkbenchFixture.today
    let earlier = today.isoWeek.adding(weeks: -2)
    if let index = workspace.reviews.firstIndex(where: { $0.week == earlier }),
      let d = workspace.reviews[index].decisions.firstIndex(where: { $0.id == "assisted-import-pilot" })
    {
      workspace.reviews[index].decisions[d].due = today.adding(days: -3)
    }
    let findings = Checks.run(workspace, today: today)
    #expect(findings.contains { $0.rule == .decisionOverdue && $0.document == .review(earlier) })
    #expect(findings.contains { $0.rule == .actionOverdue && $0.document == .pillars })
  }

  @Test func aDecisionWrittenBeforeItCouldComeBackReadsAndWritesTheSame() throws {
    let old = #"{"id":"keep-rota","kind":"continue","owner":"Tomás","text":"Keep the rota"}"#
    let decision = try JSONValueDecoder().decode(Decision.self, from: JSONParser.parse(Array(old.utf8))).value
    #expect(decision.state == .open && decision.due == nil && decision.note.isEmpty)
    let written = try CanonicalJSONWriter.write(JSONValueEncoder().encode(decision))
    #expect(!String(decoding: written, as: UTF8.self).contains("state"))
    #expect(!String(decoding: written, as: UTF8.self).contains("note"))
  }
}

/// The review as the meeting's agenda, not a trap.
@Suite struct ReviewAgendaTests {
  @Test func aNumberKeyLeavesTheReviewForAPaneAndWComesBackWhereItWas() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w"), .character("l"), .character("j"), .character("j")], &state)
    let session = state.review
    WorkbenchFixture.press([.character("3")], &state)
    #expect(state.review == nil && state.pane == .journey)
    #expect(state.message == .info("the review of \(WorkbenchFixture.today.isoWeek) waits: w comes back to it"))
    WorkbenchFixture.press([.character("w")], &state)
    #expect(state.review == session)
  }

  @Test func aNewReviewIsOfferedTheAttendeesOfTheLastOne() throws {
    var state = WorkbenchFixture.state()
    let last = try #require(state.workspace.reviews.last)
    WorkbenchFixture.press([.character("w"), .character("a")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no attendees field")
      return
    }
    #expect(editor.field.text == last.attendees.joined(separator: ", "))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.review(WorkbenchFixture.today.isoWeek)?.attendees == last.attendees)
  }
}
