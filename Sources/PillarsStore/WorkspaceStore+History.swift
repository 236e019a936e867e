import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// Reads `history/<id>.json` into the values of the metric it belongs to. A file named after no
  /// metric, or naming another metric inside, is reported and protected: never loaded, never removed.
  func loadHistory(_ file: DocumentFile, id: MetricID, into scorecard: inout ScorecardDocument, _ loading: inout Loading) {
    let scorecardLoaded = loading.protections[.scorecard] == nil
    let index = scorecard.metrics.firstIndex { $0.id == id }
    guard Slug.isValid(file.stem), let index else {
      loading.disk[file.document] = currentState(of: file.document)
      loading.protections[file.document] = Protection(reason: .unavailable)
      // With the scorecard unreadable or from a newer Pillars every history file looks orphaned: its error says enough.
      guard scorecardLoaded else { return }
      let reason =
        Slug.isValid(file.stem)
        ? "no metric on the scorecard has the id \"\(file.stem)\", so these values are not loaded; add the metric back, or remove the file"
        : "\"\(file.stem)\" is not a valid metric id, so the file is not loaded; ids use lowercase letters, digits and dashes"
      loading.problems.append(
        LocatedFinding(Finding(.warning, .historyFileName, in: file.document, reason), at: nil))
      return
    }
    let placeholder = historyBytes(of: id, [])
    switch read(MetricHistory.self, file.document, into: &loading) {
    case .absent:
      return
    case .failed:
      scorecard.metrics[index].observations = []
      loading.protections[file.document]?.placeholder = placeholder
    case .loaded(let history, let topLevel) where history.metric != id:
      scorecard.metrics[index].observations = []
      loading.report(
        .historyFileName, in: file.document, at: JSONPath.root / "metric",
        location: topLevel["metric"],
        "these values say they belong to \"\(history.metric)\" but the file is named \(file.stem).json; set \"metric\" to \"\(id)\" or move the file"
      )
      loading.protections[file.document] = Protection(reason: .unavailable, placeholder: placeholder)
    case .loaded(let history, _):
      scorecard.metrics[index].observations = history.observations
      if loading.protections[file.document] != nil {
        loading.protections[file.document]?.placeholder = historyBytes(of: id, history.observations)
      }
    }
  }

  /// The canonical bytes of a metric's history file.
  func historyBytes(of id: MetricID, _ observations: [Observation]) -> [UInt8]? {
    try? DocumentCodec.encode(MetricHistory(metric: id, observations: observations), kind: .history)
  }
}
