import PillarsCore
import PillarsExample
import PillarsJSON
import PillarsMerge
import PillarsStore
import Testing

/// Documents as the store writes them, merged, and read back into a workspace.
enum MergeFixture {
  static let todayText = "2026-11-18"

  static func today() throws -> CalendarDate { try #require(CalendarDate(todayText)) }

  static func example() throws -> Workspace { ExampleWorkspace.make(today: try today()) }

  /// The file the store writes for `document` of `workspace`; empty when it holds no such document.
  static func bytes(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8] {
    func encode<K: DocumentKindDefinition>(_ kind: K.Type) throws -> [UInt8] {
      guard let file = K.file(document, in: workspace) else { return [] }
      return try DocumentCodec.encode(file, kind: K.kind)
    }
    return try encode(document.kind.definition)
  }

  static func tree(_ document: DocumentRef, of workspace: Workspace) throws -> JSONValue {
    try JSONParser.parse(try bytes(document, of: workspace))
  }

  /// The merge of one document of three workspaces, as the git driver makes it.
  static func merge(_ document: DocumentRef, base: Workspace, ours: Workspace, theirs: Workspace) throws -> FileMerge {
    DocumentMerge.merge(
      document, base: try bytes(document, of: base), ours: try bytes(document, of: ours), theirs: try bytes(document, of: theirs))
  }

  /// `workspace` with `document` replaced by what `bytes` holds; nil when the bytes do not decode.
  static func workspace(_ workspace: Workspace, with document: DocumentRef, from bytes: [UInt8]) -> Workspace? {
    func admit<K: DocumentKindDefinition>(_ kind: K.Type) -> Workspace? {
      guard let value = DocumentCodec.decode(K.File.self, from: bytes, document: document).value else { return nil }
      var result = workspace
      K.take(document, from: Workspace(), into: &result)
      guard K.admit(.loaded(value), as: document, into: &result, folderName: "merged") == nil else { return nil }
      return result
    }
    return admit(document.kind.definition)
  }

  static func errors(in workspace: Workspace) throws -> [Finding] {
    Checks.run(workspace, today: try today()).filter { $0.severity == .error }
  }
}
