import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// One document file as read and decoded, before loading decides what to do with it. Holds the
  /// decoded value but neither the file's bytes nor its parsed tree, so reading many files at
  /// once does not hold the workspace in memory twice.
  struct ReadDocument: @unchecked Sendable {
    /// Nil when there is no file.
    var state: DiskState?
    var unreadable: String?
    /// The decoded value, of the document kind's type; nil when unusable.
    var value: Any?
    var problems: [LocatedFinding] = []
    var isNewerSchema = false
    /// Where each member of the top-level object starts, for messages about `id`, `week` or `metric`.
    var topLevel: [String: SourceLocation] = [:]
  }

  /// Reads and decodes one document as the type of its kind.
  func readDocument(_ document: DocumentRef) -> ReadDocument { Self.readDocument(document, in: root) }

  /// The same, for a workspace folder given by its path: what the parallel readers call.
  static func readDocument(_ document: DocumentRef, in root: String) -> ReadDocument {
    document.kind.definition.readFile(document, in: root)
  }

  static func readDocument<T: Codable>(_ document: DocumentRef, in root: String, as type: T.Type) -> ReadDocument {
    guard let stored = document.storedPath, let file = currentFile(root + "/" + stored) else { return ReadDocument() }
    switch file {
    case .unreadable(let reason):
      return ReadDocument(state: DiskState(file), unreadable: reason)
    case .bytes(let bytes):
      let decoded = DocumentCodec.decode(type, from: bytes, document: document)
      var read = ReadDocument(
        state: DiskState(bytes), value: decoded.value, problems: decoded.problems, isNewerSchema: decoded.isNewerSchema)
      if case .object(let members)? = decoded.tree?.content {
        for member in members { read.topLevel[member.key] = member.value.location }
      }
      return read
    }
  }

  /// Reads and decodes the documents on all cores at once; the results come back in the same order.
  func readDocuments(_ documents: [DocumentRef]) -> [ReadDocument] {
    let root = self.root
    return concurrentMap(documents.count, filling: ReadDocument()) { Self.readDocument(documents[$0], in: root) }
  }
}
