import ArgumentParser

/// `pillars open`: the interactive workbench.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the workbench screens on a workspace."
  )

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    throw CLIError("the workbench screens are not built yet; use `pillars check` and `pillars scorecard` meanwhile")
  }
}
