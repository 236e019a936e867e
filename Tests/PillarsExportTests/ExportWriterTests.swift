import Foundation
import PillarsExport
import Testing

@Suite struct ExportWriterTests {
  /// A fresh folder under the system's temporary folder, removed after the test.
  static func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  static func contents(of folder: URL) throws -> [String: String] {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
      if isFolder.boolValue { continue }
      files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return files
  }

  @Test func writesEveryPageIntoANewFolder() throws {
    try Self.withTemporaryFolder { root in
      let folder = root.appendingPathComponent("export/one-pagers")
      let pages = try ExportFixture.examplePages()
      let written = try ExportWriter.write(pages, to: folder)
      #expect(written.map(\.lastPathComponent) == pages.map(\.fileName))
      let files = try Self.contents(of: folder)
      #expect(files == Dictionary(uniqueKeysWithValues: pages.map { ($0.fileName, $0.markdown) }))
    }
  }

  @Test func aFolderThatCannotBeMadeIsNamedInTheError() throws {
    try Self.withTemporaryFolder { root in
      let file = root.appendingPathComponent("not-a-folder")
      try Data("x".utf8).write(to: file)
      let target = file.appendingPathComponent("sub")
      let error = try #require(throws: ExportWriteError.self) {
        try ExportWriter.write(try ExportFixture.examplePages(), to: target)
      }
      #expect(error.description.contains(target.path))
      #expect(error.description.contains("a part of its path is not a folder"))
      #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }
  }

  @Test func aFailurePartWayLeavesTheEarlierExportWhole() throws {
    try Self.withTemporaryFolder { folder in
      let before = try ExportFixture.examplePages()
      try ExportWriter.write(before, to: folder)
      // Something in the way of one page: a folder where scorecard.md should go.
      let blocker = folder.appendingPathComponent("scorecard.md")
      try FileManager.default.removeItem(at: blocker)
      try FileManager.default.createDirectory(
        at: blocker.appendingPathComponent("keep"), withIntermediateDirectories: true)

      let after = MarkdownExport.pages(
        for: try ExportFixture.example(), today: try ExportFixture.today(), date: try ExportFixture.today())
      let error = try #require(throws: ExportWriteError.self) { try ExportWriter.write(after, to: folder) }
      #expect(error.description.contains(blocker.path))
      #expect(error.description.contains("it is a folder, not a file"))

      let files = try Self.contents(of: folder)
      let failedAt = try #require(after.firstIndex { $0.fileName == "scorecard.md" })
      for (index, page) in before.enumerated() where page.fileName != "scorecard.md" {
        // Pages before the failure are the new ones, the rest the earlier ones; every file is whole.
        #expect(files[page.fileName] == (index < failedAt ? after[index].markdown : page.markdown), "\(page.fileName)")
      }
      #expect(files.keys.allSatisfy { !$0.hasPrefix(".") }, "a temporary file was left behind")
    }
  }

  @Test func pageNamesThatAreNotPlainFileNamesAreRefused() throws {
    try Self.withTemporaryFolder { folder in
      let page = ExportedPage(fileName: "../escape.md", title: "Escape", markdown: "# Escape\n")
      let error = try #require(throws: ExportWriteError.self) { try ExportWriter.write([page], to: folder) }
      #expect(error.description.contains("escape.md"))
      let outside = folder.deletingLastPathComponent().appendingPathComponent("escape.md")
      #expect(!FileManager.default.fileExists(atPath: outside.path))
    }
  }

  @Test func aSymbolicLinkWhereAPageGoesIsReplacedNotFollowed() throws {
    try Self.withTemporaryFolder { root in
      let folder = root.appendingPathComponent("export")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let victim = root.appendingPathComponent("victim.txt")
      try Data("keep me".utf8).write(to: victim)
      let page = folder.appendingPathComponent("strategy.md")
      try FileManager.default.createSymbolicLink(at: page, withDestinationURL: victim)
      let pages = try ExportFixture.examplePages()
      try ExportWriter.write(pages, to: folder)
      #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
      let attributes = try FileManager.default.attributesOfItem(atPath: page.path)
      #expect(attributes[.type] as? FileAttributeType == .typeRegular)
      #expect(try String(contentsOf: page, encoding: .utf8) == pages.first { $0.fileName == "strategy.md" }?.markdown)
    }
  }

  @Test func onlyTheExportsOwnLeftoversAreCleanedUp() throws {
    try Self.withTemporaryFolder { folder in
      let stale = ".strategy.md.pillars-tmp-2147483646-1a"
      let others = [".strategy.md.2147483646.tmp", ".notes.md.tmp-2147483646-1a", "mine.pillars-tmp-2147483646-1"]
      for name in [stale] + others { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
      try ExportWriter.write(try ExportFixture.examplePages(), to: folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(!names.contains(stale))
      #expect(others.allSatisfy(names.contains))
    }
  }
}
