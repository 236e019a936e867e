/// Appends the elements of an array.
struct UnkeyedTreeEncodingContainer: UnkeyedEncodingContainer {
  let encoder: TreeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.node.elementCount }

  private func next() -> TreeEncoder {
    let index = encoder.node.elementCount
    return encoder.child(encoder.node.appendElement(), component: .index(index))
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

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    next().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }

  mutating func superEncoder() -> any Encoder { next() }
}
