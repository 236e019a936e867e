/// `charter.json`: the channel charter the team writes, one file: a handful of channels, each a
/// few sentences, matched by channel name when merged.
public enum CharterKind: SingleFileKind {
  public typealias File = CharterDocument

  public static let kind = DocumentKind("charter", layout: .file("charter.json"), order: 13, definition: CharterKind.self)

  public static func fallback(folderName: String) -> CharterDocument { CharterDocument() }

  public static func entities(in document: CharterDocument) -> [DocumentEntity] {
    document.channels.enumerated().map { index, entry in
      DocumentEntity("channel", id: ChannelCharter.key(entry.channel), at: ["channels", .index(index)])
    }
  }

  public static func check(_ context: inout CheckContext) {
    Checks.checkCharter(&context)
  }

  /// Each entry by what the team wrote of its channel; the screens open the charter on it.
  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.charter.channels.filter { !$0.channel.isBlank }.map { entry in
      WorkspaceSearch.Entry(.entity(.charter, id: ChannelCharter.key(entry.channel)), "Channel charter · \(entry.channel.trimmingWhitespace)",
        [entry.channel, entry.goal, entry.owner, entry.serviceStandard, entry.escalation] + entry.guardrails)
    }
  }
}

extension DocumentKind {
  public static var charter: DocumentKind { CharterKind.kind }
}

extension DocumentRef {
  public static var charter: DocumentRef { CharterKind.document }
}

extension Workspace {
  public var charter: CharterDocument {
    get { self[CharterKind.self] }
    _modify { yield &self[CharterKind.self] }
  }
}
