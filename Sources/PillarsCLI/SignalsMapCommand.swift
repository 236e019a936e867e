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
    let store = options.store()
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      if loaded.unavailable.contains(.signalTags) {
        throw CLIError("signal-tags.json could not be loaded; run `pillars check` to see why")
      }
      let mapping: SignalTagMapping
      switch loaded.workspace.mapSignalTag(tag, toTheme: theme) {
      case .failure(let refusal): throw CLIError(refusal.message)
      case .success(let done): mapping = done
      }
      do {
        try store.save(loaded.workspace, only: mapping.changed)
      } catch let error as StoreError {
        throw CLIError(error.description)
      }
      return mapping.sentence(in: loaded.workspace)
    }
    Console.out(message)
  }
}
