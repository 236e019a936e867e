/// One `"key": value` pair of an object.
public struct JSONMember: Hashable, Sendable {
  public var key: String
  /// Where the key's opening quote is; nil for members built in code.
  public var keyLocation: SourceLocation?
  public var value: JSONValue

  public init(_ key: String, _ value: JSONValue, keyLocation: SourceLocation? = nil) {
    self.key = key
    self.value = value
    self.keyLocation = keyLocation
  }
}
