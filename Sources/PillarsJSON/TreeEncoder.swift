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
