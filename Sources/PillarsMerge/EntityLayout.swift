import PillarsCore
import PillarsJSON

/// Where one version of a document keeps its entities: each entity's element, the list it sits
/// in and its place there, as the document's kind declares them (``DocumentKindDefinition/entities(in:)``).
struct EntityLayout {
  /// A list of entities: the field of an owning entity (or of the document) that holds it.
  struct Container: Hashable {
    var owner: EntityReference?
    var field: [ValuePath.Component]
  }

  struct Placement {
    var container: Container
    var index: Int
    var path: ValuePath
    var value: JSONValue
  }

  var placements: [EntityReference: Placement] = [:]
  /// Each list's entities in order.
  var containers: [Container: [EntityReference]] = [:]
  /// Every entity, owners before what they own.
  var order: [EntityReference] = []

  static let empty = EntityLayout()

  private init() {}

  /// The layout of `tree` (normalized), or nil when it is not a document of `kind` (it does not
  /// decode, or a newer Pillars wrote it), so its entities are unknown.
  init?(_ tree: JSONValue, kind: DocumentKind) {
    if case .number(let text)? = tree["schemaVersion"]?.content, let version = Int(text), version > SchemaVersion.current {
      return nil
    }
    guard let entities = kind.definition.declaredEntities(in: tree) else { return nil }
    var byPath: [ValuePath: EntityReference] = [:]
    // Owners have shorter paths; the sort is stable, so a list keeps its order.
    for entity in entities.sorted(by: { $0.path.components.count < $1.path.components.count }) {
      let path = ValuePath(entity.path)
      // Only elements of lists are placed; members of objects merge by their keys anyway.
      guard case .index(let index)? = path.components.last, let value = tree[path] else { continue }
      let listPath = Array(path.components.dropLast())
      var owner: EntityReference?
      var ownerLength = 0
      for length in stride(from: listPath.count - 1, through: 1, by: -1) {
        if let found = byPath[ValuePath(Array(listPath.prefix(length)))] {
          owner = found
          ownerLength = length
          break
        }
      }
      var reference = EntityReference(entity.type, id: entity.id)
      var copy = 2
      while placements[reference] != nil {
        reference = EntityReference(entity.type, id: "\(entity.id)#\(copy)")
        copy += 1
      }
      let container = Container(owner: owner, field: Array(listPath.dropFirst(ownerLength)))
      byPath[path] = reference
      placements[reference] = Placement(container: container, index: index, path: path, value: value)
      order.append(reference)
    }
    for reference in order {
      if let placement = placements[reference] { containers[placement.container, default: []].append(reference) }
    }
    for (container, references) in containers {
      containers[container] = references.sorted { (placements[$0]?.index ?? 0) < (placements[$1]?.index ?? 0) }
    }
  }

  /// The entity just before `reference` in its list; nil when it comes first.
  func predecessor(of reference: EntityReference) -> EntityReference? {
    guard let placement = placements[reference], let list = containers[placement.container],
      let position = list.firstIndex(of: reference), position > 0
    else { return nil }
    return list[position - 1]
  }
}

extension DocumentKindDefinition {
  /// The entities a JSON tree holds: read through the kind's ``entityShapes`` when it declares
  /// them, else by decoding the tree as the kind's file. Nil when the tree is not a file of the
  /// kind as far as that shows (a list that is no list, an element without its id).
  static func declaredEntities(in tree: JSONValue) -> [DocumentEntity]? {
    guard let shapes = entityShapes else { return decodedEntities(in: tree) }
    var entities: [DocumentEntity] = []
    var schemaVersion: Int?
    if case .number(let text)? = tree["schemaVersion"]?.content { schemaVersion = Int(text) }
    let ok = Self.collect(shapes, in: tree, at: [], owner: nil, schemaVersion: schemaVersion, into: &entities)
    return ok ? entities : nil
  }

  /// The entities of a file decoded as the kind's model; nil when it does not decode.
  static func decodedEntities(in tree: JSONValue) -> [DocumentEntity]? {
    guard let file = try? JSONValueDecoder(ignoredRootKeys: ["$schema"]).decode(File.self, from: tree).value else { return nil }
    return entities(in: file)
  }

  /// Whether the tree decodes as a file of the kind: a merge checks what it wrote.
  static func decodes(_ tree: JSONValue) -> Bool {
    (try? JSONValueDecoder(ignoredRootKeys: ["$schema"]).decode(File.self, from: tree)) != nil
  }

  /// In the order ``entities(in:)`` gives them: each element, then what it holds.
  private static func collect(
    _ shapes: [EntityShape], in value: JSONValue, at path: [JSONPath.Component], owner: String?, schemaVersion: Int?,
    into entities: inout [DocumentEntity]
  ) -> Bool {
    for shape in shapes {
      if let before = shape.beforeSchemaVersion, (schemaVersion ?? before) >= before { continue }
      guard let held = value[shape.field] else { continue }
      if case .null = held.content { continue }
      let listPath = path + [.key(shape.field)]
      if shape.isKeyed {
        guard let members = held.members else { return false }
        for key in members.map(\.key).sorted() { entities.append(DocumentEntity(shape.type, id: key, at: JSONPath(listPath + [.key(key)]))) }
        continue
      }
      guard let elements = held.elements else { return false }
      for (index, element) in elements.enumerated() {
        guard element.members != nil, let id = shape.id(text: { element[$0]?.text }, owner: owner) else { return false }
        let elementPath = listPath + [.index(index)]
        entities.append(DocumentEntity(shape.type, id: id, at: JSONPath(elementPath)))
        guard collect(shape.within, in: element, at: elementPath, owner: id, schemaVersion: schemaVersion, into: &entities) else {
          return false
        }
      }
    }
    return true
  }
}

// The one translation between the domain's paths and the JSON layer's, used by the store too.
extension ValuePath {
  /// The same place, as the JSON layer names it.
  public init(_ path: JSONPath) {
    self.init(
      path.components.map { component in
        switch component {
        case .key(let key): .key(key)
        case .index(let index): .index(index)
        }
      })
  }
}

extension JSONPath {
  /// The same place, as the domain names it.
  public init(_ path: ValuePath) {
    self.init(
      path.components.map { component in
        switch component {
        case .key(let key): .key(key)
        case .index(let index): .index(index)
        }
      })
  }
}
