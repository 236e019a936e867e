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
      values, 20 journeys of 10 stages and 200 touchpoints each, in many scripts, and 200 themes \
      of customer signals over the same weeks; helpdesk-tickets.csv in the folder is a Zendesk-style \
      export of 200,000 tickets tagged with those themes, for `pillars signals import` (small: a \
      tenth of each). The same size, seed and day give the same workspace. Refuses a folder that \
      already holds a workspace.
      """
  )

  enum SizeName: String, ExpressibleByArgument, CaseIterable { case small, large }

  @Argument(help: "The folder to create the workspace in.", completion: .directory)
  var directory: String

  @Option(help: "small or large.")
  var size: SizeName = .small

  /// The helpdesk export written beside the workspace's documents.
  static let ticketFile = "helpdesk-tickets.csv"

  @Option(help: "The seed of the generator.")
  var seed: UInt64 = 2026

  func run() throws {
    let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    let workspace = LargeWorkspace.make(
      size: size == .large ? .large : .small, today: try Today.date(), seed: seed)

    let today = try Today.date()
    let chosen: LargeWorkspace.Size = size == .large ? .large : .small
    do {
      _ = try WorkspaceStore.create(at: folder, with: workspace)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    // A helpdesk export of the generated themes, to try `pillars signals import` on at scale.
    let export = folder.appendingPathComponent(Self.ticketFile)
    guard FileManager.default.createFile(atPath: export.path, contents: nil), let handle = try? FileHandle(forWritingTo: export) else {
      throw CLIError("could not write \(export.path)")
    }
    defer { try? handle.close() }
    try LargeWorkspace.ticketExport(size: chosen, lastWeek: today.isoWeek.adding(weeks: -1), seed: seed) { chunk in
      try handle.write(contentsOf: Data(chunk.utf8))
    }
    Console.out("Created a \(size.rawValue) generated workspace in \(folder.path)")
    Console.out("with a helpdesk export of \(chosen.tickets) tickets: \(Self.ticketFile)")
  }
}
