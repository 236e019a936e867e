import ArgumentParser
import PillarsCore
import PillarsStore

/// `pillars signals map TAG THEME`: from now on the tag counts for the theme.
struct SignalsMapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Map a helpdesk tag to a theme (by its id or name; a new name adds the theme).",
    discussion: "The counts already imported do not move: import the export again to count the tag's tickets."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The tag, as the helpdesk writes it.")
  var tag: String

  @Argument(help: "The theme's id or name.")
  var theme: String

  func run() throws {
    let key = SignalTagMap.normalise(tag)
    guard !key.isEmpty, !key.contains(where: { $0.isNewline || $0 == "," }) else {
      throw CLIError("a tag is one word or phrase without commas or line breaks")
    }
    let store = options.store()
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      if loaded.unavailable.contains(.signalTags) {
        throw CLIError("signal-tags.json could not be loaded; run `pillars check` to see why")
      }
      var changed: Set<DocumentRef> = [.signalTags]
      let wanted = theme.trimmingWhitespace
      var said = ""
      let id: SignalThemeID
      if let found = loaded.workspace.signalThemes.first(where: { $0.id.rawValue == wanted || $0.name.lowercased() == wanted.lowercased() }) {
        id = found.id
      } else {
        guard !wanted.isEmpty else { throw CLIError("name the theme") }
        id = SignalThemeID.make(from: wanted, avoiding: loaded.workspace.signalThemes.map(\.id))
        loaded.workspace.signalThemes.append(SignalTheme(id: id, name: wanted))
        loaded.workspace.signalThemes.sort { $0.id < $1.id }
        changed.insert(.signalTheme(id))
        said = " (a new theme)"
      }
      loaded.workspace.signalTags.tags[key] = id
      let tickets = loaded.workspace.signalTags.unmapped.removeValue(forKey: key)
      do {
        try store.save(loaded.workspace, only: changed)
      } catch let error as StoreError {
        throw CLIError(error.description)
      }
      let name = loaded.workspace.signalTheme(id)?.name ?? id.rawValue
      let again = tickets.map { "; import the export again to count its \(plural($0, "ticket"))" } ?? ""
      return "The tag \(key) now counts for \(name)\(said)\(again)"
    }
    Console.out(message)
  }
}
