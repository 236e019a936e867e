import Foundation
import PillarsCore
import Testing

/// One hostile file: the bytes put in place of one document of the example workspace.
struct HostileDocument: CustomTestStringConvertible, Sendable {
  enum Content: Sendable {
    /// Bytes written as they are.
    case bytes([UInt8])
    /// The example document's bytes, changed.
    case edited(@Sendable ([UInt8]) -> [UInt8])
    /// The example workspace, changed, saved the usual way: valid JSON carrying hostile text.
    case workspace(@Sendable (inout Workspace) -> Void)
  }

  var name: String
  /// The document it replaces, relative to the workspace folder.
  var path: String
  var content: Content
  /// Whether `pillars check` must report an error in the file.
  var isError: Bool

  var testDescription: String { name }
}

extension HostileDocument {
  static func bytes(_ name: String, _ path: String, _ bytes: [UInt8]) -> HostileDocument {
    HostileDocument(name: name, path: path, content: .bytes(bytes), isError: true)
  }

  static func text(_ name: String, _ path: String, _ text: String) -> HostileDocument {
    bytes(name, path, Array(text.utf8))
  }

  static func edited(_ name: String, _ path: String, _ edit: @escaping @Sendable ([UInt8]) -> [UInt8]) -> HostileDocument {
    HostileDocument(name: name, path: path, content: .edited(edit), isError: true)
  }

  /// Valid JSON whose text tries to escape the terminal or the Markdown; `check` may warn but must not fail on it.
  static func text(_ name: String, in path: String, _ change: @escaping @Sendable (inout Workspace) -> Void) -> HostileDocument {
    HostileDocument(name: name, path: path, content: .workspace(change), isError: false)
  }
}
