import ArgumentParser
import Foundation
import PillarsCore
import PillarsJSON
import PillarsMerge

/// `pillars diff`: what changed in the strategy between two versions in git, in strategy words.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed in the strategy between two versions, in strategy words.",
    discussion: """
      FROM and TO are any revisions git understands; the default compares the last commit (HEAD)
      with the documents as they are now. --since-review starts at the last commit that changed a
      weekly review. With --textconv FILE, prints one document as readable lines: what
      `pillars git setup` has `git diff` and `git log -p` show.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The version to compare from (default: HEAD).") var from: String?
  @Argument(help: "The version to compare to (default: the documents as they are now).") var to: String?

  @Option(help: "text, json or markdown.") var format: Format = .text

  @Flag(help: "Compare from the last commit that changed a weekly review.") var sinceReview = false

  @Option(help: ArgumentHelp("Print one document file as readable lines (for git).", valueName: "file"))
  var textconv: String?

  func validate() throws {
    if sinceReview && to != nil { throw ValidationError("--since-review takes at most one revision, the one to compare to") }
  }

  func run() throws {
    if let textconv { return try outline(textconv) }
    let folder = options.folder.path
    guard FileManager.default.fileExists(atPath: folder + "/workspace.json") else {
      throw CLIError("\(folder) is not a workspace (there is no workspace.json)")
    }
    guard Git.workTree(containing: folder) != nil else {
      throw CLIError("\(folder) is not in a git repository, so there are no versions to compare")
    }
    let (start, end) = try revisions(in: folder)
    let changes = try RevisionReader(folder: folder).changes(from: start, to: end)
    switch format {
    case .text:
      if changes.isEmpty { Console.out("No change to the strategy.") }
      for line in StrategyDiff.lines(changes) { Console.out(line) }
    case .markdown:
      Console.out(changes.isEmpty ? "No change to the strategy." : StrategyDiff.markdown(changes), terminator: "")
    case .json:
      Console.out(try JSONOutput.text(changes.map(Entry.init)))
    }
  }

  private func revisions(in folder: String) throws -> (String, String?) {
    guard sinceReview else { return (from ?? "HEAD", to) }
    guard let commit = RevisionReader(folder: folder).lastReviewCommit() else {
      throw CLIError("no weekly review has been committed yet, so there is no review to start from")
    }
    return (commit, from)
  }

  /// The textconv: one file as an outline; a file that is no document is printed as it is.
  private func outline(_ path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
    guard let tree = try? JSONParser.parse(Array(data)), let kind = DocumentOutline.kind(of: tree) else {
      FileHandle.standardOutput.write(data)
      return
    }
    Console.out(DocumentOutline.text(of: tree, kind: kind), terminator: "")
  }

  /// One change for other programs.
  struct Entry: Encodable {
    var document: String
    var title: String
    var trail: [String]
    var entity: String?
    var entityType: String?
    var name: String?
    var change: String
    var field: String?
    var from: String?
    var to: String?
    var text: String

    init(_ change: StrategyChange) {
      document = change.document.path
      title = change.title
      trail = change.trail
      entity = change.entity?.id
      entityType = change.entity?.type
      name = change.entityName
      text = change.text
      switch change.what {
      case .added: self.change = "added"
      case .removed: self.change = "removed"
      case .moved: self.change = "moved"
      case .values: self.change = "values"
      case .changed(let field, let from, let to):
        self.change = "changed"
        self.field = field.joined(separator: ".")
        self.from = from.map { StrategyWords.value($0, limit: 10_000) }
        self.to = to.map { StrategyWords.value($0, limit: 10_000) }
      }
    }
  }
}
