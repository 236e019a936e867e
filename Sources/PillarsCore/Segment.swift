/// A group of customers by value and need: one of "who we win with".
public struct Segment: Equatable, Sendable, Codable, Identifiable {
  public var id: SegmentID
  public var name: String
  public var description: String
  public var attractiveness: Attractiveness
  /// Our ability to win this segment, 1 (poor) to 5 (excellent).
  public var fit: Int
  /// The one segment the strategy focuses on for the next 6-12 months.
  public var primary: Bool
  public var disqualifiers: [String]
  public var painPoints: [String]
  public var jobs: [String]
  /// The customers' own words.
  public var phrases: [String]
  /// What makes a customer start looking for another way (to us or away from us): a price rise,
  /// a bad week, a new manager.
  public var switchingTriggers: [String]
  public var empathyMap: EmpathyMap

  public init(
    id: SegmentID, name: String, description: String = "", attractiveness: Attractiveness = Attractiveness(),
    fit: Int = 3, primary: Bool = false, disqualifiers: [String] = [], painPoints: [String] = [],
    jobs: [String] = [], phrases: [String] = [], switchingTriggers: [String] = [], empathyMap: EmpathyMap = EmpathyMap()
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.attractiveness = attractiveness
    self.fit = fit
    self.primary = primary
    self.disqualifiers = disqualifiers
    self.painPoints = painPoints
    self.jobs = jobs
    self.phrases = phrases
    self.switchingTriggers = switchingTriggers
    self.empathyMap = empathyMap
  }

  enum CodingKeys: String, CodingKey {
    case id, name, description, attractiveness, fit, primary, disqualifiers, painPoints, jobs, phrases, switchingTriggers, empathyMap
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(SegmentID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    description = try c.decode(.description, or: "")
    attractiveness = try c.decode(.attractiveness, or: Attractiveness())
    fit = try c.decode(.fit, in: Segment.scoreRange, or: 3)
    primary = try c.decode(.primary, or: false)
    disqualifiers = try c.decode(.disqualifiers, or: [])
    painPoints = try c.decode(.painPoints, or: [])
    jobs = try c.decode(.jobs, or: [])
    phrases = try c.decode(.phrases, or: [])
    switchingTriggers = try c.decode(.switchingTriggers, or: [])
    empathyMap = try c.decode(.empathyMap, or: EmpathyMap())
  }

  /// Attractiveness (the mean of its three scores) times fit: 1 to 25.
  public var score: Double { attractiveness.mean * Double(fit) }

  /// Scores run from 1 to 5.
  public static let scoreRange = 1...5
}

/// How much a segment is worth winning, each score 1 (low) to 5 (high).
public struct Attractiveness: Equatable, Sendable, Codable {
  public var size: Int
  public var growth: Int
  public var willingnessToPay: Int

  public init(size: Int = 3, growth: Int = 3, willingnessToPay: Int = 3) {
    self.size = size
    self.growth = growth
    self.willingnessToPay = willingnessToPay
  }

  // Summed as doubles: a score built in code out of range must not overflow.
  public var mean: Double { (Double(size) + Double(growth) + Double(willingnessToPay)) / 3 }

  enum CodingKeys: String, CodingKey { case size, growth, willingnessToPay }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    size = try c.decode(.size, in: Segment.scoreRange)
    growth = try c.decode(.growth, in: Segment.scoreRange)
    willingnessToPay = try c.decode(.willingnessToPay, in: Segment.scoreRange)
  }
}

/// What customers in a segment think, feel, say and do.
public struct EmpathyMap: Equatable, Sendable, Codable {
  public var thinks: [String]
  public var feels: [String]
  public var says: [String]
  public var does: [String]

  public init(thinks: [String] = [], feels: [String] = [], says: [String] = [], does: [String] = []) {
    self.thinks = thinks
    self.feels = feels
    self.says = says
    self.does = does
  }

  enum CodingKeys: String, CodingKey { case thinks, feels, says, does }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    thinks = try c.decode(.thinks, or: [])
    feels = try c.decode(.feels, or: [])
    says = try c.decode(.says, or: [])
    does = try c.decode(.does, or: [])
  }
}

/// `segments.json`.
public struct SegmentsDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var segments: [Segment]

  public init(segments: [Segment] = [], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.segments = segments
  }

  public var primary: Segment? { segments.first(where: \.primary) }

  public subscript(id: SegmentID) -> Segment? { segments.first { $0.id == id } }

  /// Highest score first; ties keep the document's order.
  public var ranked: [Segment] {
    segments.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }.map(\.element)
  }
}
