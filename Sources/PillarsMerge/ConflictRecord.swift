import PillarsCore
import PillarsJSON

/// A document's unresolved conflicts as they are kept beside the workspace's documents
/// (`.pillars/conflicts/<document path>`), so that nothing a merge could not decide is lost and
/// `pillars check`, `pillars resolve` and the screens can find it.
///
/// ```json
/// {"conflicts": [{"base": 0, "entity": {"id": "kickoff-call", "type": "touchpoint"},
///   "field": ["emotion"], "kind": "changed", "ours": -1, "summary": "…", "theirs": 1}],
///  "document": "journeys/onboarding.json", "schemaVersion": 1}
/// ```
/// A side with no value (deleted, never set) has no member; `oursPlace` and `theirsPlace` say
/// where each side put a moved entity.
public struct ConflictRecord: Hashable, Sendable {
  public static let schemaVersion = 1

  public var document: DocumentRef
  public var conflicts: [MergeConflict]

  public init(document: DocumentRef, conflicts: [MergeConflict]) {
    self.document = document
    self.conflicts = conflicts
  }

  /// The record's file, relative to the workspace folder.
  public static func path(of document: DocumentRef) -> String { ".pillars/conflicts/" + document.path }

  /// The record as canonical JSON bytes.
  public func bytes() -> [UInt8] {
    let tree = JSONValue.object([
      ("schemaVersion", .number(Self.schemaVersion)),
      ("document", .string(document.path)),
      ("conflicts", JSONValue(.array(conflicts.map(Self.tree(of:))))),
    ])
    // The values came from parsed documents, so they are finite and always write.
    return (try? CanonicalJSONWriter.write(tree)) ?? Array("{}\n".utf8)
  }

  /// Reads a record; nil when it is not one (a record from a newer Pillars included).
  public init?(bytes: [UInt8], kinds: DocumentRegistry = .standard) {
    guard let tree = try? JSONParser.parse(bytes), case .number(let version)? = tree["schemaVersion"]?.content,
      Int(version) == Self.schemaVersion, let path = tree["document"]?.text, let document = DocumentRef(path: path, kinds: kinds),
      let list = tree["conflicts"]?.elements
    else { return nil }
    var conflicts: [MergeConflict] = []
    for item in list {
      guard let kindText = item["kind"]?.text, let kind = MergeConflict.Kind(rawValue: kindText) else { return nil }
      var conflict = MergeConflict(
        kind, in: document, entity: Self.reference(item["entity"]), entityName: item["entityName"]?.text,
        field: item["field"]?.elements?.compactMap(\.text) ?? [], base: item["base"]?.normalized, ours: item["ours"]?.normalized,
        theirs: item["theirs"]?.normalized)
      conflict.oursPlace = Self.place(item["oursPlace"])
      conflict.theirsPlace = Self.place(item["theirsPlace"])
      conflicts.append(conflict)
    }
    self.init(document: document, conflicts: conflicts)
  }

  private static func tree(of conflict: MergeConflict) -> JSONValue {
    var members: [(String, JSONValue?)] = [
      ("kind", .string(conflict.kind.rawValue)),
      ("field", JSONValue(.array(conflict.field.map { .string($0) }))),
      ("summary", .string(conflict.summary)),
      ("base", conflict.base), ("ours", conflict.ours), ("theirs", conflict.theirs),
      ("entityName", conflict.entityName.map { .string($0) }),
      ("oursPlace", conflict.oursPlace.map(tree(of:))), ("theirsPlace", conflict.theirsPlace.map(tree(of:))),
    ]
    if let entity = conflict.entity { members.append(("entity", tree(of: entity))) }
    return JSONValue.object(members)
  }

  private static func tree(of reference: EntityReference) -> JSONValue {
    JSONValue.object([("type", .string(reference.type)), ("id", .string(reference.id))])
  }

  private static func tree(of place: EntityPlace) -> JSONValue {
    JSONValue.object([
      ("owner", place.owner.map(tree(of:))), ("ownerName", place.ownerName.map { .string($0) }),
      ("field", JSONValue(.array(place.field.map { .string($0) }))),
      ("after", place.after.map(tree(of:))), ("afterName", place.afterName.map { .string($0) }),
    ])
  }

  private static func reference(_ tree: JSONValue?) -> EntityReference? {
    guard let type = tree?["type"]?.text, let id = tree?["id"]?.text else { return nil }
    return EntityReference(type, id: id)
  }

  private static func place(_ tree: JSONValue?) -> EntityPlace? {
    guard let tree else { return nil }
    return EntityPlace(
      owner: reference(tree["owner"]), ownerName: tree["ownerName"]?.text, field: tree["field"]?.elements?.compactMap(\.text) ?? [],
      after: reference(tree["after"]), afterName: tree["afterName"]?.text)
  }
}

extension JSONValue {
  static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
  static func number(_ value: Int) -> JSONValue { JSONValue(.number(String(value))) }

  /// An object of the members that have a value, in the canonical order.
  static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
    JSONValue(
      .object(
        members.compactMap { key, value in value.map { JSONMember(key, $0) } }
          .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }))
  }
}
