import Foundation
import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// `P`: the team says where it stands on the customer-focus ladder, beside what the workspace shows.
@Suite struct CustomerFocusOverlayTests {
  @Test func pShowsTheLadderWithTheTeamsChoiceAndTheEvidence() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("P")], &state)
    // The example's team says enlightened; a decision that chose the customer makes the workspace show natural.
    #expect(state.overlay == .customerFocus(selected: 2))
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("● Enlightened   we stand here  the customer's signal reaches product and leadership"))
    #expect(screen.contains("○ Natural       ◆ shown        the customer's interest is the deciding vote, even when it costs"))
    #expect(screen.contains("· 3 themes of customer signals led to a fix"))
    #expect(screen.contains("· 1 decision chose the customer over a short-term number"))
  }

  @Test func enterSaysWhereTheTeamStandsInTheManifestAndUndoTakesItBack() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("P"), .character("k")], &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.manifest.customerFocus == .transactional)
    #expect(effects.contains { if case .save(_, let documents) = $0 { documents == [.manifest] } else { false } })
    #expect(state.message?.text == "the team stands at Transactional — u to undo")
    WorkbenchFixture.press([.character("P"), .character("j"), .character("j"), .character("j"), .enter], &state)
    #expect(state.workspace.manifest.customerFocus == .natural)
    WorkbenchFixture.press([.character("u"), .character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func readOnlyShowsTheLadderAndWritesNothing() {
    var state = WorkbenchFixture.state(readonly: true)
    let effects = WorkbenchFixture.press([.character("P"), .character("j"), .enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace.manifest.customerFocus == .enlightened)
  }

  @Test func screens() {
    for (width, height) in [(80, 24), (120, 40)] {
      var state = WorkbenchFixture.state(width: width, height: height)
      WorkbenchFixture.press([.character("P")], &state)
      assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "customer-focus-\(width)x\(height)")
    }
  }
}
