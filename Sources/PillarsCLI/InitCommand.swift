import ArgumentParser
import Foundation
import PillarsCore
import PillarsExample
import PillarsStore

/// `pillars init DIR [--example] [--name NAME]`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace: empty but valid, or a copy of the example company.",
    discussion: "Refuses to touch a folder that already holds a workspace."
  )

  @Argument(help: "The folder to create the workspace in.", completion: .directory)
  var directory: String

  @Flag(help: "Fill the workspace with the example company, its history ending last week.")
  var example = false

  @Option(help: "The workspace's name (default: the folder's name, or the example company's).")
  var name: String?

  func run() throws {
    let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    let today = try Today.date()
    var workspace: Workspace
    if example {
      workspace = ExampleWorkspace.make(lastWeek: today.isoWeek.adding(weeks: -1), today: today)
      if let name { workspace.manifest.name = name }
    } else {
      let chosen = name ?? folder.lastPathComponent
      guard !chosen.isBlank else { throw CLIError("give the workspace a name with --name") }
      workspace = .empty(name: chosen)
    }
    do {
      _ = try WorkspaceStore.create(at: folder, with: workspace)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    Console.out("Created workspace \"\(Console.inert(workspace.manifest.name))\" in \(folder.path)")
    Console.out("Next: pillars open -w \(shellQuoted(folder.path))   or   pillars check -w \(shellQuoted(folder.path))")
  }
}

/// A path as it can be pasted into a shell.
func shellQuoted(_ path: String) -> String {
  let safe = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+:,@".unicodeScalars.contains($0)) }
  return safe ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
}
