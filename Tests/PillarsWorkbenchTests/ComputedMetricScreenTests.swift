import PillarsCore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// A metric computed from the customer signals, on the screens: its values are shown and judged
/// like any metric's, and none can be entered.
@Suite struct ComputedMetricScreenTests {
  static func state() -> WorkbenchState {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.workspace.scorecard.metrics.insert(
      Metric(id: "fixed-at-the-root", name: "Fixed at the root", layer: .outcome, target: 2, warning: 1, source: .fixedThisQuarter), at: 0)
    return state
  }

  @Test func theReviewShowsItsValueAndRefusesToEnterOne() throws {
    var state = Self.state()
    let before = state.workspace
    // l goes past the decisions to follow up, to the first metric.
    WorkbenchFixture.press([.character("w"), .character("l")], &state)
    #expect(state.review?.selected(in: state.workspace) == .metric("fixed-at-the-root"))
    // The signals are counted through 2026-W46; the example's two fixes landed in 2026-W39, the
    // quarter before, so there were none this quarter by then.
    let row = WorkbenchFixture.screen(state).split(separator: "\n").first { $0.contains("Fixed at the root") }
    #expect(row?.contains("0          — not counted") == true, "\(row ?? "")")
    let effects = WorkbenchFixture.press([.character("e")], &state)
    #expect(effects.isEmpty)
    #expect(state.overlay == nil)
    #expect(state.message?.text.hasPrefix("Fixed at the root is computed from the customer signals (signals.fixed-this-quarter") == true)
    #expect(state.workspace == before)
  }

  @Test func theOpenedMetricSaysWhereItsValuesComeFrom() {
    var state = Self.state()
    WorkbenchFixture.press([.character("4"), .character("g"), .enter], &state)
    #expect(state.scorecardPane.selection == "fixed-at-the-root")
    #expect(WorkbenchFixture.screen(state).contains("Values        computed: recurring issues fixed"))
  }
}
