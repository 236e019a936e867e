import PillarsCore
import PillarsJSON
import PillarsMerge

/// A document edited in the screens that changed on disk meanwhile, merged three ways against
/// the version this store last read or wrote (``lastVersions``), so only true conflicts are asked.
extension WorkspaceStore {
  /// Merges what `ours` holds for `document` with its file as it is now; nil when that cannot be
  /// done by meaning (the file is gone, unreadable, not a document of its kind, or no earlier
  /// version was kept), so the user chooses the whole document instead.
  public func mergeWithDisk(_ document: DocumentRef, ours: Workspace) -> LiveMerge? {
    guard let kept = lastVersions, let path = try? path(of: document), case .bytes(let disk)? = Self.currentFile(path),
      let theirs = try? JSONParser.parse(disk), let ourBytes = try? document.kind.definition.encode(document, of: ours),
      let ourTree = try? JSONParser.parse(ourBytes)
    else { return nil }
    // A document the base did not hold was added on both sides: no base.
    let baseTree = (try? document.kind.definition.encode(document, of: kept)).flatMap { try? JSONParser.parse($0) }
    guard let outcome = DocumentMerge.merge(document, base: baseTree, ours: ourTree, theirs: theirs) else { return nil }
    return decoded(document, outcome.merged, conflicts: outcome.conflicts, ours: ours, ourTree: ourTree)
  }

  /// The merge with each conflict settled as chosen (in the order of `merge.conflicts`); nil
  /// when the result is not a document of its kind.
  public func settle(_ merge: LiveMerge, choosing choices: [ConflictChoice], ours: Workspace) -> LiveMerge? {
    var tree = merge.tree
    for (conflict, choice) in zip(merge.conflicts, choices) where choice != .ours {
      tree = ConflictResolution.resolve(conflict, choosing: choice, in: tree) ?? tree
    }
    guard let ourBytes = try? document(merge.document, of: ours), let ourTree = try? JSONParser.parse(ourBytes) else { return nil }
    return decoded(merge.document, tree, conflicts: [], ours: ours, ourTree: ourTree)
  }

  private func document(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8] {
    guard let bytes = try document.kind.definition.encode(document, of: workspace) else { throw StoreError.invalidFileName(document) }
    return bytes
  }

  private func decoded(_ document: DocumentRef, _ tree: JSONValue, conflicts: [MergeConflict], ours: Workspace, ourTree: JSONValue) -> LiveMerge? {
    guard let bytes = try? CanonicalJSONWriter.write(tree),
      let workspace = document.kind.definition.taking(document, from: bytes, into: ours, folderName: Disk.fileName(of: root))
    else { return nil }
    let incoming = StrategyDiff.lines(StrategyDiff.compare(before: [document: ourTree], after: [document: tree]))
    return LiveMerge(document: document, workspace: workspace, tree: tree, conflicts: conflicts, incoming: incoming)
  }
}
