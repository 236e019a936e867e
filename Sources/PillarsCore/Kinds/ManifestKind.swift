/// `workspace.json`: what the workspace is and the team's settings.
public enum ManifestKind: SingleFileKind {
  public typealias File = WorkspaceManifest

  public static let kind = DocumentKind("workspace", layout: .file("workspace.json"), order: 0, definition: ManifestKind.self)

  public static func fallback(folderName: String) -> WorkspaceManifest { WorkspaceManifest(name: folderName) }

  public static func entities(in manifest: WorkspaceManifest) -> [DocumentEntity] { [] }

  public static var entityShapes: [EntityShape]? { [] }

  public static func check(_ context: inout CheckContext) { Checks.validateManifest(&context) }
}

extension DocumentKind {
  public static var manifest: DocumentKind { ManifestKind.kind }
}

extension DocumentRef {
  public static var manifest: DocumentRef { ManifestKind.document }
}

extension Workspace {
  public var manifest: WorkspaceManifest {
    get { self[ManifestKind.self] }
    _modify { yield &self[ManifestKind.self] }
  }
}
