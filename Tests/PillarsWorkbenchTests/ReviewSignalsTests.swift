import PillarsCore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// The review's customer-signals section: top themes, movers, fixes with their verdict, and Enter
/// to look at a theme in the Signals pane.
@Suite struct ReviewSignalsTests {
  @Test func theReviewShowsTheTopThemesTheMoversAndTheFixesWithTheirEffect() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w")], &state)
    let lines = WorkbenchFixture.screen(state).split(separator: "\n").map(String.init)
    let heading = lines.firstIndex { $0.contains("CUSTOMER SIGNALS · 2026-W46 · 264 contacts") }
    let decisions = lines.firstIndex { $0.contains("DECISIONS") }
    #expect(heading != nil && decisions != nil && heading! < decisions!)
    #expect(lines.contains { $0.contains("Top") && $0.contains("Cannot reach a person from chat") && $0.contains("81") })
    #expect(lines.contains { $0.contains("Moved") && $0.contains("Questions about our invoice") && $0.contains("↓2") })
    // The sync fix worked; the chatbot fix did not: below the follow-ups, they come into view at the end.
    WorkbenchFixture.press([.character("G")], &state)
    let end = WorkbenchFixture.screen(state).split(separator: "\n").map(String.init)
    #expect(end.contains { $0.contains("Accounting sync errors") && $0.contains("fell 56%") })
    #expect(end.contains { $0.contains("Cannot reach a person from chat") && $0.contains("rose 25%") })
  }

  @Test func enterOnAThemeShowsItInTheSignalsPaneAndTheReviewWaits() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("w"), .character("G")], &state)
    // With no decisions this week, the last row is the last fix that landed.
    let session = try #require(state.review)
    #expect(session.selected(in: state.workspace) == .signal(.fix, "cannot-reach-a-person"))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.review == nil)
    #expect(state.pane == .signals)
    #expect(state.signalsPane.selection == "cannot-reach-a-person")
    WorkbenchFixture.press([.character("w")], &state)
    #expect(state.review == session)
  }

  @Test func aWorkspaceWithoutThemesHasNoSignalsSection() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.workspace.signalThemes = []
    WorkbenchFixture.press([.character("w")], &state)
    #expect(!WorkbenchFixture.screen(state).contains("CUSTOMER SIGNALS"))
  }
}
