import ArgumentParser

/// `pillars review`: the weekly scorecard review.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Run the weekly scorecard review."
  )

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    throw CLIError("the weekly review screen is not built yet; use `pillars scorecard` and `pillars record` meanwhile")
  }
}
