/// `assumptions.json`: the assumptions log, one file.
///
/// One file rather than one per assumption: the log is read as a whole (the map of importance
/// against evidence), its entries are a sentence and a few scores, and the merge matches them by
/// id, so two people adding or scoring different assumptions still merge cleanly.
public enum AssumptionsKind: SingleFileKind {
  public typealias File = AssumptionsDocument

  public static let kind = DocumentKind(
    "assumptions", layout: .file("assumptions.json"), order: 9, definition: AssumptionsKind.self)

  public static func fallback(folderName: String) -> AssumptionsDocument { AssumptionsDocument() }

  public static func entities(in document: AssumptionsDocument) -> [DocumentEntity] {
    document.assumptions.enumerated().flatMap { index, assumption in
      [DocumentEntity("assumption", id: assumption.id.rawValue, at: ["assumptions", .index(index)])]
        + assumption.touchpoints.enumerated().map { t, link in
          DocumentEntity("touchpoint-link", id: link.description, at: ["assumptions", .index(index), "touchpoints", .index(t)])
        }
    }
  }

  public static var entityShapes: [EntityShape]? {
    [
      .list(
        "assumptions", of: "assumption",
        within: [.list("touchpoints", of: "touchpoint-link", id: .members(["journey", "touchpoint"]))])
    ]
  }

  public static func check(_ context: inout CheckContext) {
    Checks.checkAssumptions(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.assumptions.assumptions.map { assumption in
      WorkspaceSearch.Entry(.entity(.assumptions, id: assumption.id.rawValue), "Assumption · \(assumption.statement)",
        [assumption.statement, assumption.owner])
    }
  }
}

extension DocumentKind {
  public static var assumptions: DocumentKind { AssumptionsKind.kind }
}

extension DocumentRef {
  public static var assumptions: DocumentRef { AssumptionsKind.document }
}

extension Workspace {
  public var assumptions: AssumptionsDocument {
    get { self[AssumptionsKind.self] }
    _modify { yield &self[AssumptionsKind.self] }
  }
}
