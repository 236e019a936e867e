/// The members of an object, looked up by key.
///
/// Objects of a document are small, so a key is found by scanning the members; only large
/// ones (maps keyed by id, such as a review's notes) get a dictionary.
struct KeyedTreeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  /// Above this many members, keys are looked up in a dictionary rather than scanned.
  static var scanLimit: Int { 16 }

  // The decoding machinery copies the container for every value it reads, so it holds only
  // the decoder (which holds the members) and, for large objects, the index.
  let decoder: TreeDecoder
  private let positions: [String: Int]?

  init(decoder: TreeDecoder, members: [JSONMember]) {
    self.decoder = decoder
    if members.count > Self.scanLimit {
      positions = Dictionary(
        members.indices.map { (members[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
    } else {
      positions = nil
    }
  }

  var members: [JSONMember] {
    guard case .object(let members) = decoder.node.content else { return [] }
    return members
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

  func contains(_ key: Key) -> Bool { member(key) != nil }

  /// The first member named like `key`, as a dictionary built with first-wins would give it.
  private func member(_ key: Key) -> JSONMember? { member(named: key.stringValue) }

  private func member(named name: String) -> JSONMember? {
    guard case .object(let members) = decoder.node.content else { return nil }
    if let positions { return positions[name].map { members[$0] } }
    for member in members where member.key == name { return member }
    return nil
  }

  private func child(_ key: Key) throws -> TreeDecoder {
    guard let member = member(key) else {
      throw decoder.failure("missing required field \"\(key.stringValue)\"")
    }
    return child(member)
  }

  private func child(_ member: JSONMember) -> TreeDecoder {
    decoder.child(member.value, component: .key(member.key))
  }

  func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).unbox(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).unbox(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).unbox(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).unbox(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).unbox(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).unbox(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).unbox(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).unbox(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).unbox(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).unbox(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).unbox(type) }

  // The common primitives read a well-formed value in place; anything else takes the
  // general path, which words the error.

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    if let flag = member(key)?.value.plainBool { return flag }
    return try child(key).unbox(type)
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    if let text = member(key)?.value.plainString { return text }
    return try child(key).unbox(type)
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    if let value = member(key)?.value.plainDouble { return value }
    return try child(key).unbox(type)
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    if let value = member(key)?.value.plainInt { return value }
    return try child(key).unbox(type)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let member = member(key), !member.value.isNull else { return nil }
    return try child(member).unbox(type)
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    guard let member = member(key), !member.value.isNull else { return nil }
    return try member.value.plainBool ?? child(member).unbox(type)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let member = member(key), !member.value.isNull else { return nil }
    return try member.value.plainString ?? child(member).unbox(type)
  }

  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    guard let member = member(key), !member.value.isNull else { return nil }
    return try member.value.plainDouble ?? child(member).unbox(type)
  }

  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let member = member(key), !member.value.isNull else { return nil }
    return try member.value.plainInt ?? child(member).unbox(type)
  }

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
    let value = member(named: name)?.value ?? JSONValue(.null, at: decoder.node.location)
    return decoder.child(value, component: .key(name))
  }
}
