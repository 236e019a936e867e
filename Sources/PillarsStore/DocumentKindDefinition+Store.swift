import PillarsCore
import PillarsJSON

/// How the store reads, takes in and writes the documents of any kind.
extension DocumentKindDefinition {
  /// Reads and decodes one file of this kind, without keeping its bytes or tree.
  static func readFile(_ document: DocumentRef, in root: String) -> WorkspaceStore.ReadDocument {
    WorkspaceStore.readDocument(document, in: root, as: File.self)
  }

  /// The canonical bytes of what `workspace` holds for the document; nil when it holds nothing.
  static func encode(_ document: DocumentRef, of workspace: Workspace) throws(JSONDiagnostic) -> [UInt8]? {
    guard let file = file(document, in: workspace) else { return nil }
    return try DocumentCodec.encode(file, kind: kind)
  }

  /// Takes one listed document in: refused before it is read, read ahead or now, then admitted
  /// into the workspace or reported where it does not belong. Only its fingerprint stays in the store.
  static func load(
    _ document: DocumentRef, into workspace: inout Workspace, _ loading: inout WorkspaceStore.Loading,
    from store: WorkspaceStore, folderName: String
  ) {
    let protections = loading.protections
    if let refusal = refusal(of: document, in: workspace, isLoaded: { protections[$0] == nil }) {
      loading.disk[document] = store.currentState(of: document)
      loading.protections[document] = Protection(reason: .unavailable)
      if let finding = refusal.finding { loading.problems.append(LocatedFinding(finding, at: nil)) }
      return
    }
    switch store.read(File.self, document, into: &loading) {
    case .absent:
      _ = admit(.absent, as: document, into: &workspace, folderName: folderName)
    case .failed:
      _ = admit(.failed, as: document, into: &workspace, folderName: folderName)
    case .loaded(let file, let topLevel):
      guard let mismatch = admit(.loaded(file), as: document, into: &workspace, folderName: folderName) else { return }
      loading.problems.append(LocatedFinding(mismatch.finding, at: topLevel[mismatch.member]))
      loading.protections[document] = Protection(reason: .unavailable)
    }
  }
}

extension DocumentKindDefinition {
  /// `workspace` with the document as `bytes` hold it; nil when they are not a usable document
  /// of this kind that belongs in its file.
  static func taking(_ document: DocumentRef, from bytes: [UInt8], into workspace: Workspace, folderName: String) -> Workspace? {
    let decoded = DocumentCodec.decode(File.self, from: bytes, document: document)
    guard let file = decoded.value, !decoded.isNewerSchema else { return nil }
    var result = workspace.replacing([document], from: Workspace(registry: workspace.registry))
    guard admit(.loaded(file), as: document, into: &result, folderName: folderName) == nil else { return nil }
    return result
  }
}
