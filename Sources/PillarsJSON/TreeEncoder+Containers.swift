/// Writes the members of an object.
struct KeyedTreeEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func child(_ key: Key) -> TreeEncoder {
    encoder.child(encoder.node.member(key.stringValue), key: key, component: .key(key.stringValue))
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
    encoder.child(encoder.node.member("super"), key: NamedKey("super"), component: .key("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

/// Appends the elements of an array.
struct UnkeyedTreeEncodingContainer: UnkeyedEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.node.elementCount }

  private func next() -> TreeEncoder {
    let index = encoder.node.elementCount
    return encoder.child(encoder.node.appendElement(), key: IndexKey(index), component: .index(index))
  }

  mutating func encodeNil() throws { next().node.set(.null) }
  mutating func encode<T: Encodable>(_ value: T) throws { try next().box(value) }
  mutating func encode(_ value: Bool) throws { try next().box(value) }
  mutating func encode(_ value: String) throws { try next().box(value) }
  mutating func encode(_ value: Double) throws { try next().box(value) }
  mutating func encode(_ value: Float) throws { try next().box(value) }
  mutating func encode(_ value: Int) throws { try next().box(value) }
  mutating func encode(_ value: Int8) throws { try next().box(value) }
  mutating func encode(_ value: Int16) throws { try next().box(value) }
  mutating func encode(_ value: Int32) throws { try next().box(value) }
  mutating func encode(_ value: Int64) throws { try next().box(value) }
  mutating func encode(_ value: UInt) throws { try next().box(value) }
  mutating func encode(_ value: UInt8) throws { try next().box(value) }
  mutating func encode(_ value: UInt16) throws { try next().box(value) }
  mutating func encode(_ value: UInt32) throws { try next().box(value) }
  mutating func encode(_ value: UInt64) throws { try next().box(value) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    next().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }

  mutating func superEncoder() -> any Encoder { next() }
}

/// Writes one primitive value.
struct SingleValueTreeEncodingContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.node.set(.null) }
  mutating func encode(_ value: Bool) throws { encoder.node.set(JSONValue(.bool(value))) }
  mutating func encode(_ value: String) throws { encoder.node.set(JSONValue(.string(value))) }
  mutating func encode(_ value: Double) throws { try encoder.setNumber(value) }
  mutating func encode(_ value: Float) throws {
    // Float's own shortest text, so 0.1 stays 0.1 rather than 0.10000000149011612.
    guard value.isFinite, let double = Double(value.description) else { return try encoder.setNumber(value) }
    try encoder.setNumber(double)
  }
  mutating func encode(_ value: Int) throws { encoder.setInteger(value) }
  mutating func encode(_ value: Int8) throws { encoder.setInteger(value) }
  mutating func encode(_ value: Int16) throws { encoder.setInteger(value) }
  mutating func encode(_ value: Int32) throws { encoder.setInteger(value) }
  mutating func encode(_ value: Int64) throws { encoder.setInteger(value) }
  mutating func encode(_ value: UInt) throws { encoder.setInteger(value) }
  mutating func encode(_ value: UInt8) throws { encoder.setInteger(value) }
  mutating func encode(_ value: UInt16) throws { encoder.setInteger(value) }
  mutating func encode(_ value: UInt32) throws { encoder.setInteger(value) }
  mutating func encode(_ value: UInt64) throws { encoder.setInteger(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try encoder.box(value) }
}
