/// `history/<metric-id>.json`: one metric's weekly values. Derived from the scorecard: the
/// workspace holds the values on the metrics, and a history document exists for each metric.
public enum HistoryKind: DocumentKindDefinition {
  public typealias File = MetricHistory

  public static let kind = DocumentKind(
    "history", layout: .folder("history", keys: .id), order: 5, definition: HistoryKind.self)

  public static var unreadableFolderConsequence: String { "no metric's weekly values are loaded" }
  public static var folderReportedIn: DocumentRef { .scorecard }

  /// The metric a history document belongs to.
  public static func metric(of document: DocumentRef) -> MetricID? {
    document.kind == kind ? document.key.map { MetricID($0) } : nil
  }

  /// Computed metrics have no history: their values are never stored.
  public static func documents(in workspace: Workspace) -> [DocumentRef] {
    workspace.scorecard.metrics.filter { $0.source == nil }.map { .history($0.id) }
  }

  public static func file(_ document: DocumentRef, in workspace: Workspace) -> MetricHistory? {
    metric(of: document).flatMap { workspace.history(of: $0) }
  }

  /// The values are compared with the scorecard they are held in.
  public static func holdsSame(_ workspace: Workspace, _ other: Workspace) -> Bool { true }

  public static func changedDocuments(in workspace: Workspace, since other: Workspace) -> Set<DocumentRef> {
    // A metric computed on either side has no stored values to compare: turning a metric into a
    // computed one leaves its history file as it is, and turning it back finds its values again.
    let computed = Set((workspace.scorecard.metrics + other.scorecard.metrics).filter { $0.source != nil }.map(\.id))
    let mine = Dictionary(
      workspace.scorecard.metrics.filter { !computed.contains($0.id) }.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
    let theirs = Dictionary(
      other.scorecard.metrics.filter { !computed.contains($0.id) }.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
    return Set(Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }.map { DocumentRef.history($0) })
  }

  public static func take(_ document: DocumentRef, from other: Workspace, into workspace: inout Workspace) {
    guard let id = metric(of: document), let index = workspace.scorecard.metrics.firstIndex(where: { $0.id == id }) else { return }
    workspace.scorecard.metrics[index].observations = other[ScorecardKind.self][id]?.observations ?? []
  }

  /// A file named after no metric, or after no valid id, is reported and never loaded or removed.
  public static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal? {
    let stem = document.key ?? ""
    guard !Slug.isValid(stem) || workspace.scorecard[MetricID(stem)] == nil else { return nil }
    // With the scorecard unreadable or from a newer Pillars every history file looks orphaned: its error says enough.
    guard isLoaded(.scorecard) else { return Refusal(nil) }
    let reason =
      Slug.isValid(stem)
      ? "no metric on the scorecard has the id \"\(stem)\", so these values are not loaded; add the metric back, or remove the file"
      : "\"\(stem)\" is not a valid metric id, so the file is not loaded; ids use lowercase letters, digits and dashes"
    return Refusal(Finding(.warning, .historyFileName, in: document, reason))
  }

  /// Puts the values on their metric. Values of an unusable file, or one naming another metric,
  /// are not shown: the file is left as it is.
  public static func admit(
    _ file: LoadedFile<MetricHistory>, as document: DocumentRef, into workspace: inout Workspace, folderName: String
  ) -> Mismatch? {
    guard let id = metric(of: document), let index = workspace.scorecard.metrics.firstIndex(where: { $0.id == id }) else { return nil }
    switch file {
    case .absent:
      return nil
    case .failed:
      workspace.scorecard.metrics[index].observations = []
      return nil
    case .loaded(let history) where history.metric != id:
      workspace.scorecard.metrics[index].observations = []
      return Mismatch(
        Finding(
          .error, .historyFileName, in: document, at: JSONPath.root / "metric",
          "these values say they belong to \"\(history.metric)\" but the file is named \(id).json; set \"metric\" to \"\(id)\" or move the file"
        ), at: "metric")
    case .loaded(let history):
      workspace.scorecard.metrics[index].observations = history.observations
      return nil
    }
  }

  public static func entities(in history: MetricHistory) -> [DocumentEntity] {
    history.observations.enumerated().map { index, observation in
      DocumentEntity("observation", id: observation.week.description, at: ["observations", .index(index)])
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("observations", of: "observation", id: .week("week"))] }
}

extension DocumentKind {
  public static var history: DocumentKind { HistoryKind.kind }
}

extension DocumentRef {
  /// The weekly values of one metric, kept apart from its definition on the scorecard.
  public static func history(_ id: MetricID) -> DocumentRef { DocumentRef(HistoryKind.kind, key: id.rawValue) }
}

extension Workspace {
  /// The weekly values of a metric on the scorecard, as its history document holds them.
  public func history(of id: MetricID) -> MetricHistory? {
    // The stored values: a computed metric's worked-out ones are never written.
    self[ScorecardKind.self][id].map { MetricHistory(metric: id, observations: $0.observations) }
  }
}
