/// `promise.json`: the promise, how it was built, its proof metrics and history.
public enum PromiseKind: SingleFileKind {
  public typealias File = PromiseDocument

  public static let kind = DocumentKind("promise", layout: .file("promise.json"), order: 2, definition: PromiseKind.self)

  public static func fallback(folderName: String) -> PromiseDocument { PromiseDocument() }

  /// The promise has no items with ids of its own: its proof metrics are the scorecard's.
  public static func entities(in promise: PromiseDocument) -> [DocumentEntity] { [] }

  public static var entityShapes: [EntityShape]? { [] }

  public static func check(_ context: inout CheckContext) {
    Checks.validatePromise(&context)
    Checks.lintPromise(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    let promise = workspace.promise
    return [
      WorkspaceSearch.Entry(.promise, "Promise",
        [promise.sentence, promise.builder.need, promise.builder.benefit, promise.builder.alternative]
          + promise.history.map(\.sentence))
    ]
  }
}

extension DocumentKind {
  public static var promise: DocumentKind { PromiseKind.kind }
}

extension DocumentRef {
  public static var promise: DocumentRef { PromiseKind.document }
}

extension Workspace {
  public var promise: PromiseDocument {
    get { self[PromiseKind.self] }
    _modify { yield &self[PromiseKind.self] }
  }
}
