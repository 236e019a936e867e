import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

@Suite struct NavigationTests {
  @Test func numbersAndTabSwitchPanes() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4")], &state)
    #expect(state.pane == .scorecard)
    WorkbenchFixture.press([.tab], &state)
    #expect(state.pane == .segments)
    WorkbenchFixture.press([.character("8"), .tab], &state)
    #expect(state.pane == .pillars)
    WorkbenchFixture.press([.backTab], &state)
    #expect(state.pane == .assumptions)
  }

  @Test func vimAndArrowKeysMoveThroughThePillars() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("j"), .down], &state)
    #expect(state.pillarsPane.selection == .designTheJourney)
    WorkbenchFixture.press([.character("G")], &state)
    #expect(state.pillarsPane.selection == .measureAndAdapt)
    WorkbenchFixture.press([.character("k")], &state)
    #expect(state.pillarsPane.selection == .equipTheTeam)
    WorkbenchFixture.press([.character("g")], &state)
    #expect(state.pillarsPane.selection == .knowYourCustomers)
  }

  @Test func enterOpensAndEscGoesBack() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pillarsPane.isOpen)
    #expect(WorkbenchFixture.screen(state).contains("Know your customers   (Esc: back to the board)"))
    WorkbenchFixture.press([.escape], &state)
    #expect(!state.pillarsPane.isOpen)
  }

  @Test func journeyMapMovesAcrossTouchpointsAndLanes() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("3")], &state)
    let journeyID = try #require(state.journeyPane.selection.journey)
    let journey = try #require(state.workspace.journey(journeyID))
    let columns = JourneyColumn.columns(of: journey)
    WorkbenchFixture.press([.character("l"), .right, .right, .right], &state)
    #expect(state.journeyPane.selection.touchpoint == columns[4].touchpoint)
    #expect(state.journeyPane.selection.stage == columns[4].stage)
    WorkbenchFixture.press([.character("j"), .character("j")], &state)
    #expect(state.journeyPane.selection.lane == .thinking)
    WorkbenchFixture.press([.character("]")], &state)
    #expect(state.journeyPane.selection.journey != journeyID)  // the other journey
  }

  @Test func selectionFollowsTheIdWhenTheListChanges() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .character("j"), .character("j")], &state)
    let selected = state.scorecardPane.selection
    // Another program inserts a metric at the top of scorecard.json.
    var theirs = state.workspace
    theirs.scorecard.metrics.insert(Metric(id: "new-one", name: "New one", layer: .outcome, target: 1), at: 0)
    _ = Workbench.update(&state, .documentsReloaded([.scorecard], from: theirs, problems: [], unreadable: [:]))
    #expect(state.scorecardPane.selection == selected)
    #expect(state.message == .info("reloaded scorecard.json (changed on disk)"))
  }

  @Test func unknownKeysSaySoAndChangeNothing() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("z")], &state)
    #expect(state.message == .info("z does nothing here; press ? for the keys"))
    #expect(state.workspace == before)
  }

  @Test func clicksSelectTabsAndRows() {
    var state = WorkbenchFixture.state()
    let tabs = TabBar(state: state)
    let promiseColumn = (0..<80).first { tabs.pane(atColumn: $0) == .promise } ?? -1
    _ = Workbench.update(&state, .mouseClicked(x: promiseColumn, y: 0))
    #expect(state.pane == .promise)
    WorkbenchFixture.press([.character("1")], &state)
    // The third pillar's first row on the board.
    _ = Workbench.update(&state, .mouseClicked(x: 10, y: 1 + 2 + 2 * PillarsPaneView.rowsPerPillar))
    #expect(state.pillarsPane.selection == .designTheJourney)
    _ = Workbench.update(&state, .mouseWheelScrolled(up: false))
    #expect(state.pillarsPane.selection == .measureAndAdapt)
  }

  @Test func aTinyTerminalShowsTheNoticeAndRecovers() {
    var state = WorkbenchFixture.state()
    _ = Workbench.update(&state, .terminalResized(width: 40, height: 10))
    #expect(WorkbenchFixture.screen(state).contains("Terminal too small"))
    WorkbenchFixture.press([.character("4")], &state)
    #expect(state.pane == .pillars)
    _ = Workbench.update(&state, .terminalResized(width: 100, height: 30))
    #expect(WorkbenchFixture.screen(state).contains("The five pillars"))
  }
}
