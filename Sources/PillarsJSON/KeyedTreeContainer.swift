/// The members of an object, looked up by key.
struct KeyedTreeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: TreeDecoder
  let members: [JSONMember]
  private let byKey: [String: JSONMember]

  init(decoder: TreeDecoder, members: [JSONMember]) {
    self.decoder = decoder
    self.members = members
    self.byKey = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

  func contains(_ key: Key) -> Bool { byKey[key.stringValue] != nil }

  private func child(_ key: Key) throws -> TreeDecoder {
    guard let member = byKey[key.stringValue] else {
      throw decoder.failure("missing required field \"\(key.stringValue)\"")
    }
    return decoder.child(member.value, key: key, component: .key(member.key))
  }

  func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).unbox(type) }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).unbox(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).unbox(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).unbox(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).unbox(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).unbox(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).unbox(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).unbox(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).unbox(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).unbox(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).unbox(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).unbox(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).unbox(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).unbox(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).unbox(type) }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { superDecoder(named: "super") }

  func superDecoder(forKey key: Key) throws -> any Decoder { superDecoder(named: key.stringValue) }

  private func superDecoder(named name: String) -> any Decoder {
    let value = byKey[name]?.value ?? JSONValue(.null, at: decoder.node.location)
    return decoder.child(value, key: NamedKey(name), component: .key(name))
  }
}
