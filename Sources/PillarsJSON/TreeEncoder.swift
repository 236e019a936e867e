/// An `Encoder` writing into one node of the tree.
struct TreeEncoder: Encoder {
  let node: EncodingNode
  let trail: EncodingTrail?

  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var path: ValuePath { EncodingTrail.path(of: trail) }
  var codingPath: [any CodingKey] { EncodingTrail.codingPath(of: trail) }

  func child(_ node: EncodingNode, component: ValuePath.Component) -> TreeEncoder {
    TreeEncoder(node: node, trail: EncodingTrail(parent: trail, component: component))
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
    // Maps of counts come by the ten thousand in a workspace's signals: written in place, they
    // skip the standard library's generic dictionary encoding. The writer sorts the keys.
    if T.self == [String: Int].self, let counts = value as? [String: Int] {
      node.set(JSONValue(.object(counts.map { JSONMember($0.key, JSONValue(.number(String($0.value)))) })))
      return
    }
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
