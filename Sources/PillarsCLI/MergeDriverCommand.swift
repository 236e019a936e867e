import ArgumentParser
import Foundation
import PillarsCore
import PillarsMerge
import PillarsStore

/// `pillars merge-driver %O %A %B %P`: what git runs to merge a strategy document (set up by
/// `pillars git setup`). Writes the merged, valid document into %A; on conflict keeps our value
/// in the file, records base, ours and theirs under `.pillars/conflicts/`, and exits 1 so git
/// marks the path as conflicted.
struct MergeDriverCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-driver",
    abstract: "Merge three versions of a strategy document (git runs this; see `pillars git setup`).",
    shouldDisplay: false
  )

  @Argument(help: "The common ancestor's version (%O).") var base: String
  @Argument(help: "Our version, replaced by the merge (%A).") var ours: String
  @Argument(help: "Their version (%B).") var theirs: String
  @Argument(help: "The document's path in the repository (%P).") var path: String

  func run() throws { try Self.merge(base: base, ours: ours, theirs: theirs, path: path) }

  /// The driver as git runs it, `pillars merge-driver %O %A %B %P`, read without the argument
  /// parser: building its model of every command was a tenth of the driver's time. Nil for any
  /// other command line (options, help), which the parser reads.
  static func direct(_ arguments: [String]) -> (base: String, ours: String, theirs: String, path: String)? {
    guard arguments.count == 6, arguments[1] == configuration.commandName, !arguments.dropFirst(2).contains(where: { $0.hasPrefix("-") })
    else { return nil }
    return (arguments[2], arguments[3], arguments[4], arguments[5])
  }

  static func merge(base: String, ours: String, theirs: String, path: String) throws {
    guard let (workspace, document) = Self.locate(path) else {
      // Not a document Pillars knows (a file named after no valid id): git's own line merge.
      let result = Git.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs], in: ".")
      throw ExitCode(result?.status == 0 ? 0 : 1)
    }
    let read = { (file: String) throws -> [UInt8] in
      guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
      return Array(data)
    }
    let merge = DocumentMerge.merge(document, base: try read(base), ours: try read(ours), theirs: try read(theirs))
    guard FileManager.default.createFile(atPath: ours, contents: Data(merge.bytes)) else {
      throw CLIError("cannot write the merged \(path) to \(ours)")
    }
    guard !merge.conflicts.isEmpty else { return }
    let store = WorkspaceStore(folder: workspace)
    try store.recordConflicts(ConflictRecord(document: document, conflicts: merge.conflicts))
    Console.err("\(path): \(plural(merge.conflicts.count, "conflict")) the merge could not decide; the file holds ours, valid:")
    for conflict in merge.conflicts { Console.err("  " + conflict.summary) }
    Console.err("Choose with `pillars resolve --ours|--theirs \(document.path)` (or edit and run `pillars resolve \(document.path)`), then `git add` it.")
    throw ExitCode(1)
  }

  /// The workspace folder that holds the repository path `path` (the nearest folder up from it
  /// with a `workspace.json`, relative to where git runs the driver: the work tree's top), and
  /// the document it names.
  static func locate(_ path: String) -> (URL, DocumentRef)? {
    var parts = path.split(separator: "/").map(String.init)
    var inside: [String] = []
    while let last = parts.popLast() {
      inside.insert(last, at: 0)
      let folder = parts.isEmpty ? "." : parts.joined(separator: "/")
      guard FileManager.default.fileExists(atPath: folder + "/workspace.json"),
        let document = DocumentRef(path: inside.joined(separator: "/"))
      else { continue }
      return (URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL, document)
    }
    return nil
  }
}
