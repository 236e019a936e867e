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
