/// Something a document holds under a stable id, such as a touchpoint of a journey: what a merge
/// of two versions of the document matches, never the position.
public struct DocumentEntity: Hashable, Sendable {
  /// What the entity is: `stage`, `touchpoint`, `metric`.
  public var type: String
  public var id: String
  /// Where it sits in the document's file.
  public var path: JSONPath

  public init(_ type: String, id: String, at path: JSONPath) {
    self.type = type
    self.id = id
    self.path = path
  }
}
