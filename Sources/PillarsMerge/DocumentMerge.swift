import PillarsCore
import PillarsJSON

/// The three-way merge of one document: pure, no git and no files, so the git merge driver and
/// the screens (a document changed on disk while edited) share it.
///
/// Entities are matched by the stable ids their kind declares (``DocumentKindDefinition/entities(in:)``),
/// never by position; a kind merges by declaring its entities, with no merge code of its own.
public enum DocumentMerge {
  /// Merges three versions of `document`'s JSON tree; `base` is nil when both sides added the
  /// document. Nil when a version is not a document of its kind (it does not decode, or a newer
  /// Pillars wrote it), so its entities are unknown.
  public static func merge(_ document: DocumentRef, base: JSONValue?, ours: JSONValue, theirs: JSONValue) -> MergeOutcome? {
    let (b, o, t) = (base?.normalized, ours.normalized, theirs.normalized)
    if o == t || b == t { return MergeOutcome(merged: o, conflicts: []) }
    if b == o { return MergeOutcome(merged: t, conflicts: []) }
    let baseLayout: EntityLayout?
    if let b { baseLayout = EntityLayout(b, kind: document.kind) } else { baseLayout = .empty }
    guard let baseLayout, let ourLayout = EntityLayout(o, kind: document.kind), let theirLayout = EntityLayout(t, kind: document.kind)
    else { return nil }
    var merger = DocumentMerger(document: document, base: baseLayout, ours: ourLayout, theirs: theirLayout)
    let merged = merger.merge(base: b, ours: o, theirs: t)
    return MergeOutcome(merged: merged, conflicts: merger.conflicts)
  }

  /// Merges three versions of a document's file. The result is written with the canonical
  /// writer, byte for byte what the store writes; when the three are identical where it matters,
  /// the file is one side's bytes unchanged. An empty `base` means both sides added the file.
  ///
  /// A version that is not valid JSON, or not a document of its kind, cannot be merged by
  /// meaning: the file keeps our bytes and one ``MergeConflict/Kind/unreadable`` conflict keeps all three texts.
  public static func merge(_ document: DocumentRef, base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> FileMerge {
    if theirs == base || theirs == ours { return FileMerge(bytes: ours, conflicts: []) }
    if ours == base { return FileMerge(bytes: theirs, conflicts: []) }
    let unreadable = FileMerge(
      bytes: ours,
      conflicts: [
        MergeConflict(
          .unreadable, in: document, base: JSONValue(.string(String(decoding: base, as: UTF8.self))),
          ours: JSONValue(.string(String(decoding: ours, as: UTF8.self))), theirs: JSONValue(.string(String(decoding: theirs, as: UTF8.self))))
      ])
    let baseTree: JSONValue?
    if base.isEmpty {
      baseTree = nil
    } else {
      guard let tree = try? JSONParser.parse(base) else { return unreadable }
      baseTree = tree
    }
    guard let ourTree = try? JSONParser.parse(ours), let theirTree = try? JSONParser.parse(theirs),
      let outcome = merge(document, base: baseTree, ours: ourTree, theirs: theirTree),
      let bytes = try? CanonicalJSONWriter.write(outcome.merged)
    else { return unreadable }
    return FileMerge(bytes: bytes, conflicts: outcome.conflicts)
  }
}

/// A merged document's tree and what did not merge.
public struct MergeOutcome: Sendable {
  /// Valid, and a document of its kind wherever the sides were: each conflicting field holds our
  /// value, an entity deleted on one side and changed on the other is kept.
  public var merged: JSONValue
  public var conflicts: [MergeConflict]
}

/// A merged file's bytes and what did not merge.
public struct FileMerge: Sendable {
  public var bytes: [UInt8]
  public var conflicts: [MergeConflict]
}
