import ArgumentParser
import CursesTerminal
import Foundation
import PillarsCore
import PillarsExample
import PillarsStore
import PillarsWorkbench

/// `pillars open`: the interactive workbench.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the workbench screens on a workspace.",
    discussion: """
      Edits are saved as they are committed, each document atomically. Press ? in the screens
      for the keys, : for the command palette, / to search.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "A theme: dark, light, high-contrast, mono, or a path to a theme file.")
  var theme: String?

  @Flag(help: "Show the workspace without ever writing to it (for showing it in a meeting).")
  var readonly = false

  @Flag(help: "Open a fresh copy of the example workspace in a temporary folder.")
  var example = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let today = try Today.date()
    let folder = example ? try makeExampleCopy(today: today) : options.folder
    let store = WorkspaceStore(folder: folder)
    let loaded = try loadWorkspace(store)
    let choice = ThemeChoice.resolve(
      requested: theme, workspaceSetting: loaded.workspace.manifest.theme,
      noColor: !(environment["NO_COLOR"] ?? "").isEmpty,
      userFolder: environment["XDG_CONFIG_HOME"].map { $0 + "/pillars/themes" }
        ?? environment["HOME"].map { $0 + "/.config/pillars/themes" },
      readFile: { FileManager.default.contents(atPath: $0) })
    var readOnly: [DocumentRef: String] = [:]
    for document in loaded.unavailable {
      readOnly[document] = loaded.problems.first { $0.finding.document == document }?.finding.message ?? "could not be loaded"
    }
    var state = WorkbenchState(
      workspace: loaded.workspace, today: today, location: displayPath(folder), readonly: readonly,
      readOnlyDocuments: readOnly, loadProblems: loaded.problems.map(\.finding), theme: choice.theme)
    if let warning = choice.warning { state.message = .error(warning) }
    do {
      try CursesTerminal.run { terminal in
        WorkbenchRunner(terminal: terminal, store: store, state: state, environment: environment).run()
      }
    } catch let error as TerminalUnavailable {
      throw CLIError(error.description)
    }
    if example { Console.out("The example workspace is in \(folder.path)") }
  }

  private func makeExampleCopy(today: CalendarDate) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("pillars-example-\(getpid())-\(UInt16.random(in: 0...UInt16.max))", isDirectory: true)
    do {
      _ = try WorkspaceStore.create(at: folder, with: ExampleWorkspace.make(today: today))
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    return folder
  }

  /// The folder as the status line shows it: relative to home when it is inside it.
  private func displayPath(_ folder: URL) -> String {
    let path = folder.path
    if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }
}
