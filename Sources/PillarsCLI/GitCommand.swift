import ArgumentParser
import Foundation
import PillarsStore

/// `pillars git`: working on one workspace as a team, through git.
struct GitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "git",
    abstract: "Make git merge and diff the workspace's documents by meaning.",
    subcommands: [GitSetupCommand.self]
  )
}

/// `pillars git setup`: the attributes (committed) and the driver definitions (this clone's config).
struct GitSetupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "setup",
    abstract: "Route the workspace's documents to the Pillars merge and diff in git.",
    discussion: """
      Writes or updates the workspace's .gitattributes (commit it) so its documents use
      merge=pillars and diff=pillars, and defines the pillars merge driver and diff in this
      repository's config (with --global, in your own git config instead). Git takes drivers from
      config only, so every clone runs this once. Running it again changes nothing.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Flag(help: "Define the driver in your own git config (~/.gitconfig) instead of this repository's.")
  var global = false

  func run() throws {
    let folder = options.folder.path
    guard FileManager.default.fileExists(atPath: folder + "/workspace.json") else {
      throw CLIError("\(folder) is not a workspace (there is no workspace.json); run this in the workspace folder or pass -w DIR")
    }
    guard let top = Git.workTree(containing: folder) else {
      throw CLIError("\(folder) is not inside a git work tree; run `git init` (or clone the team's repository) first")
    }
    let attributesPath = folder + "/.gitattributes"
    let existing = (try? String(contentsOfFile: attributesPath, encoding: .utf8)) ?? ""
    if let updated = GitSetup.updatedAttributes(existing) {
      do { try AtomicFile.write(Array(updated.utf8), to: attributesPath) } catch {
        throw CLIError("cannot write \(error.path): \(error.reason)")
      }
      Console.out("Wrote \(displayPath(attributesPath, top: top)): commit it, so every clone merges the documents by meaning.")
    } else {
      Console.out("\(displayPath(attributesPath, top: top)) already routes the documents to Pillars.")
    }
    try GitSetup.ignoreConflicts(in: folder)
    let command = GitSetup.command()
    let scope = global ? "--global" : "--local"
    var changed = false
    for (key, value) in GitSetup.configuration(command: command) {
      let current = Git.run(["config", scope, "--get", key], in: folder)?.text.trimmingCharacters(in: .newlines)
      guard current != value else { continue }
      guard let result = Git.run(["config", scope, key, value], in: folder), result.status == 0 else {
        throw CLIError("git config \(scope) \(key) failed; is git installed?")
      }
      changed = true
    }
    let place = global ? "your git config" : "this clone's git config"
    Console.out(
      changed
        ? "Defined the pillars merge driver and diff in \(place), calling \(command)."
        : "The pillars merge driver and diff are already defined in \(place).")
  }

  private func displayPath(_ path: String, top: String) -> String {
    let relative = Git.relativePath(of: path, in: top)
    return relative.isEmpty ? path : relative
  }
}
