/// A problem with a value of a JSON document: a decoding error or warning, or a value that cannot be written.
public struct JSONDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the value is in the document; for a missing field, the object that lacks it.
  public var path: ValuePath
  /// Where the value starts in the file; nil for values built in code.
  public var location: SourceLocation?
  /// What is wrong, in plain words: `expected a number, found "abc"`.
  public var message: String

  public init(_ message: String, at path: ValuePath, location: SourceLocation? = nil) {
    self.message = message
    self.path = path
    self.location = location
  }

  /// `line:column: path: message`, leaving out what is unknown.
  public var description: String {
    var text = ""
    if let location { text += "\(location): " }
    if !path.isRoot { text += "\(path): " }
    return text + message
  }
}
