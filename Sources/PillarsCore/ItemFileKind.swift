/// A kind kept in a folder with one file per item, named after the item's key
/// (`journeys/<id>.json`), which the workspace holds as a list ordered by key.
public protocol ItemFileKind: DocumentKindDefinition where File: Equatable {
  /// The key the item's file is named after.
  static func key(of item: File) -> String
  /// The order the workspace keeps items in.
  static func areInOrder(_ item: File, _ other: File) -> Bool
  /// What to report when an item's key is not its file's name.
  static func mismatch(_ item: File, in document: DocumentRef) -> Mismatch
}

extension ItemFileKind {
  public static func areInOrder(_ item: File, _ other: File) -> Bool { key(of: item) < key(of: other) }

  public static func document(for item: File) -> DocumentRef { DocumentRef(kind, key: key(of: item)) }

  public static func documents(in workspace: Workspace) -> [DocumentRef] { workspace[items: Self.self].map(document(for:)) }

  public static func file(_ document: DocumentRef, in workspace: Workspace) -> File? {
    workspace[items: Self.self].first { key(of: $0) == document.key }
  }

  public static func holdsSame(_ workspace: Workspace, _ other: Workspace) -> Bool {
    workspace[items: Self.self] == other[items: Self.self]
  }

  public static func changedDocuments(in workspace: Workspace, since other: Workspace) -> Set<DocumentRef> {
    let mine = Dictionary(workspace[items: Self.self].map { (key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
    let theirs = Dictionary(other[items: Self.self].map { (key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
    return Set(Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }.map { DocumentRef(kind, key: $0) })
  }

  public static func take(_ document: DocumentRef, from other: Workspace, into workspace: inout Workspace) {
    workspace[items: Self.self].removeAll { key(of: $0) == document.key }
    if let item = file(document, in: other) { workspace[items: Self.self].append(item) }
    workspace[items: Self.self].sort(by: areInOrder)
  }

  public static func admit(
    _ file: LoadedFile<File>, as document: DocumentRef, into workspace: inout Workspace, folderName: String
  ) -> Mismatch? {
    guard case .loaded(let item) = file else { return nil }
    guard key(of: item) == document.key else { return mismatch(item, in: document) }
    workspace[items: Self.self].append(item)
    let items = workspace[items: Self.self]
    if items.count > 1, !areInOrder(items[items.count - 2], items[items.count - 1]) {
      workspace[items: Self.self].sort(by: areInOrder)
    }
    return nil
  }
}
