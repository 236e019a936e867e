import PillarsCore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// Pane 6: the themes ranked by contacts, the 80% line, and marking a theme fixing or fixed.
@Suite struct SignalsPaneTests {
  @Test func theThemesAreRankedWithTheEightyPercentLine() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6")], &state)
    #expect(state.pane == .signals)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("4 themes drive 89% of contacts (of 6)"))
    let lines = screen.split(separator: "\n").map(String.init)
    let line = lines.firstIndex { $0.contains("80%") && $0.contains("┄") }
    let invoice = lines.firstIndex { $0.contains("Help importing customers") }
    #expect(line != nil && invoice != nil && line! < invoice!)
    // The first theme is selected, and its fix is judged below the table.
    #expect(screen.contains("Cannot reach a person from chat · owner Aisha Bello · fixed at the root"))
    #expect(screen.contains("rose 25%"))
  }

  @Test func theWindowCyclesThroughFourThirteenAndFiftyTwoWeeks() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("6")], &state)
    #expect(state.signalsPane.weeks == 13)
    WorkbenchFixture.press([.character("W")], &state)
    #expect(state.signalsPane.weeks == 52)
    #expect(state.message?.text == "themes ranked over the last 52 weeks")
    WorkbenchFixture.press([.character("W"), .character("W")], &state)
    #expect(state.signalsPane.weeks == 13)
  }

  @Test func aThemeIsMarkedFixingThenFixedAtTheRootUndoably() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("6"), .character("G")], &state)
    let id = try #require(state.signalsPane.selection)
    #expect(state.workspace.signalTheme(id)?.state == .open)
    let fixing = WorkbenchFixture.press([.character("b")], &state)
    #expect(state.workspace.signalTheme(id)?.state == .fixing)
    #expect(fixing == [.save(state.workspace, [.signalTheme(id)])])
    WorkbenchFixture.press([.character("F")], &state)
    #expect(state.workspace.signalTheme(id)?.state == .fixed)
    #expect(state.workspace.signalTheme(id)?.fixedOn == WorkbenchFixture.today)
    #expect(WorkbenchFixture.screen(state).contains("too early to tell"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.signalTheme(id)?.state == .fixing)
  }

  @Test func readOnlyRefusesToMarkATheme() {
    var state = WorkbenchFixture.state(readonly: true)
    WorkbenchFixture.press([.character("6")], &state)
    let before = state.workspace
    #expect(WorkbenchFixture.press([.character("F")], &state).isEmpty)
    #expect(state.workspace == before)
  }
}
