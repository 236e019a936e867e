import ArgumentParser
import Foundation
import PillarsCore
import PillarsJSON
import PillarsMerge
import PillarsStore

/// `pillars resolve`: settles the conflicts a merge recorded, from the command line.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Settle the conflicts a git merge left in the workspace's documents.",
    discussion: """
      Without a side or a document, lists the unresolved conflicts with base, ours and theirs.
      --ours or --theirs takes that side's value for every conflict of the documents named (all
      when none is named). A document named without a side is settled as its file now stands:
      edit the file by hand, then run `pillars resolve DOCUMENT`. When all of a document's
      conflicts are settled, `git add` it.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Flag(help: "Take our value (the one the merged file holds).") var ours = false
  @Flag(help: "Take their value.") var theirs = false

  @Argument(help: "Documents to settle, as paths (journeys/onboarding.json).", completion: .file())
  var documents: [String] = []

  func validate() throws {
    if ours && theirs { throw ValidationError("choose one side: --ours or --theirs") }
  }

  func run() throws {
    let store = options.store()
    let records = store.conflicts()
    guard !records.isEmpty else {
      Console.out("No conflicts to resolve.")
      return
    }
    let named = try documents.map { try document(named: $0) }
    if named.isEmpty && !ours && !theirs {
      list(records, store: store)
      return
    }
    let chosen = named.isEmpty ? records.map(\.document) : named
    let choice: ConflictChoice? = ours ? .ours : theirs ? .theirs : nil
    for document in chosen {
      guard records.contains(where: { $0.document == document }) else {
        Console.out("\(document.path): no conflicts to resolve.")
        continue
      }
      let count: Int
      do { count = try store.resolveConflicts(of: document, choosing: choice) } catch let error as StoreError {
        throw CLIError(error.description)
      }
      let how = choice == .ours ? "with ours" : choice == .theirs ? "with theirs" : "as the file stands"
      Console.out("\(document.path): \(plural(count, "conflict")) settled \(how). Now `git add \(gitPath(of: document))`.")
    }
    let left = store.conflicts().reduce(0) { $0 + $1.conflicts.count }
    if left > 0 { Console.out("\(plural(left, "conflict")) left: `pillars resolve` lists them.") }
  }

  private func list(_ records: [ConflictRecord], store: WorkspaceStore) {
    for record in records {
      let tree = FileManager.default.contents(atPath: store.folder.path + "/" + record.document.path)
        .flatMap { try? JSONParser.parse(Array($0)) }
      for conflict in record.conflicts {
        let location = tree.flatMap { ConflictResolution.location(of: conflict, in: $0) }
        let place = location.map { ":\($0.line):\($0.column)" } ?? ""
        Console.out("\(record.document.path)\(place): \(conflict.summary)")
      }
    }
    Console.out("Choose with `pillars resolve --ours|--theirs [DOCUMENT]`, or edit a document and run `pillars resolve DOCUMENT`.")
  }

  /// The document a path names, relative to the current folder or to the workspace.
  private func document(named path: String) throws -> DocumentRef {
    let folder = options.folder.path
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let relative = absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : path
    guard let document = DocumentRef(path: relative) ?? DocumentRef(path: path) else {
      throw CLIError("\(path) is not a document of the workspace in \(folder)")
    }
    return document
  }

  /// The document's path as `git add` takes it from the current folder.
  private func gitPath(of document: DocumentRef) -> String {
    let file = options.folder.appendingPathComponent(document.path).path
    let here = FileManager.default.currentDirectoryPath
    return file.hasPrefix(here + "/") ? String(file.dropFirst(here.count + 1)) : file
  }
}
