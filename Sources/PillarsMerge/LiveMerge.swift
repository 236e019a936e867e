import PillarsCore
import PillarsJSON

/// A document merged with its file on disk while it had edits in the screens (a `git pull`,
/// another Pillars or `pillars record` changed the file): the same three-way merge as the git
/// driver, against the version last read or written.
public struct LiveMerge: Equatable, Sendable {
  public var document: DocumentRef
  /// The document as merged, decoded into a workspace: ours for each field in conflict.
  public var workspace: Workspace
  /// The merged tree, where the conflicts are settled once the user has chosen.
  public var tree: JSONValue
  /// What both sides changed differently: the user chooses mine or theirs for each.
  public var conflicts: [MergeConflict]
  /// What came in from the file, in strategy words, for the status line.
  public var incoming: [String]

  public init(document: DocumentRef, workspace: Workspace, tree: JSONValue, conflicts: [MergeConflict], incoming: [String]) {
    self.document = document
    self.workspace = workspace
    self.tree = tree
    self.conflicts = conflicts
    self.incoming = incoming
  }
}
