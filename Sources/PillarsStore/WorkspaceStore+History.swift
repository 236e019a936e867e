import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// The metrics whose weekly values a schema 1 `scorecard.json` holds inline, as it was read:
  /// they move to their own files on the next save of the scorecard or of any history.
  func inlineHistories(in scorecard: ReadDocument?) -> Set<MetricID> {
    guard let scorecard = scorecard?.value as? ScorecardDocument else { return [] }
    return Set(scorecard.metrics.filter { !$0.observations.isEmpty }.map(\.id))
  }
}
