/// A kind kept in one file, which the workspace holds as one value (`promise.json`).
public protocol SingleFileKind: DocumentKindDefinition where File: Equatable {
  /// What the workspace holds when the file is missing or cannot be used.
  static func fallback(folderName: String) -> File
}

extension SingleFileKind {
  public static var document: DocumentRef { DocumentRef(kind) }

  public static func documents(in workspace: Workspace) -> [DocumentRef] { [document] }

  public static func file(_ document: DocumentRef, in workspace: Workspace) -> File? { workspace[Self.self] }

  public static func holdsSame(_ workspace: Workspace, _ other: Workspace) -> Bool { workspace[Self.self] == other[Self.self] }

  public static func changedDocuments(in workspace: Workspace, since other: Workspace) -> Set<DocumentRef> {
    holdsSame(workspace, other) ? [] : [document]
  }

  public static func take(_ document: DocumentRef, from other: Workspace, into workspace: inout Workspace) {
    workspace[Self.self] = other[Self.self]
  }

  public static func admit(
    _ file: LoadedFile<File>, as document: DocumentRef, into workspace: inout Workspace, folderName: String
  ) -> Mismatch? {
    if case .loaded(let value) = file {
      workspace[Self.self] = value
    } else {
      workspace[Self.self] = fallback(folderName: folderName)
    }
    return nil
  }
}
