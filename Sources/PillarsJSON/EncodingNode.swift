/// A value under construction; containers handed out earlier keep writing into it.
final class EncodingNode {
  private enum Shape {
    case unset
    case scalar(JSONValue)
    case object
    case array
  }

  private var shape = Shape.unset
  /// Members in the order they were first written; objects are small, so a scan finds a key.
  private var members: [(key: String, node: EncodingNode)] = []
  private var elements: [EncodingNode] = []

  func set(_ value: JSONValue) { shape = .scalar(value) }

  /// The member node for `key`, making this node an object if it is not one yet.
  func member(_ key: String) -> EncodingNode {
    makeObject()
    if let existing = members.first(where: { $0.key == key }) { return existing.node }
    let node = EncodingNode()
    members.append((key, node))
    return node
  }

  func makeObject() {
    if case .object = shape { return }
    shape = .object
    members = []
  }

  func makeArray() {
    if case .array = shape { return }
    shape = .array
    elements = []
  }

  func appendElement() -> EncodingNode {
    makeArray()
    let node = EncodingNode()
    elements.append(node)
    return node
  }

  var elementCount: Int { elements.count }

  /// The finished value; a value that encoded nothing becomes an empty object.
  var value: JSONValue {
    switch shape {
    case .unset: return JSONValue(.object([]))
    case .scalar(let value): return value
    case .object:
      return JSONValue(.object(members.map { JSONMember($0.key, $0.node.value) }))
    case .array: return JSONValue(.array(elements.map(\.value)))
    }
  }
}
