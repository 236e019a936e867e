import PillarsCore

/// The customer-signals section of the review's agenda.
extension ReviewSession {
  /// What the section shows for the week under review.
  public func signals(in workspace: Workspace) -> SignalsWeek {
    SignalsWeek(workspace, reviewWeek: week)
  }

  /// The section's rows: the top themes, the movers, then the fixes that landed.
  func signalItems(in workspace: Workspace) -> [Item] {
    guard !workspace.signalThemes.isEmpty else { return [] }
    let signals = signals(in: workspace)
    return signals.top.map { .signal(.top, $0.theme) } + signals.movers.map { .signal(.mover, $0.theme) }
      + signals.fixes.map { .signal(.fix, $0.theme) }
  }
}

extension Workbench {
  /// Enter on a theme of the review: the Signals pane with the theme picked; the review waits, as
  /// it does for any pane, and w comes back to it.
  static func showSignalTheme(_ theme: SignalThemeID, from session: ReviewSession, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    state.parkedReview = session
    state.review = nil
    show(SignalsPane.pane, &state)
    _ = send(SignalsPane.self, .pickedTheme(theme), &state)
    state.message = .info("the review of \(session.week) waits: w comes back to it")
    return []
  }
}
