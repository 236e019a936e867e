/// A stable identifier of one kind of entity.
///
/// Ids are chosen once, when an entity is created, and never change when it is
/// renamed or moved: documents, links and the screens' selection all hold on to them.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether the id is usable in a file name and a link: lowercase letters, digits and
  /// single dashes, starting with a letter or digit.
  public var isWellFormed: Bool { Slug.isValid(rawValue) }

  /// A new id made from a name, distinct from every id in `existing`.
  public static func make(from name: String, avoiding existing: some Sequence<Identifier>) -> Identifier {
    let taken = Set(existing.map(\.rawValue))
    return Identifier(Slug.unique(Slug.make(from: name), avoiding: taken))
  }
}

public typealias SegmentID = Identifier<Segment>
public typealias JourneyID = Identifier<Journey>
public typealias StageID = Identifier<Stage>
public typealias TouchpointID = Identifier<Touchpoint>
public typealias MetricID = Identifier<Metric>
public typealias ActionID = Identifier<PillarAction>
public typealias DecisionID = Identifier<Decision>
