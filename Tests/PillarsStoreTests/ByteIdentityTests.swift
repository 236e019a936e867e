import Foundation
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

/// Saving what was loaded changes no byte, and writing it anew gives the same files: the
/// example and a generated workspace, every kind of document among them.
@Suite("Byte-identical load and save")
struct ByteIdentityTests {
  static let today = CalendarDate("2026-11-18")

  @Test("the example and a small generated workspace load and save byte-identically", arguments: ["example", "generated"])
  func loadAndSave(_ which: String) throws {
    let today = try #require(Self.today)
    let workspace =
      which == "example"
      ? ExampleWorkspace.make(today: today) : LargeWorkspace.make(size: .small, today: today)
    let folder = try TemporaryFolder()
    try WorkspaceStore.create(at: folder.url, with: workspace)
    let files = try Self.files(in: folder)
    #expect(Set(files.keys).isSuperset(of: workspace.documentRefs.map(\.path)))

    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    #expect(loaded.problems.isEmpty)
    #expect(loaded.workspace == workspace)
    #expect(loaded.workspace.changedDocuments(since: workspace).isEmpty)
    #expect(try store.save(loaded.workspace) == [])
    #expect(try store.save(loaded.workspace, only: Set(loaded.workspace.documentRefs)) == [])
    #expect(try Self.files(in: folder) == files)

    let again = try TemporaryFolder()
    try WorkspaceStore.create(at: again.url, with: loaded.workspace)
    #expect(try Self.files(in: again) == files)
  }

  /// Every file of the folder by its path, `.pillars/` included.
  static func files(in folder: TemporaryFolder) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.path(path), isDirectory: &isFolder), !isFolder.boolValue,
        !path.hasSuffix("lock")
      {
        files[path] = try folder.bytes(path)
      }
    }
    return files
  }
}
