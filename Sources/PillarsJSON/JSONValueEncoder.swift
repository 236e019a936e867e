/// Encodes `Encodable` values into a ``JSONValue`` tree, ready for ``CanonicalJSONWriter``.
///
/// Doubles are written in their shortest round-tripping form and whole doubles without a
/// decimal point; NaN and infinity cannot be written and are refused with the path of the value.
public struct JSONValueEncoder {
  public init() {}

  public func encode<T: Encodable>(_ value: T) throws(JSONDiagnostic) -> JSONValue {
    let root = EncodingNode()
    let encoder = TreeEncoder(node: root, path: .root, codingPath: [])
    do {
      try encoder.box(value)
    } catch let diagnostic as JSONDiagnostic {
      throw diagnostic
    } catch {
      throw JSONDiagnostic(String(describing: error), at: .root)
    }
    return root.value
  }
}

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

/// An `Encoder` writing into one node of the tree.
struct TreeEncoder: Encoder {
  let node: EncodingNode
  let path: ValuePath
  let codingPath: [any CodingKey]

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func child(_ node: EncodingNode, key: any CodingKey, component: ValuePath.Component) -> TreeEncoder {
    TreeEncoder(node: node, path: ValuePath(path.components + [component]), codingPath: codingPath + [key])
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(KeyedTreeEncodingContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return UnkeyedTreeEncodingContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueTreeEncodingContainer(encoder: self)
  }

  func box<T: Encodable>(_ value: T) throws {
    try value.encode(to: self)
  }

  func setNumber<F: BinaryFloatingPoint>(_ value: F) throws {
    guard let text = JSONNumberText.text(for: Double(value)) else {
      throw JSONDiagnostic("\(value) cannot be written in JSON; only finite numbers can", at: path)
    }
    node.set(JSONValue(.number(text)))
  }

  func setInteger<I: BinaryInteger>(_ value: I) {
    node.set(JSONValue(.number(String(value))))
  }
}
