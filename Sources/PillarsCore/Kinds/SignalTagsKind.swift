/// `signal-tags.json`: which helpdesk tags count for which theme of customer signals.
public enum SignalTagsKind: SingleFileKind {
  public typealias File = SignalTagMap

  public static let kind = DocumentKind("signal-tags", layout: .file("signal-tags.json"), order: 11, definition: SignalTagsKind.self)

  public static func fallback(folderName: String) -> SignalTagMap { SignalTagMap() }

  public static func entities(in map: SignalTagMap) -> [DocumentEntity] {
    map.tags.keys.sorted().map { DocumentEntity("tag", id: $0, at: ["tags", .key($0)]) }
  }

  public static var entityShapes: [EntityShape]? { [.keyed("tags", of: "tag")] }

  public static func check(_ context: inout CheckContext) {
    Checks.validateTagMap(&context)
  }
}

extension DocumentKind {
  public static var signalTags: DocumentKind { SignalTagsKind.kind }
}

extension DocumentRef {
  public static var signalTags: DocumentRef { SignalTagsKind.document }
}

extension Workspace {
  public var signalTags: SignalTagMap {
    get { self[SignalTagsKind.self] }
    _modify { yield &self[SignalTagsKind.self] }
  }
}
