import PillarsCore
import PillarsJSON

/// A workspace as read from its folder, with what was wrong in its files.
public struct LoadedWorkspace: Sendable {
  /// The documents; those that failed to load are replaced by empty defaults.
  public var workspace: Workspace
  /// Load-time errors and warnings: syntax, types, missing fields, unknown values, encoding,
  /// newer schema versions, unknown fields, journey files named after another id.
  public var problems: [LocatedFinding]
  /// Documents that failed to load: never to be written over.
  public var unavailable: Set<DocumentRef>
  /// Documents written by a newer Pillars: shown, never rewritten.
  public var readOnly: Set<DocumentRef>
  /// The parsed files, for placing findings.
  var trees: [DocumentRef: JSONValue]

  public init(
    workspace: Workspace, problems: [LocatedFinding] = [], unavailable: Set<DocumentRef> = [],
    readOnly: Set<DocumentRef> = []
  ) {
    self.init(workspace: workspace, problems: problems, unavailable: unavailable, readOnly: readOnly, trees: [:])
  }

  init(
    workspace: Workspace, problems: [LocatedFinding], unavailable: Set<DocumentRef>, readOnly: Set<DocumentRef>,
    trees: [DocumentRef: JSONValue]
  ) {
    self.workspace = workspace
    self.problems = problems
    self.unavailable = unavailable
    self.readOnly = readOnly
    self.trees = trees
  }

  /// Places a check finding at its line and column, using the files as they were read:
  /// at the value its path names, or the deepest value on the way when the path goes
  /// further than the file (a missing field lands on the object that lacks it).
  public func locate(_ finding: Finding) -> LocatedFinding {
    LocatedFinding(finding, at: trees[finding.document]?.location(of: ValuePath(finding.path)))
  }

  /// Whether any load problem is an error.
  public var hasErrors: Bool { problems.contains { $0.finding.severity == .error } }
}
