import PillarsCore
import Testing

@testable import PillarsWorkbench

/// A save held up by another Pillars process: said in the status line, then replaced by the news
/// that it was saved.
@Suite struct SaveWaitingTests {
  @Test func aWaitingSaveIsShownThenSaidToBeDone() {
    var state = WorkbenchFixture.state(width: 120, height: 30)
    _ = Workbench.update(&state, .saveWaiting([.pillars], holder: "`pillars import` (process 42, for 3 s)"))
    #expect(state.unsaved == [.pillars])
    #expect(WorkbenchFixture.screen(state).contains("waiting to save: `pillars import` (process 42, for 3 s) holds"))
    _ = Workbench.update(&state, .saveSucceeded([.pillars]))
    #expect(state.unsaved.isEmpty)
    #expect(state.message == .info("saved pillars.json"))
  }
}
