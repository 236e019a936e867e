import ArgumentParser
import Foundation

/// `pillars`: the command line of the customer-strategy workbench.
public struct PillarsCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "pillars",
    abstract: "A terminal workbench for customer strategy.",
    discussion: """
      A workspace is a folder of JSON documents: the five pillars, the promise, the segments, \
      the journey maps and the scorecard. Run `pillars init DIR --example` to see one.
      """,
    version: PillarsVersion.current,
    subcommands: [
      InitCommand.self, CheckCommand.self, ScorecardCommand.self, RecordCommand.self, ImportCommand.self, ExportCommand.self,
      OpenCommand.self, ReviewCommand.self, GenerateCommand.self, DiffCommand.self, ResolveCommand.self, GitCommand.self,
      MergeDriverCommand.self, SignalsCommand.self,
    ]
  )

  public init() {}

  /// Runs the command line. Every message, the argument parser's own errors included (they
  /// quote the arguments), reaches the terminal through ``Console``, made inert.
  public static func main() {
    do {
      if let driver = MergeDriverCommand.direct(CommandLine.arguments) {
        return try MergeDriverCommand.merge(base: driver.base, ours: driver.ours, theirs: driver.theirs, path: driver.path)
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let message = fullMessage(for: error)
      let code = exitCode(for: error)
      if !message.isEmpty {
        if code == .success { Console.out(message) } else { Console.err(message) }
      }
      Foundation.exit(code.rawValue)
    }
  }
}

public enum PillarsVersion {
  public static let current = "0.1.0"
}
