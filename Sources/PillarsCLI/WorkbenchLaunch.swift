import CursesTerminal
import Foundation
import PillarsCore
import PillarsStore
import PillarsWorkbench

/// Loads a workspace and runs the workbench screens on it until the user quits.
enum WorkbenchLaunch {
  /// `opening` are what the user asked for on the command line (for example the review of a
  /// week): the run loop sends them to `update` before the first frame.
  static func run(
    folder: URL, theme: String?, charts: ChartDots? = nil, readonly: Bool, today: CalendarDate,
    opening: [WorkbenchAction] = []
  ) throws {
    let environment = ProcessInfo.processInfo.environment
    GitSetupHint.noteIfNeeded(folder: folder)
    let store = WorkspaceStore(folder: folder)
    // The screens merge their edits with files changed on disk against the version last read.
    store.keepsLastVersions = true
    let loaded = try loadWorkspace(store)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let choice = ThemeChoice.resolve(
      requested: theme, workspaceSetting: loaded.workspace.manifest.theme, noColor: noColor,
      userFolder: environment["XDG_CONFIG_HOME"].map { $0 + "/pillars/themes" }
        ?? environment["HOME"].map { $0 + "/.config/pillars/themes" },
      readFile: { FileManager.default.contents(atPath: $0) })
    var readOnly: [DocumentRef: String] = [:]
    for document in loaded.unavailable {
      readOnly[document] = loaded.problems.first { $0.finding.document == document }?.finding.message ?? "could not be loaded"
    }
    var state = WorkbenchState(
      workspace: loaded.workspace, today: today, location: displayPath(folder), readonly: readonly,
      readOnlyDocuments: readOnly, loadProblems: loaded.problems.map(\.finding), theme: choice.theme,
      checkingAfterFirstFrame: true)
    state.chartGlyphs = (charts ?? loaded.workspace.manifest.charts) == .blocks ? .blocks : .braille
    state.themeFixed = theme != nil || noColor
    state.chartsFixed = charts != nil
    if let notice = loaded.notices.first { state.message = .info(notice) }
    if let warning = choice.warning { state.message = .error(warning) }
    do {
      try CursesTerminal.run { terminal in
        WorkbenchRunner(terminal: terminal, store: store, state: state, environment: environment).run(opening: opening)
      }
    } catch let error as TerminalUnavailable {
      throw CLIError(error.description)
    }
  }

  /// The folder as the status line shows it: relative to home when it is inside it.
  static func displayPath(_ folder: URL) -> String {
    let path = folder.path
    if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }
}
