import ArgumentParser
import Foundation
import PillarsCore
import PillarsExample
import PillarsStore

/// `pillars generate DIR --size small|large [--seed N]`: a big, valid workspace for measuring.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Create a large generated workspace, for benchmarks and stress tests.",
    discussion: """
      The example company grown large: --size large has 400 metrics with five years of weekly \
      values and 20 journeys of 10 stages and 200 touchpoints each, in many scripts. The same \
      size, seed and day give the same workspace. Refuses a folder that already holds a workspace.
      """
  )

  enum SizeName: String, ExpressibleByArgument, CaseIterable { case small, large }

  @Argument(help: "The folder to create the workspace in.", completion: .directory)
  var directory: String

  @Option(help: "small or large.")
  var size: SizeName = .small

  @Option(help: "The seed of the generator.")
  var seed: UInt64 = 2026

  func run() throws {
    let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    let workspace = LargeWorkspace.make(
      size: size == .large ? .large : .small, today: try Today.date(), seed: seed)
    do {
      _ = try WorkspaceStore.create(at: folder, with: workspace)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    Console.out("Created a \(size.rawValue) generated workspace in \(folder.path)")
  }
}
