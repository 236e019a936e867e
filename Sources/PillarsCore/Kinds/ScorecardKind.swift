/// `scorecard.json`: the metrics' definitions. Their weekly values are held on the metrics too but
/// live in files of their own (``HistoryKind``), except in a schema 1 scorecard, read as it is.
public enum ScorecardKind: SingleFileKind {
  public typealias File = ScorecardDocument

  public static let kind = DocumentKind("scorecard", layout: .file("scorecard.json"), order: 4, definition: ScorecardKind.self)

  public static func fallback(folderName: String) -> ScorecardDocument { ScorecardDocument() }

  /// Written in the layout of this build (values in history files), so it says so.
  public static func file(_ document: DocumentRef, in workspace: Workspace) -> ScorecardDocument? {
    var scorecard = workspace.scorecard
    scorecard.schemaVersion = max(scorecard.schemaVersion, SchemaVersion.current)
    return scorecard
  }

  /// The values are the histories' concern: only the definitions decide whether this file changed.
  public static func changedDocuments(in workspace: Workspace, since other: Workspace) -> Set<DocumentRef> {
    workspace.scorecard.definitions == other.scorecard.definitions ? [] : [document]
  }

  /// The definitions come from `other`; each metric keeps this side's values, which the histories
  /// taken after it then replace.
  public static func take(_ document: DocumentRef, from other: Workspace, into workspace: inout Workspace) {
    // The stored values, not those a computed metric works out.
    let kept = Dictionary(
      workspace[ScorecardKind.self].metrics.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
    workspace.scorecard = other[ScorecardKind.self]
    for index in workspace.scorecard.metrics.indices {
      workspace.scorecard.metrics[index].observations = kept[workspace.scorecard.metrics[index].id] ?? []
    }
  }

  /// A schema 1 file still holds each metric's weekly values, matched by week as in a history file.
  public static func entities(in scorecard: ScorecardDocument) -> [DocumentEntity] {
    scorecard.metrics.enumerated().flatMap { m, metric in
      let values = scorecard.schemaVersion < 2 ? metric.observations : []
      return [DocumentEntity("metric", id: metric.id.rawValue, at: ["metrics", .index(m)])]
        + values.enumerated().map { index, observation in
          DocumentEntity(
            "observation", id: "\(metric.id.rawValue)/\(observation.week)", at: ["metrics", .index(m), "observations", .index(index)])
        }
    }
  }

  public static var entityShapes: [EntityShape]? {
    [
      .list(
        "metrics", of: "metric",
        within: [.list("observations", of: "observation", id: .week("week"), prefixedByOwner: true, beforeSchemaVersion: 2)])
    ]
  }

  /// Also judges the values, which are reported in their history files.
  public static func check(_ context: inout CheckContext) {
    Checks.validateScorecard(&context)
    Checks.lintScorecard(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.scorecard.metrics.map { metric in
      WorkspaceSearch.Entry(.metric(metric.id), "Metric · \(metric.name)",
        [metric.name, metric.id.rawValue, metric.owner, metric.description] + metric.observations.compactMap(\.note))
    }
  }
}

extension DocumentKind {
  public static var scorecard: DocumentKind { ScorecardKind.kind }
}

extension DocumentRef {
  public static var scorecard: DocumentRef { ScorecardKind.document }
}

extension Workspace {
  /// The scorecard, its computed metrics holding the values worked out from the workspace as it
  /// is now, so they read, chart and judge like any metric.
  public var scorecard: ScorecardDocument {
    get {
      var scorecard = self[ScorecardKind.self]
      for index in scorecard.metrics.indices {
        if let source = scorecard.metrics[index].source { scorecard.metrics[index].observations = source.observations(from: signalThemes) }
      }
      return scorecard
    }
    _modify { yield &self[ScorecardKind.self] }
  }
}
