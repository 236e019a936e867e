import Foundation
import Glibc
import PillarsCore
@testable import PillarsExport
import PillarsStore
import Testing

/// The recipe for a new kind of document, proved on one declared only in the tests (FieldNoteKind.swift).
@Suite("A kind of document declared outside the sources")
struct FieldNoteKindTests {
  let kinds = DocumentRegistry.standard.adding(FieldNoteKind.kind)

  @Test("loads, saves byte-identically, is watched, is checked at file:line:column, is searched and exports a page")
  func worksLikeEveryKind() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var workspace = Workspace(registry: kinds)
    workspace.manifest = WorkspaceManifest(name: "Field")
    workspace[items: FieldNoteKind.self] = [FieldNote(id: "first-call", text: "They want a callback.")]
    try WorkspaceStore.create(at: folder, with: workspace)
    let first = folder.appendingPathComponent("fieldnotes/first-call.json")
    let written = try Data(contentsOf: first)
    #expect(
      String(decoding: written, as: UTF8.self)
        == "{\n  \"$schema\": \"../.pillars/schema/field-note.schema.json\",\n  \"id\": \"first-call\",\n  \"schemaVersion\": 2,\n  \"text\": \"They want a callback.\"\n}\n"
    )

    // Loaded as it was saved; saving it again writes nothing and changes no byte.
    let store = WorkspaceStore(folder: folder, kinds: kinds)
    let loaded = try store.load()
    #expect(loaded.problems.isEmpty)
    #expect(loaded.workspace == workspace)
    #expect(try store.save(loaded.workspace) == [])
    #expect(try Data(contentsOf: first) == written)
    #expect(store.documentsChangedOnDisk().isEmpty)

    // A note written by hand is seen on disk, reloaded, and its empty text found at its line and column.
    let quiet = DocumentRef(FieldNoteKind.kind, key: "quiet-week")
    try Data("{\"schemaVersion\": 2,\n \"id\": \"quiet-week\",\n \"text\": \" \"}\n".utf8)
      .write(to: folder.appendingPathComponent(quiet.path))
    #expect(store.documentsChangedOnDisk() == [quiet])
    let reloaded = try store.reload([quiet])
    #expect(reloaded.workspace[items: FieldNoteKind.self].map(\.id) == ["first-call", "quiet-week"])
    let today = try #require(CalendarDate("2026-02-18"))
    let findings = Checks.run(reloaded.workspace, today: today).filter { $0.document.kind == FieldNoteKind.kind }
    #expect(reloaded.locate(findings).map(\.rendered) == ["fieldnotes/quiet-week.json:3:10: error: text: a field note needs a text"])
    #expect(FieldNoteKind.entities(of: quiet, in: reloaded.workspace) == [DocumentEntity("field-note", id: "quiet-week", at: .root)])
    #expect(WorkspaceSearch.run("callback", in: reloaded.workspace).map(\.target) == [.entity(DocumentRef(FieldNoteKind.kind, key: "first-call"), id: "first-call")])

    // Its page comes after the built-in ones and the index lists it.
    let pages = MarkdownExport.pages(for: reloaded.workspace, today: today)
    let page = try #require(pages.first { $0.fileName == "field-notes.md" })
    #expect(page.markdown == "# Field notes\n\n- They want a callback.\n- \n")
    #expect(pages.last?.markdown.contains("[Field notes](field-notes.md): what customers told us") == true)

    // A change writes only its file, canonically; a note deleted in Pillars has its file removed.
    var edited = reloaded.workspace
    edited[items: FieldNoteKind.self][1].text = "Nobody called."
    #expect(try store.save(edited) == [quiet])
    #expect(try String(contentsOf: folder.appendingPathComponent(quiet.path), encoding: .utf8).hasPrefix("{\n  \"$schema\""))
    edited[items: FieldNoteKind.self].removeAll { $0.id == "quiet-week" }
    #expect(try store.save(edited) == [quiet])
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(quiet.path).path))
    #expect(try Data(contentsOf: first) == written)
  }

  @Test("a workspace made without the kind leaves its files alone")
  func unknownKindIsLeftAlone() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var workspace = Workspace(registry: kinds)
    workspace.manifest = WorkspaceManifest(name: "Field")
    workspace[items: FieldNoteKind.self] = [FieldNote(id: "first-call", text: "They want a callback.")]
    try WorkspaceStore.create(at: folder, with: workspace)
    let store = WorkspaceStore(folder: folder)
    let loaded = try store.load()
    #expect(try store.save(loaded.workspace) == [])
    // Nor does a store that knows the kind remove its files for a workspace made without it.
    let knowing = WorkspaceStore(folder: folder, kinds: kinds)
    _ = try knowing.load()
    #expect(try knowing.save(loaded.workspace) == [])
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("fieldnotes/first-call.json").path))
  }

  static func temporaryFolder() throws -> URL {
    var template = Array((NSTemporaryDirectory() + "/pillars-kind-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
    return URL(fileURLWithPath: String(cString: made), isDirectory: true)
  }
}
