import PillarsCore
@testable import PillarsExport

/// `fieldnotes/<id>.json`: what someone heard from a customer, one note per file. A kind of
/// document that exists only in the tests: everything it needs is in this file.
struct FieldNote: Codable, Equatable, Sendable {
  var schemaVersion = SchemaVersion.current
  var id: String
  var text: String
}

enum FieldNoteKind: ItemFileKind {
  typealias File = FieldNote

  static let kind = DocumentKind(
    "field-note", layout: .folder("fieldnotes", keys: .id), order: 8, definition: FieldNoteKind.self)

  static func key(of note: FieldNote) -> String { note.id }

  static func mismatch(_ note: FieldNote, in document: DocumentRef) -> Mismatch {
    Mismatch(
      Finding(
        .error, .invalidDocument, in: document, at: ["id"],
        "the note's id is \"\(note.id)\" but its file is named \(document.key ?? "").json"), at: "id")
  }

  static func entities(in note: FieldNote) -> [DocumentEntity] { [DocumentEntity("field-note", id: note.id, at: .root)] }

  static func check(_ context: inout CheckContext) {
    for note in context.workspace[items: FieldNoteKind.self] where note.text.isBlank {
      let document = document(for: note)
      guard context.isAvailable(document) else { continue }
      context.error(.emptyName, document, ["text"], "a field note needs a text")
    }
  }

  static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace[items: FieldNoteKind.self].map { note in
      WorkspaceSearch.Entry(.entity(document(for: note), id: note.id), "Field note · \(note.id)", [note.text])
    }
  }
}

extension FieldNoteKind: ExportingKind {
  static func pages(for workspace: Workspace) -> [PageKind] {
    [
      PageKind(.fixed("field-notes"), title: "Field notes", purpose: "what customers told us") { document, context in
        document.bullets(context.workspace[items: FieldNoteKind.self].map { "\($0.text)" })
      }
    ]
  }
}
