import PillarsCore
import PillarsJSON

/// What to keep for a conflict: our value, theirs, or a value someone wrote.
public enum ConflictChoice: Hashable, Sendable {
  case ours
  case theirs
  /// A value written by hand; for an entity, its whole element.
  case value(JSONValue)
}

/// Settling conflicts in a document as it is now: the entity is found by its id wherever it sits
/// (the document may have been edited since the merge), never by the position it had.
public enum ConflictResolution {
  /// Where the conflict sits in `tree`: the field, or the entity when the field is gone; nil when
  /// the entity is gone or `tree` is not a document of its kind.
  public static func path(of conflict: MergeConflict, in tree: JSONValue) -> JSONPath? {
    guard conflict.kind != .unreadable else { return .root }
    let normalized = tree.normalized
    guard let entityPath = entityPath(of: conflict, in: normalized) else { return nil }
    let field = ValuePath(entityPath.components + conflict.field.map { .key($0) })
    return JSONPath(normalized.deepestValue(along: field).path)
  }

  /// What a version of the document holds at the conflict's field (the entity's element when the
  /// conflict is about the entity): nil when it holds nothing there. How the screens show a side,
  /// and how a test checks that no side was lost.
  public static func value(of conflict: MergeConflict, in tree: JSONValue) -> JSONValue? {
    let normalized = tree.normalized
    guard conflict.kind != .unreadable, let entityPath = entityPath(of: conflict, in: normalized) else { return nil }
    let field = conflict.kind == .changed ? conflict.field : []
    return normalized[ValuePath(entityPath.components + field.map { .key($0) })]
  }

  /// Where the conflict's field (or entity) starts in the file `tree` was parsed from.
  public static func location(of conflict: MergeConflict, in tree: JSONValue) -> SourceLocation? {
    path(of: conflict, in: tree).flatMap { tree.location(of: ValuePath($0)) }
  }

  /// `tree` with the conflict settled by `choice`, normalized; nil when the entity cannot be found.
  public static func resolve(_ conflict: MergeConflict, choosing choice: ConflictChoice, in tree: JSONValue) -> JSONValue? {
    let tree = tree.normalized
    let chosen: JSONValue?
    switch choice {
    case .ours: chosen = conflict.ours
    case .theirs: chosen = conflict.theirs
    case .value(let value): chosen = value.normalized
    }
    switch conflict.kind {
    case .unreadable:
      return chosen
    case .changed, .deleted:
      guard let entityPath = entityPath(of: conflict, in: tree) else { return nil }
      let path = entityPath.components + conflict.field.map { .key($0) }
      return tree.replacing(path[...], with: chosen)
    case .moved:
      guard choice == .theirs, let place = conflict.theirsPlace, let reference = conflict.entity else { return tree }
      return move(reference, to: place, in: tree, kind: conflict.document.kind) ?? tree
    }
  }

  private static func entityPath(of conflict: MergeConflict, in tree: JSONValue) -> ValuePath? {
    guard let reference = conflict.entity else { return .root }
    return EntityLayout(tree, kind: conflict.document.kind)?.placements[reference]?.path
  }

  /// `tree` with the entity taken out of its list and put where `place` says.
  private static func move(_ reference: EntityReference, to place: EntityPlace, in tree: JSONValue, kind: DocumentKind) -> JSONValue? {
    guard let layout = EntityLayout(tree, kind: kind), let placement = layout.placements[reference],
      let removed = tree.replacing(placement.path.components[...], with: nil),
      let after = EntityLayout(removed, kind: kind)
    else { return nil }
    var listPath: [ValuePath.Component] = []
    if let owner = place.owner {
      guard let ownerPlacement = after.placements[owner] else { return nil }
      listPath = ownerPlacement.path.components
    }
    listPath += place.field.map { .key($0) }
    var index = 0
    if let previous = place.after, let previousPlacement = after.placements[previous] { index = previousPlacement.index + 1 }
    return removed.inserting(placement.value, into: listPath[...], at: index)
  }
}
