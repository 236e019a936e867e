/// A JSON value that remembers where it was written.
///
/// Values read by ``JSONParser`` carry their position in the file; values built in code
/// (by ``JSONValueEncoder``) have none. Objects keep their members in the order they were read.
public struct JSONValue: Hashable, Sendable {
  /// What the value is.
  public enum Content: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number as written, so integers beyond 64 bits and long decimals are never rounded on reading.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  public var content: Content
  /// Where the value starts in the file; nil for values built in code.
  public var location: SourceLocation?

  public init(_ content: Content, at location: SourceLocation? = nil) {
    self.content = content
    self.location = location
  }

  public static let null = JSONValue(.null)

  /// The member named `key`, when this is an object that has one.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = content else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The element at `index`, when this is an array that long.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = content, elements.indices.contains(index) else { return nil }
    return elements[index]
  }

  /// A short description for messages: strings quoted, containers named.
  public var summary: String {
    switch content {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let text): return JSONValue.shortened(text)
    case .string(let text): return "\"\(JSONValue.shortened(text))\""
    case .array(let elements): return elements.isEmpty ? "an empty array" : "an array"
    case .object(let members): return members.isEmpty ? "an empty object" : "an object"
    }
  }

  private static func shortened(_ text: String) -> String {
    let limit = 40
    let visible = text.unicodeScalars.map { scalar -> String in
      scalar.value < 0x20 ? "\\u\(String(scalar.value, radix: 16).leftPadded(to: 4))" : String(scalar)
    }
    guard visible.count > limit else { return visible.joined() }
    return visible.prefix(limit).joined() + "…"
  }
}
