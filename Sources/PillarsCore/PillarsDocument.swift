/// `pillars.json`: the five pillars, always all five, in their fixed order.
public struct PillarsDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var pillars: [Pillar]

  public init(pillars: [Pillar] = PillarKind.allCases.map { Pillar(id: $0) }, schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.pillars = pillars
  }

  public subscript(kind: PillarKind) -> Pillar {
    get { pillars.first { $0.id == kind } ?? Pillar(id: kind) }
    set {
      if let index = pillars.firstIndex(where: { $0.id == kind }) {
        pillars[index] = newValue
      } else {
        pillars.append(newValue)
        pillars.sort { $0.id.number < $1.id.number }
      }
    }
  }
}
