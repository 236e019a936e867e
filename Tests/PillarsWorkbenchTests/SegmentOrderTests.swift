import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

@Suite struct SegmentOrderTests {
  @Test func rankedByScoreUntilTheTeamChoosesItsOwnOrder() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("5")], &state)
    let ranked = state.workspace.segments.ranked.map(\.id)
    #expect(SegmentsPane.listed(state.segmentsPane, state.workspace).map(\.id) == ranked)
    // K and J do not reorder a ranking; they say how to.
    let before = state.workspace
    #expect(WorkbenchFixture.press([.character("J")], &state).isEmpty)
    #expect(state.workspace == before)
    #expect(state.message?.text.contains("press o") == true)

    WorkbenchFixture.press([.character("o")], &state)
    #expect(state.segmentsPane.inOwnOrder)
    #expect(WorkbenchFixture.screen(state).contains("in your own order"))
    #expect(SegmentsPane.listed(state.segmentsPane, state.workspace).map(\.id) == state.workspace.segments.segments.map(\.id))
  }

  @Test func inTheTeamsOrderKAndJMoveASegmentUndoably() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("5"), .character("o"), .character("g")], &state)
    let original = state.workspace.segments.segments.map(\.id)
    let first = try #require(original.first)
    #expect(state.segmentsPane.selection == first)
    let effects = WorkbenchFixture.press([.character("J")], &state)
    #expect(state.workspace.segments.segments.map(\.id) == [original[1], original[0]] + original.dropFirst(2))
    #expect(effects == [.save(state.workspace, [.segments])])
    #expect(state.segmentsPane.selection == first)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.segments.segments.map(\.id) == original)
  }

  @Test func theRankStaysVisibleInEitherOrder() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("5"), .character("o")], &state)
    let screen = WorkbenchFixture.screen(state)
    // The primary, best-scored segment keeps rank 1 wherever it stands in the list.
    let primary = try #require(state.workspace.segments.primary)
    #expect(screen.contains(" 1  ◆ \(primary.name)"))
  }
}
