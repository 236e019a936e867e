import Foundation
import Testing

/// `E` hands the terminal to a real editor (vim, nano, vi) and takes it back: the text typed
/// there is on screen and on disk, and nothing the editor or the terminal said reaches the
/// screens as keys.
@Suite(.serialized) struct ExternalEditorEndToEndTests {
  /// A workspace and a home folder (for the editor's own files), removed afterwards.
  final class Trial {
    let folder: URL
    let home: URL
    let tmux: TmuxSession

    init() throws {
      folder = try Pillars.exampleWorkspace()
      home = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-e2e-home-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
      tmux = try TmuxSession(environment: ["HOME": home.path])
    }

    deinit {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: home)
    }

    /// Opens the workspace with `editor` as $EDITOR (nil: neither $EDITOR nor $VISUAL set) and
    /// presses E on the notes of the first pillar; returns once `editorShows` is on screen.
    func editFirstPillarsNotes(with editor: String?, editorShows: String) throws {
      let environment = editor.map { "env -u VISUAL EDITOR=\($0)" } ?? "env -u VISUAL -u EDITOR"
      try tmux.run("\(environment) \(Pillars.binary) open -w \(folder.path)")
      try tmux.waitFor("The five pillars")
      try tmux.press("Enter")
      try tmux.waitFor("Esc: back to the board")
      try tmux.press("j", "j", "j", "E")
      try tmux.waitFor(editorShows)
    }

    /// After the editor has closed: the notes are saved, the same pillar is still open, and no
    /// key arrived that nobody pressed. `shown` is how the notes begin on screen.
    func expectNotesSaved(_ notes: String, shown: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
      let saved = try tmux.waitFor("saved pillars.json")
      #expect(saved.contains(" Notes     \(shown)"), sourceLocation: sourceLocation)
      let data = try Data(contentsOf: folder.appendingPathComponent("pillars.json"))
      let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let pillars = try #require(document["pillars"] as? [[String: Any]])
      #expect(pillars.first?["notes"] as? String == notes, sourceLocation: sourceLocation)
      // Keys are read in order: once this one is answered, anything sent before it was read too.
      try tmux.press("z")
      let screens = try tmux.screens(until: "z does nothing here")
      let last = try #require(screens.last)
      #expect(last.contains(" 1 · Know your customers   (Esc: back to the board)"), sourceLocation: sourceLocation)
      #expect(last.contains(" Notes     \(shown)"), sourceLocation: sourceLocation)
      for screen in screens {
        #expect(!screen.contains("reloaded"), sourceLocation: sourceLocation)
        #expect(!screen.contains("changed on disk"), sourceLocation: sourceLocation)
        let strayKey = screen.contains("does nothing here") && !screen.contains("z does nothing here")
        #expect(!strayKey, "a key nobody pressed:\n\(screen)", sourceLocation: sourceLocation)
      }
      try tmux.press("q")
      try tmux.run("echo back-$((20+3))")
      try tmux.waitFor("back-23")
    }
  }

  @Test func vimWritesTheNotes() throws {
    let trial = try Trial()
    try trial.editFirstPillarsNotes(with: "vim", editorShows: "text.md")
    try trial.tmux.press("g", "g", "d", "G", "i")
    try trial.tmux.type("Written in vim.")
    try trial.tmux.press("Escape")
    try trial.tmux.type(":wq")
    try trial.tmux.press("Enter")
    try trial.expectNotesSaved("Written in vim.", shown: "Written in vim.")
  }

  @Test func nanoWritesTheNotes() throws {
    let trial = try Trial()
    let before = try #require(try Self.firstNotes(in: trial.folder))
    try trial.editFirstPillarsNotes(with: "nano", editorShows: "GNU nano")
    // nano starts at the top of the file: the words go before the notes already there.
    try trial.tmux.type("Written in nano. ")
    try trial.tmux.press("C-o")
    try trial.tmux.waitFor("File Name to Write")
    try trial.tmux.press("Enter")
    try trial.tmux.waitFor("Wrote")
    try trial.tmux.press("C-x")
    try trial.expectNotesSaved("Written in nano. " + before, shown: "Written in nano. " + before.prefix(20))
  }

  @Test func withNoEditorSetViIsUsed() throws {
    let trial = try Trial()
    try trial.editFirstPillarsNotes(with: nil, editorShows: "text.md")
    try trial.tmux.press("g", "g", "d", "G", "i")
    try trial.tmux.type("Written in vi.")
    try trial.tmux.press("Escape")
    try trial.tmux.type(":wq")
    try trial.tmux.press("Enter")
    try trial.expectNotesSaved("Written in vi.", shown: "Written in vi.")
  }

  private static func firstNotes(in folder: URL) throws -> String? {
    let data = try Data(contentsOf: folder.appendingPathComponent("pillars.json"))
    let document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return (document?["pillars"] as? [[String: Any]])?.first?["notes"] as? String
  }
}
