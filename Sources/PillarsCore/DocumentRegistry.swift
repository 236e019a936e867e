/// The kinds of document a workspace holds, in the order the strategy is told in (the export's
/// pages and search hits follow it); files are loaded and saved in ``DocumentKind/order``.
public struct DocumentRegistry: Equatable, Sendable {
  /// In the order the strategy is told in.
  public let kinds: [DocumentKind]
  /// The same kinds in the order of their files: what loading, saving and findings follow.
  public let fileOrder: [DocumentKind]

  public init(_ kinds: [DocumentKind]) {
    self.kinds = kinds
    fileOrder = kinds.sorted { $0.order < $1.order }
  }

  /// The kinds of this build.
  public static let standard = DocumentRegistry([
    ManifestKind.kind, PillarsDocumentKind.kind, PromiseKind.kind, SegmentsKind.kind, JourneyKind.kind,
    CharterKind.kind, ScorecardKind.kind, HistoryKind.kind, ReviewKind.kind, CheckpointKind.kind,
    SignalThemeKind.kind, SignalTagsKind.kind, ExperimentKind.kind, AssumptionsKind.kind,
  ])

  /// These kinds and another, told after them: how a kind outside this build is registered.
  public func adding(_ kind: DocumentKind) -> DocumentRegistry {
    DocumentRegistry(kinds.filter { $0 != kind } + [kind])
  }

  /// The kinds kept one file per item, in file order.
  public var folderKinds: [DocumentKind] { fileOrder.filter { $0.folder != nil } }

  /// The documents of the kinds kept in one file, in file order.
  public var singleFileDocuments: [DocumentRef] { fileOrder.filter { $0.folder == nil }.map { DocumentRef($0) } }
}
