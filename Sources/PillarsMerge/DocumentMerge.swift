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
    guard isDocument(merged, of: document.kind) else { return nil }
    return MergeOutcome(merged: merged, conflicts: merger.conflicts)
  }

  /// Whether a merged tree is a document of its kind. The versions' entities are read from their
  /// trees through the shapes their kind declares, without decoding them; the merged result is
  /// decoded once, so a version that was not a document of its kind does not pass unseen.
  static func isDocument(_ merged: JSONValue, of kind: DocumentKind) -> Bool {
    kind.definition.entityShapes == nil || kind.definition.decodes(merged)
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
    // The three versions are parsed and their entities laid out at once, one per core.
    let versions = [base, ours, theirs]
    let read = AtOnce(3) { index -> Version in
      let bytes = versions[index]
      if index == 0 && bytes.isEmpty { return .absent }
      guard let tree = try? JSONParser.parse(bytes) else { return .notOfItsKind }
      let normalized = tree.normalized
      return EntityLayout(normalized, kind: document.kind).map { .read(normalized, $0) } ?? .notOfItsKind
    }
    guard let baseVersion = read.values[0], case .read(let o, let ourLayout)? = read.values[1], case .read(let t, let theirLayout)? = read.values[2]
    else { return unreadable(document, base: base, ours: ours, theirs: theirs) }
    let outcome: MergeOutcome?
    switch baseVersion {
    case .absent: outcome = merge(document, base: (nil, .empty), ours: (o, ourLayout), theirs: (t, theirLayout))
    case .read(let b, let baseLayout): outcome = merge(document, base: (b, baseLayout), ours: (o, ourLayout), theirs: (t, theirLayout))
    case .notOfItsKind: outcome = nil
    }
    guard let outcome else { return unreadable(document, base: base, ours: ours, theirs: theirs) }
    // The merged document is checked and written at once: neither waits for the other.
    let merged = outcome.merged
    let done = AtOnce(2) { index -> [UInt8]? in
      index == 0 ? (isDocument(merged, of: document.kind) ? [] : nil) : try? CanonicalJSONWriter.write(merged)
    }
    guard case .some(.some) = done.values[0], case .some(.some(let bytes)) = done.values[1] else {
      return unreadable(document, base: base, ours: ours, theirs: theirs)
    }
    return FileMerge(bytes: bytes, conflicts: outcome.conflicts)
  }

  /// A version as read: its normalized tree and entities, not JSON or not a document of its kind, or no file.
  enum Version {
    case read(JSONValue, EntityLayout)
    case notOfItsKind
    case absent
  }

  /// Merges three normalized versions whose entities are laid out already.
  static func merge(
    _ document: DocumentRef, base: (JSONValue?, EntityLayout), ours: (JSONValue, EntityLayout), theirs: (JSONValue, EntityLayout)
  ) -> MergeOutcome? {
    let (b, o, t) = (base.0, ours.0, theirs.0)
    if o == t || b == t { return MergeOutcome(merged: o, conflicts: []) }
    if b == o { return MergeOutcome(merged: t, conflicts: []) }
    var merger = DocumentMerger(document: document, base: base.1, ours: ours.1, theirs: theirs.1)
    let merged = merger.merge(base: b, ours: o, theirs: t)
    return MergeOutcome(merged: merged, conflicts: merger.conflicts)
  }

  /// The file keeps our bytes; one conflict keeps the three texts whole. Built only when needed:
  /// turning three large files into text is not free.
  private static func unreadable(_ document: DocumentRef, base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> FileMerge {
    let text = { (bytes: [UInt8]) in JSONValue(.string(String(decoding: bytes, as: UTF8.self))) }
    return FileMerge(bytes: ours, conflicts: [MergeConflict(.unreadable, in: document, base: text(base), ours: text(ours), theirs: text(theirs))])
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
