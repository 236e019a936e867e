/// The elements of an array, read in order.
struct UnkeyedTreeContainer: UnkeyedDecodingContainer {
  let decoder: TreeDecoder
  let elements: [JSONValue]
  private(set) var currentIndex = 0

  init(decoder: TreeDecoder, elements: [JSONValue]) {
    self.decoder = decoder
    self.elements = elements
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next() throws -> TreeDecoder {
    guard !isAtEnd else {
      throw decoder.failure("expected more than \(elements.count) elements in this array")
    }
    let index = currentIndex
    currentIndex += 1
    return decoder.child(elements[index], component: .index(index))
  }

  /// The next element when `read` takes it as it is; nil leaves it for the general path, which words the error.
  private mutating func nextPlain<T>(_ read: (JSONValue) -> T?) -> T? {
    guard !isAtEnd, let value = read(elements[currentIndex]) else { return nil }
    currentIndex += 1
    return value
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try nextPlain(\.plainBool) ?? next().unbox(type) }
  mutating func decode(_ type: String.Type) throws -> String { try nextPlain(\.plainString) ?? next().unbox(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try nextPlain(\.plainDouble) ?? next().unbox(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next().unbox(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try nextPlain(\.plainInt) ?? next().unbox(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().unbox(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().unbox(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().unbox(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().unbox(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().unbox(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().unbox(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().unbox(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().unbox(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().unbox(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
