/// An entity of a document by its declared type and stable id: `touchpoint` `kickoff-call`.
public struct EntityReference: Hashable, Sendable, CustomStringConvertible {
  public var type: String
  public var id: String

  public init(_ type: String, id: String) {
    self.type = type
    self.id = id
  }

  public var description: String { "\(type) \(id)" }
}
