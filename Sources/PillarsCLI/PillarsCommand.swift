import ArgumentParser

/// `pillars`: the command line of the customer-strategy workbench.
public struct PillarsCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "pillars",
    abstract: "A terminal workbench for customer strategy.",
    discussion: """
      A workspace is a folder of JSON documents: the five pillars, the promise, the segments,
      the journey maps and the scorecard. Run `pillars init DIR --example` to see one.
      """,
    version: PillarsVersion.current,
    subcommands: [
      InitCommand.self, CheckCommand.self, ScorecardCommand.self, RecordCommand.self, ImportCommand.self, ExportCommand.self,
      OpenCommand.self, ReviewCommand.self, GenerateCommand.self,
    ]
  )

  public init() {}
}

public enum PillarsVersion {
  public static let current = "0.1.0"
}
