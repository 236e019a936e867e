import PillarsCore

/// Moving between panes, and what the journey pane has selected, for the overlays over it.
extension Workbench {
  /// Shows `pane`; each pane keeps its own selection and open item while another is shown.
  static func show(_ pane: Pane, _ state: inout WorkbenchState) {
    state.pane = pane
  }

  static func clamp(_ index: Int, _ count: Int) -> Int { max(0, min(count - 1, index)) }

  // MARK: Selection lookups

  static func selectedJourney(_ state: WorkbenchState) -> Journey? {
    JourneyPane.selectedJourney(state.journeyPane, state.workspace)
  }

  static func selectedStage(_ state: WorkbenchState, in journey: Journey) -> Stage? {
    JourneyPane.selectedStage(state.journeyPane, in: journey)
  }

  static func selectedTouchpoint(_ state: WorkbenchState) -> Touchpoint? {
    JourneyPane.selectedTouchpoint(state.journeyPane, state.workspace)
  }

  /// Metrics in the order the scorecard pane lists them: by layer, then as in the document.
  static func orderedMetrics(_ workspace: Workspace) -> [Metric] {
    ScorecardPane.orderedMetrics(workspace)
  }
}
