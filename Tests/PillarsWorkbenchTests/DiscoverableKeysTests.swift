import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Keys a newcomer finds without reading a manual: the key bar, `?` filtered by typing, and an
/// empty pane naming the key that adds its first item.
@Suite struct DiscoverableKeysTests {
  @Test func theKeyBarNamesWhatMattersInThePaneAndMode() {
    var state = WorkbenchFixture.state(width: 120, height: 30)
    let bar = { (state: WorkbenchState) in String(WorkbenchFixture.screen(state).split(separator: "\n", omittingEmptySubsequences: false)[state.height - 2]) }
    #expect(bar(state).contains("Enter open") && bar(state).contains("? keys") && bar(state).contains(": commands"))
    WorkbenchFixture.press([.character("3")], &state)
    #expect(bar(state).contains("e edit cell") && bar(state).contains("f friction") && bar(state).contains("] journey"))
    WorkbenchFixture.press([.character("4"), .enter], &state)
    #expect(bar(state).contains("d remove week") && bar(state).contains("Esc list"))
    WorkbenchFixture.press([.down, .character("e")], &state)
    #expect(bar(state).contains("Enter set") && bar(state).contains("Esc cancel"))
    WorkbenchFixture.press([.escape, .escape, .character("w")], &state)
    #expect(bar(state).contains("s stop") && bar(state).contains("Esc leave"))
  }

  @Test func theKeyBarCanBeTurnedOffFromThePalette() {
    var state = WorkbenchFixture.state()
    #expect(Command.all.contains(.toggleKeyBar))
    let withBar = Workbench.contentArea(state).height
    _ = Workbench.update(&state, .commandChosen(.toggleKeyBar))
    #expect(!state.showsKeyBar)
    #expect(Workbench.contentArea(state).height == withBar + 1)
    #expect(!WorkbenchFixture.screen(state).contains("? keys"))
  }

  @Test func helpFiltersAsYouType() {
    var state = WorkbenchFixture.state(width: 120, height: 50)
    WorkbenchFixture.press([.character("?"), .character("/")], &state)
    WorkbenchFixture.type("journey", &state)
    guard case .help(_, let filter?) = state.overlay else {
      Issue.record("no filter")
      return
    }
    #expect(filter.text == "journey")
    let lines = HelpText.lines(pane: state.pane, matching: "journey").filter { !$0.isHeading }
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.text.lowercased().contains("journey") })
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Next journey") && !screen.contains("Undo"))
    // Esc brings every key back; a key matches by its name too.
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == .help(scroll: 0))
    #expect(HelpText.lines(matching: "u").contains { $0.text == "Undo" })
  }

  @Test func anEmptyPaneNamesTheKeyThatAddsTheFirstItem() {
    var state = WorkbenchState(workspace: Workspace(), today: WorkbenchFixture.today, location: "~/new", width: 120, height: 30)
    WorkbenchFixture.press([.character("3")], &state)
    #expect(WorkbenchFixture.screen(state).contains("N makes the first"))
    WorkbenchFixture.press([.character("4")], &state)
    #expect(WorkbenchFixture.screen(state).contains("a adds the first"))
    WorkbenchFixture.press([.character("5")], &state)
    #expect(WorkbenchFixture.screen(state).contains("a adds the first"))
  }
}
