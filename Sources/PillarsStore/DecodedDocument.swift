import PillarsCore
import PillarsJSON

/// A document as read from its file: the value when it is usable, the parsed tree for placing
/// findings, and what was wrong.
public struct DecodedDocument<Value> {
  /// Nil when the document is unusable.
  public var value: Value?
  /// Nil when the file is not valid JSON.
  public var tree: JSONValue?
  public var problems: [LocatedFinding]
  /// The `schemaVersion` the file declares, when it declares a whole number.
  public var schemaVersion: Int?

  public init(value: Value?, tree: JSONValue?, problems: [LocatedFinding], schemaVersion: Int? = nil) {
    self.value = value
    self.tree = tree
    self.problems = problems
    self.schemaVersion = schemaVersion
  }

  /// Whether a newer Pillars wrote the document, so this build must not rewrite it.
  public var isNewerSchema: Bool { (schemaVersion ?? 0) > SchemaVersion.current }
}

extension DecodedDocument: Sendable where Value: Sendable {}
