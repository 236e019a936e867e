/// `pillars.json`: the five pillars.
public enum PillarsDocumentKind: SingleFileKind {
  public typealias File = PillarsDocument

  public static let kind = DocumentKind("pillars", layout: .file("pillars.json"), order: 1, definition: PillarsDocumentKind.self)

  public static func fallback(folderName: String) -> PillarsDocument { PillarsDocument() }

  public static func entities(in document: PillarsDocument) -> [DocumentEntity] {
    document.pillars.enumerated().flatMap { p, pillar in
      [DocumentEntity("pillar", id: pillar.id.rawValue, at: ["pillars", .index(p)])]
        + pillar.actions.enumerated().map { a, action in
          DocumentEntity("action", id: "\(pillar.id.rawValue)/\(action.id)", at: ["pillars", .index(p), "actions", .index(a)])
        }
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("pillars", of: "pillar", within: [.list("actions", of: "action", prefixedByOwner: true)])] }

  public static func check(_ context: inout CheckContext) {
    Checks.validatePillars(&context)
    Checks.lintPillars(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.pillars.pillars.map { pillar in
      WorkspaceSearch.Entry(.pillar(pillar.id), "Pillar · \(pillar.id.title)",
        [pillar.id.title, pillar.owner, pillar.summary, pillar.notes] + pillar.actions.flatMap { [$0.text, $0.owner] })
    }
  }
}

extension DocumentKind {
  public static var pillars: DocumentKind { PillarsDocumentKind.kind }
}

extension DocumentRef {
  public static var pillars: DocumentRef { PillarsDocumentKind.document }
}

extension Workspace {
  public var pillars: PillarsDocument {
    get { self[PillarsDocumentKind.self] }
    _modify { yield &self[PillarsDocumentKind.self] }
  }
}
