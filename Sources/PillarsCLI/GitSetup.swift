import Foundation
import PillarsCore
import PillarsStore

/// What `pillars git setup` installs: the committed `.gitattributes` lines that route the
/// workspace's documents to the Pillars merge and diff, and the driver definitions, which git
/// takes from config only, so each clone installs them once.
enum GitSetup {
  static let attributes = "merge=pillars diff=pillars"

  /// One line per kind of document, relative to the workspace folder (where `.gitattributes` lives).
  static func attributeLines(kinds: DocumentRegistry = .standard) -> [String] {
    kinds.fileOrder.map { kind in
      switch kind.layout {
      case .file(let name): "/\(name) \(attributes)"
      case .folder(let folder, _): "/\(folder)/*.json \(attributes)"
      }
    }
  }

  /// `text` with the lines it lacks added at the end, or nil when it has them all.
  static func updatedAttributes(_ text: String, kinds: DocumentRegistry = .standard) -> String? {
    let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
    let missing = attributeLines(kinds: kinds).filter { !present.contains($0) }
    guard !missing.isEmpty else { return nil }
    var updated = text
    if !updated.isEmpty && !updated.hasSuffix("\n") { updated += "\n" }
    if !present.contains(header) { updated += (updated.isEmpty ? "" : "\n") + header + "\n" }
    return updated + missing.joined(separator: "\n") + "\n"
  }

  static let header = "# Pillars documents merge and diff by meaning; each clone runs `pillars git setup` once."

  /// The driver definitions, naming Pillars as `command`.
  static func configuration(command: String) -> [(key: String, value: String)] {
    [
      ("merge.pillars.name", "Pillars: strategy documents merged by meaning"),
      ("merge.pillars.driver", "\(command) merge-driver %O %A %B %P"),
      ("diff.pillars.textconv", "\(command) diff --textconv"),
    ]
  }

  /// How git should call this Pillars: plainly `pillars` when that name on `PATH` is this very
  /// program (an upgrade then needs no new setup), else its absolute path, quoted for the shell.
  static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let running = runningExecutable()
    for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pillars")
      guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
      // The first `pillars` on PATH is the one git's shell would run.
      return candidate.resolvingSymlinksInPath().path == running ? "pillars" : quoted(running)
    }
    return quoted(running)
  }

  static func runningExecutable() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// A path as one word for the shell git runs the driver with.
  static func quoted(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Keeps the conflicts a merge records out of version control, in an existing `.pillars/.gitignore`.
  static func ignoreConflicts(in folder: String) throws {
    let path = folder + "/.pillars/.gitignore"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    guard !lines.contains("conflicts/") else { return }
    var updated = text
    if !updated.isEmpty && !updated.hasSuffix("\n") { updated += "\n" }
    do {
      try AtomicFile.makeFolder(folder + "/.pillars")
      try AtomicFile.write(Array((updated + "conflicts/\n").utf8), to: path)
    } catch {
      throw CLIError("cannot write \(error.path): \(error.reason)")
    }
  }
}
