import PillarsCore

/// The weekly review: the meeting view over the scorecard and its `Review` document.
extension Workbench {
  static func openReview(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.message = .info("the weekly review opens here")
    return []
  }
}
