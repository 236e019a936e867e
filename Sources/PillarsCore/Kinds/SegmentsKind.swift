/// `segments.json`: who we win with.
public enum SegmentsKind: SingleFileKind {
  public typealias File = SegmentsDocument

  public static let kind = DocumentKind("segments", layout: .file("segments.json"), order: 3, definition: SegmentsKind.self)

  public static func fallback(folderName: String) -> SegmentsDocument { SegmentsDocument() }

  public static func entities(in document: SegmentsDocument) -> [DocumentEntity] {
    document.segments.enumerated().map { index, segment in
      DocumentEntity("segment", id: segment.id.rawValue, at: ["segments", .index(index)])
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("segments", of: "segment")] }

  public static func check(_ context: inout CheckContext) {
    Checks.validateSegments(&context)
    Checks.lintSegments(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.segments.segments.map { segment in
      let map = segment.empathyMap
      return WorkspaceSearch.Entry(.segment(segment.id), "Segment · \(segment.name)",
        [segment.name, segment.description] + segment.painPoints + segment.jobs + segment.phrases + segment.switchingTriggers
          + segment.disqualifiers + map.thinks + map.feels + map.says + map.does)
    }
  }
}

extension DocumentKind {
  public static var segments: DocumentKind { SegmentsKind.kind }
}

extension DocumentRef {
  public static var segments: DocumentRef { SegmentsKind.document }
}

extension Workspace {
  public var segments: SegmentsDocument {
    get { self[SegmentsKind.self] }
    _modify { yield &self[SegmentsKind.self] }
  }
}
