import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Undo and redo with other people's changes reloaded in between: only the user's own step is
/// undone, on top of what is on disk now.
@Suite struct UndoTests {
  static let today = JourneyID("growing-contractor-today")

  /// The workspace as a teammate left it on disk: today's journey renamed and a journey added.
  static func teammatesVersion(of workspace: Workspace) -> Workspace {
    var theirs = workspace
    if let index = theirs.journeys.firstIndex(where: { $0.id == today }) {
      theirs.journeys[index].name = "Growing contractor: today, as sales tell it"
    }
    theirs.journeys.append(Journey(id: "field-crew-today", name: "Field crew: today"))
    theirs.journeys.sort { $0.id < $1.id }
    return theirs
  }

  /// Reports the files as changed on disk and hands back what the run loop would read.
  static func reload(_ documents: Set<DocumentRef>, from theirs: Workspace, _ state: inout WorkbenchState) {
    let asked = Workbench.update(&state, .documentsChangedOnDisk(documents))
    #expect(asked == [.reload(documents)])
    _ = Workbench.update(&state, .documentsReloaded(documents, from: theirs, problems: [], unreadable: [:]))
  }

  static func editPillarSummary(_ text: String, _ state: inout WorkbenchState) {
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type(text, &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.count == 1)
    _ = Workbench.update(&state, .saveSucceeded([.pillars]))
  }

  @Test func undoAfterATeammatesJourneyChangeSavesOnlyPillars() {
    var state = WorkbenchFixture.state()
    let original = state.workspace
    Self.editPillarSummary("Segments from billing data, refreshed monthly", &state)
    let theirs = Self.teammatesVersion(of: state.workspace)
    Self.reload([.journey(Self.today), .journey("field-crew-today")], from: theirs, &state)
    #expect(state.workspace == theirs)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    var expected = theirs
    expected.pillars = original.pillars
    #expect(undo == [.save(expected, [.pillars])])
    #expect(state.workspace == expected)
    #expect(state.workspace.journey(Self.today)?.name == "Growing contractor: today, as sales tell it")
    #expect(state.workspace.journey("field-crew-today") != nil)
    #expect(state.message == .info("undid edit Know your customers · summary"))

    let redo = WorkbenchFixture.press([.ctrl("r")], &state)
    #expect(redo == [.save(theirs, [.pillars])])
    #expect(state.workspace == theirs)
  }

  @Test func undoingAnAddedJourneyRemovesOnlyThatJourney() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("3"), .character("N")], &state)
    WorkbenchFixture.type("Office manager", &state)
    let added = WorkbenchFixture.press([.enter], &state)
    #expect(added.count == 1)
    _ = Workbench.update(&state, .saveSucceeded([.journey("office-manager")]))
    let theirs = Self.teammatesVersion(of: state.workspace)
    Self.reload([.journey(Self.today), .journey("field-crew-today")], from: theirs, &state)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    var expected = theirs
    expected.journeys.removeAll { $0.id == "office-manager" }
    #expect(undo == [.save(expected, [.journey("office-manager")])])
    #expect(state.workspace.journeys.map(\.id) == ["field-crew-today", "growing-contractor-next", "growing-contractor-today"])
    #expect(state.workspace.journey(Self.today) == theirs.journey(Self.today))
  }

  @Test func undoingADeletedJourneyBringsBackOnlyThatJourney() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("3"), .character("X"), .character("y")], &state)
    #expect(state.workspace.journey(Self.today) == nil)
    _ = Workbench.update(&state, .saveSucceeded([.journey(Self.today)]))
    var theirs = Self.teammatesVersion(of: state.workspace)
    if let index = theirs.journeys.firstIndex(where: { $0.id == "growing-contractor-next" }) {
      theirs.journeys[index].name = "Growing contractor: next, agreed with sales"
    }
    Self.reload([.journey("growing-contractor-next"), .journey("field-crew-today")], from: theirs, &state)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    #expect(undo.count == 1)
    guard case .save(let saved, let documents) = undo.first else { return }
    #expect(documents == [.journey(Self.today)])
    #expect(saved.journeys.map(\.id) == ["field-crew-today", "growing-contractor-next", "growing-contractor-today"])
    #expect(saved.journey("growing-contractor-next")?.name == "Growing contractor: next, agreed with sales")
    #expect(saved.journey(Self.today)?.name == "Growing contractor: today")
    #expect(state.workspace == saved)
  }

  @Test func undoingAMovedMetricKeepsAValueATeammateRecordedSince() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4")], &state)
    let moved = try #require(state.scorecardPane.selection)
    let before = state.workspace.scorecard.metrics.map(\.id)
    let effects = WorkbenchFixture.press([.character("J")], &state)
    #expect(effects.count == 1)
    #expect(state.workspace.scorecard.metrics.map(\.id) != before)
    _ = Workbench.update(&state, .saveSucceeded([.scorecard]))
    var theirs = state.workspace
    let index = try #require(theirs.scorecard.metrics.firstIndex { $0.id == moved })
    theirs.scorecard.metrics[index].observations.append(Observation(week: WorkbenchFixture.today.isoWeek, value: 42))
    Self.reload([.history(moved)], from: theirs, &state)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    #expect(undo.count == 1)
    guard case .save(let saved, let documents) = undo.first else { return }
    #expect(documents == [.scorecard])
    #expect(saved.scorecard.metrics.map(\.id) == before)
    #expect(saved.scorecard[moved]?.observations.last?.value == 42)
    #expect(state.workspace == saved)
  }

  @Test func undoOfAnEditWhoseDocumentWasReloadedSinceIsRefused() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("3"), .character("r"), .ctrl("u")], &state)
    WorkbenchFixture.type("Growing contractor: now", &state)
    WorkbenchFixture.press([.enter], &state)
    _ = Workbench.update(&state, .saveSucceeded([.journey(Self.today)]))
    let theirs = Self.teammatesVersion(of: state.workspace)
    Self.reload([.journey(Self.today), .journey("field-crew-today")], from: theirs, &state)

    let undo = WorkbenchFixture.press([.character("u")], &state)
    #expect(undo.isEmpty)
    #expect(state.message == .error(
      "cannot undo: journeys/growing-contractor-today.json changed on disk since; the change is kept (edit Growing contractor: today · name)"))
    #expect(state.workspace == theirs)
    #expect(state.unsaved.isEmpty)
    #expect(WorkbenchFixture.screen(state).contains("cannot undo: journeys/growing-contractor-today.json changed on disk"))
    // The step is gone: there is nothing left to undo or redo.
    #expect(WorkbenchFixture.press([.character("u")], &state).isEmpty)
    #expect(state.message == .info("nothing to undo"))
    #expect(WorkbenchFixture.press([.ctrl("r")], &state).isEmpty)
    #expect(state.message == .info("nothing to redo"))
    #expect(state.workspace == theirs)
  }

  @Test func redoOfAnEditWhoseDocumentWasReloadedSinceIsRefused() {
    var state = WorkbenchFixture.state()
    Self.editPillarSummary("Segments from billing data, refreshed monthly", &state)
    WorkbenchFixture.press([.character("u")], &state)
    _ = Workbench.update(&state, .saveSucceeded([.pillars]))
    var theirs = state.workspace
    theirs.pillars[.knowYourCustomers].owner = "Priya"
    Self.reload([.pillars], from: theirs, &state)

    let redo = WorkbenchFixture.press([.ctrl("r")], &state)
    #expect(redo.isEmpty)
    #expect(state.message == .error(
      "cannot redo: pillars.json changed on disk since; the change is kept (edit Know your customers · summary)"))
    #expect(state.workspace == theirs)
    #expect(WorkbenchFixture.press([.ctrl("r")], &state).isEmpty)
    #expect(state.message == .info("nothing to redo"))
  }
}
