/// Writes the members of an object.
struct KeyedTreeEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func child(_ key: Key) -> TreeEncoder {
    encoder.child(encoder.node.member(key.stringValue), component: .key(key.stringValue))
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).node.set(.null) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: String, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Double, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Float, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Int, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try child(key).box(value) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try child(key).box(value) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    child(key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    child(key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    encoder.child(encoder.node.member("super"), component: .key("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}
