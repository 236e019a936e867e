/// A value under construction; containers handed out earlier keep writing into it.
final class EncodingNode {
  private enum Shape {
    case unset
    case scalar(JSONValue)
    case object
    case array
  }

  private var shape = Shape.unset
  private var keys: [String] = []
  private var children: [String: EncodingNode] = [:]
  private var elements: [EncodingNode] = []

  func set(_ value: JSONValue) { shape = .scalar(value) }

  /// The member node for `key`, making this node an object if it is not one yet.
  func member(_ key: String) -> EncodingNode {
    makeObject()
    if let existing = children[key] { return existing }
    let node = EncodingNode()
    keys.append(key)
    children[key] = node
    return node
  }

  func makeObject() {
    if case .object = shape { return }
    shape = .object
    keys = []
    children = [:]
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
      return JSONValue(.object(keys.compactMap { key in children[key].map { JSONMember(key, $0.value) } }))
    case .array: return JSONValue(.array(elements.map(\.value)))
    }
  }
}
