import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Adding, moving, marking and deleting items in every pane, each one undo step.
@Suite struct ItemEditingTests {
  // MARK: Pillar actions

  @Test func addingAnActionToAnOpenPillarSavesItAndSelectsIt() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.enter, .character("a")], &state)
    WorkbenchFixture.type("Call five lost customers", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.pillars[.knowYourCustomers].actions.append(PillarAction(id: "call-five-lost-customers", text: "Call five lost customers"))
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.pillars])])
    #expect(PillarsPane.selectedAction(state.pillarsPane, PaneContext(state))?.1 == "call-five-lost-customers")
    #expect(WorkbenchFixture.screen(state).contains("☐ Call five lost customers"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func anActionCanBeMarkedDoneMovedAndDeleted() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let actions = before.pillars[.knowYourCustomers].actions
    // Rows 0-3 are the pillar's fields; the first action's text is row 4.
    WorkbenchFixture.press([.enter, .down, .down, .down, .down, .character("x")], &state)
    #expect(state.workspace.pillars[.knowYourCustomers].actions[0].done == !actions[0].done)
    WorkbenchFixture.press([.character("J")], &state)
    #expect(state.workspace.pillars[.knowYourCustomers].actions.map(\.id) == [actions[1].id, actions[0].id, actions[2].id])
    #expect(PillarsPane.selectedAction(state.pillarsPane, PaneContext(state))?.1 == actions[0].id)
    let effects = WorkbenchFixture.press([.character("d"), .character("y")], &state)
    var expected = before
    expected.pillars[.knowYourCustomers].actions = [actions[1], actions[2]]
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.pillars])])
    WorkbenchFixture.press([.character("u"), .character("u"), .character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func anActionsOwnerAndDueDateAreEditedAndABadDateIsRefused() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.enter, .down, .down, .down, .down, .down, .character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("Priya", &state)
    WorkbenchFixture.press([.enter, .down, .character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("next week", &state)
    let refused = WorkbenchFixture.press([.enter], &state)
    #expect(refused.isEmpty)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "\"next week\" is not a date; write YYYY-MM-DD")
    WorkbenchFixture.press([.ctrl("u")], &state)
    WorkbenchFixture.type("2026-11-10", &state)
    WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.pillars[.knowYourCustomers].actions[0].owner = "Priya"
    expected.pillars[.knowYourCustomers].actions[0].due = CalendarDate(year: 2026, month: 11, day: 10)
    #expect(state.workspace == expected)
    if !expected.pillars[.knowYourCustomers].actions[0].done {
      #expect(WorkbenchFixture.screen(state).contains("overdue"))
    }
  }

  @Test func addingWithAnEmptyNameIsRefusedAndAddsNothing() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("5"), .character("a"), .character(" ")], &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "a name is needed; Esc adds nothing")
  }

  // MARK: Segments

  @Test func aNewSegmentGetsItsListsAndTheOnePrimaryMarkMoves() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("5"), .character("a")], &state)
    WorkbenchFixture.type("Facility managers", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.segmentsPane.selection == "facility-managers")
    // Open it; row 6 holds the pain points, one a line.
    WorkbenchFixture.press([.enter] + Array(repeating: .down, count: 6) + [.character("e")], &state)
    WorkbenchFixture.type("Slow quotes", &state)
    WorkbenchFixture.press([.ctrl("j"), .character(" "), .ctrl("j")], &state)
    WorkbenchFixture.type("Lost invoices", &state)
    WorkbenchFixture.press([.enter, .escape], &state)
    let marked = WorkbenchFixture.press([.character("p")], &state)
    var expected = before
    for index in expected.segments.segments.indices { expected.segments.segments[index].primary = false }
    expected.segments.segments.append(Segment(id: "facility-managers", name: "Facility managers", primary: true,
      painPoints: ["Slow quotes", "Lost invoices"]))
    #expect(state.workspace == expected)
    #expect(marked == [.save(expected, [.segments])])
    #expect(state.workspace.segments.segments.filter(\.primary).count == 1)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.segments.primary?.id == before.segments.primary?.id)
  }

  @Test func aSegmentScoreIsPickedFromOneToFive() throws {
    var state = WorkbenchFixture.state()
    let id = try #require(state.segmentsPane.selection)
    WorkbenchFixture.press([.character("5"), .enter, .down, .down, .down, .down, .down, .character("e"), .up, .up, .up, .up, .up], &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.segments[id]?.fit == 1)
  }

  // MARK: Journeys

  @Test func aTouchpointIsAddedToTheSelectedStageAndMovesAcrossStages() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let journey = before.journeys.first { $0.state == .current }
    guard let journey, journey.stages.count >= 2 else {
      Issue.record("the example journey has stages")
      return
    }
    WorkbenchFixture.press([.character("3"), .character("a")], &state)
    WorkbenchFixture.type("Referral from a friend", &state)
    let added = WorkbenchFixture.press([.enter], &state)
    var expected = before
    let ji = expected.journeys.firstIndex { $0.id == journey.id } ?? 0
    expected.journeys[ji].stages[0].touchpoints.append(Touchpoint(id: "referral-from-a-friend", name: "Referral from a friend"))
    #expect(state.workspace == expected)
    #expect(added == [.save(expected, [.journey(journey.id)])])
    #expect(state.journeyPane.selection.touchpoint == "referral-from-a-friend")
    // The last touchpoint of a stage moves right into the next stage, at its front.
    WorkbenchFixture.press([.character("L")], &state)
    let moved = state.workspace.journey(journey.id)
    #expect(moved?.stages[0].touchpoints.map(\.id) == journey.stages[0].touchpoints.map(\.id))
    #expect(moved?.stages[1].touchpoints.first?.id == "referral-from-a-friend")
    #expect(state.journeyPane.selection.stage == journey.stages[1].id)
    WorkbenchFixture.press([.character("u"), .character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func stagesAreAddedRenamedMovedAndDeleted() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    guard let journey = Workbench.selectedJourney(state) else {
      Issue.record("the example has a journey")
      return
    }
    WorkbenchFixture.press([.character("3"), .character("A")], &state)
    WorkbenchFixture.type("Referral", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.journey(journey.id)?.stages[1].name == "Referral")
    WorkbenchFixture.press([.character("s"), .ctrl("u")], &state)
    WorkbenchFixture.type("Word of mouth", &state)
    WorkbenchFixture.press([.enter, .character("<")], &state)
    #expect(state.workspace.journey(journey.id)?.stages.first?.name == "Word of mouth")
    #expect(state.workspace.journey(journey.id)?.stages.count == journey.stages.count + 1)
    // The new stage is empty, so d offers to delete the stage itself.
    let effects = WorkbenchFixture.press([.character("d"), .character("y")], &state)
    #expect(state.workspace == before)
    #expect(effects == [.save(before, [.journey(journey.id)])])
  }

  @Test func aStagesGoalIsEditedShownSavedAndUndone() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let journey = try #require(Workbench.selectedJourney(state))
    let stage = try #require(journey.stages.first)
    WorkbenchFixture.press([.character("3"), .character("S")], &state)
    #expect(state.overlay == .editing(FieldEditor(target: .stage(journey.id, stage.id, .goal), workspace: before)))
    WorkbenchFixture.press([.ctrl("u")], &state)
    WorkbenchFixture.type("Stop losing jobs between the van and the office", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    let ji = try #require(expected.journeys.firstIndex { $0.id == journey.id })
    expected.journeys[ji].stages[0].goal = "Stop losing jobs between the van and the office"
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.journey(journey.id)])])
    // The goal stands under its stage's header on the map.
    let goalRow = WorkbenchFixture.screen(state).split(separator: "\n").first { $0.hasPrefix(" Goal ") }
    #expect(goalRow?.contains("Stop losing jobs") == true)
    let undone = WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    #expect(undone == [.save(before, [.journey(journey.id)])])
  }

  @Test func journeysAreCreatedDuplicatedAsFutureStateAndDeleted() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let journey = try #require(Workbench.selectedJourney(state))
    WorkbenchFixture.press([.character("3"), .character("D")], &state)
    let copyID = JourneyID(journey.id.rawValue + "-future")
    let copy = try #require(state.workspace.journey(copyID))
    #expect(copy.state == .future)
    #expect(copy.stages == journey.stages)
    #expect(state.journeyPane.selection.journey == copyID)
    WorkbenchFixture.press([.character("X")], &state)
    guard case .confirm(let confirmation) = state.overlay else {
      Issue.record("deleting a journey asks first")
      return
    }
    let touchpoints = journey.touchpoints.count
    #expect(confirmation.question == "Delete the journey \"\(copy.name)\" with its \(journey.stages.count) stages and \(touchpoints) touchpoints? (y/n)")
    let deleted = WorkbenchFixture.press([.character("y")], &state)
    #expect(state.workspace == before)
    #expect(deleted == [.save(before, [.journey(copyID)])])
    WorkbenchFixture.press([.character("N")], &state)
    WorkbenchFixture.type("Office manager", &state)
    WorkbenchFixture.press([.enter], &state)
    let made = try #require(state.workspace.journey("office-manager"))
    #expect(made.name == "Office manager")
    #expect(made.stages.isEmpty)
    #expect(state.journeyPane.selection.journey == "office-manager")
  }

  @Test func renamingAJourneyRefusesAnEmptyName() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("3"), .character("r"), .ctrl("u"), .enter], &state)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "a journey needs a name")
  }

  @Test func aJourneysSegmentAndStateArePickedFromThePalette() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let journey = try #require(Workbench.selectedJourney(state))
    WorkbenchFixture.press([.character("3")], &state)
    _ = Workbench.update(&state, .commandChosen(.setJourneySegment))
    // The first choice is "(none)".
    WorkbenchFixture.press(Array(repeating: .up, count: 10) + [.enter], &state)
    _ = Workbench.update(&state, .commandChosen(.setJourneyState))
    let effects = WorkbenchFixture.press([.down, .enter], &state)
    var expected = before
    let ji = try #require(expected.journeys.firstIndex { $0.id == journey.id })
    expected.journeys[ji].segment = nil
    expected.journeys[ji].state = .future
    #expect(state.workspace == expected)
    #expect(effects == [.save(expected, [.journey(journey.id)])])
  }

  // MARK: Promise

  @Test func theBuildersDraftIsTakenOverAndAnEarlierSentenceRestored() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    let builder = before.promise.builder
    let draft = builder.draft(segmentName: builder.segment.flatMap { before.segments[$0]?.name })
    WorkbenchFixture.press([.character("2"), .character("t"), .enter], &state)
    var expected = before
    expected.promise.commit(sentence: draft, on: WorkbenchFixture.today)
    #expect(state.workspace == expected)
    // The sentence it replaced is now the newest of the earlier ones; Enter brings it back.
    let restored = WorkbenchFixture.press([.character("v"), .enter], &state)
    expected.promise.commit(sentence: before.promise.sentence, on: WorkbenchFixture.today)
    #expect(state.workspace == expected)
    #expect(restored == [.save(expected, [.promise])])
    #expect(state.workspace.promise.sentence == before.promise.sentence)
    WorkbenchFixture.press([.character("u"), .character("u")], &state)
    #expect(state.workspace == before)
  }

  // MARK: Bad input

  @Test func aHugePasteWithControlCharactersIsCutAndCleaned() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("5"), .character("a")], &state)
    _ = Workbench.update(&state, .textPasted("Big\u{1B}[2J\u{7}" + String(repeating: "x", count: 10_500)))
    WorkbenchFixture.press([.enter], &state)
    guard let id = state.segmentsPane.selection, let segment = state.workspace.segments[id] else {
      Issue.record("the segment was added")
      return
    }
    #expect(segment.name.count <= 10_000)
    // The text is kept as typed but drawn inert: no escape reaches the screen.
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Big"))
    #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(id.isWellFormed)
  }

  @Test func readOnlyRefusesEveryNewCommand() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    for key in ["a", "x", "J", "p", "t", "A", "N", "D", "X", "L", "<"] {
      WorkbenchFixture.press([.character("3"), .character(Character(key))], &state)
      #expect(state.overlay == nil)
    }
    #expect(state.workspace == before)
  }
}
