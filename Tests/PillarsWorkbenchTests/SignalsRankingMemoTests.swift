import PillarsCore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// The ranking the signals pane keeps between keystrokes, and clicks on a ranking scrolled down.
@Suite struct SignalsRankingMemoTests {
  /// The example with `count` more themes, each with contacts in today's week.
  private func state(withThemes count: Int) -> WorkbenchState {
    var state = WorkbenchFixture.state()
    let week = WorkbenchFixture.today.isoWeek
    for number in 0..<count {
      state.workspace.signalThemes.append(
        SignalTheme(id: SignalThemeID("extra-\(number)"), name: "Extra theme \(number)",
          weeks: [WeeklyContacts(week: week, contacts: 1 + number % 3)]))
    }
    return state
  }

  @Test func aRankingKeptBetweenKeystrokesNeverOutlivesTheCountsItCameFrom() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6"), .down, .up], &state)
    #expect(state.signalsPane.ranked.value != nil, "the pane keeps the ranking it drew")
    #expect(WorkbenchFixture.screen(state).contains("3659 contacts in all"))
    // A teammate's import lands: the same frame shows the new counts, not the kept ranking.
    let last = try #require(state.workspace.signalThemes.first?.weeks.indices.last)
    state.workspace.signalThemes[0].weeks[last].contacts += 1000
    #expect(WorkbenchFixture.screen(state).contains("4659 contacts in all"))
    // And the window the user picks is the window ranked.
    WorkbenchFixture.press([.character("W")], &state)
    #expect(WorkbenchFixture.screen(state).contains("last 52 weeks"))
  }

  @Test func aClickOnAScrolledRankingPicksTheThemeOnThatRow() throws {
    var state = state(withThemes: 30)
    WorkbenchFixture.press([.character("6"), .character("G")], &state)
    let lines = WorkbenchFixture.screen(state).components(separatedBy: "\n")
    #expect(!lines.contains { $0.contains("Cannot reach a person from chat") }, "the ranking has scrolled past its top")
    let row = try #require(lines.firstIndex { $0.contains("Extra theme") })
    let name = try #require(lines[row].split(separator: " ", omittingEmptySubsequences: true).dropFirst().prefix(3).joined(separator: " "))
    _ = Workbench.update(&state, .mouseClicked(x: 8, y: row))
    let picked = try #require(state.signalsPane.selection)
    #expect(state.workspace.signalTheme(picked)?.name == name)
  }
}
