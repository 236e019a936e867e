import PillarsCore

extension EditTarget {
  /// Why the field cannot be opened: a value or note of a computed metric, which is worked out
  /// from the customer signals and never recorded; nil for every other field.
  func computedRefusal(in workspace: Workspace) -> String? {
    guard case .observation(let m, _, _) = self else { return nil }
    return workspace.scorecard[m]?.computedRefusal
  }
}
