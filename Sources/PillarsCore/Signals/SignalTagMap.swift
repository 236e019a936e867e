/// `signal-tags.json`: which helpdesk tag stands for which theme, and the tags the last import
/// found that stand for none, with how many tickets carried them, so they can be mapped.
public struct SignalTagMap: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  /// A tag, as normalised by ``normalise(_:)``, to the theme it counts for.
  public var tags: [String: SignalThemeID]
  /// Tags of the last import that map to no theme, with their ticket counts.
  public var unmapped: [String: Int]

  public init(tags: [String: SignalThemeID] = [:], unmapped: [String: Int] = [:], schemaVersion: Int = SchemaVersion.current) {
    self.schemaVersion = schemaVersion
    self.tags = tags
    self.unmapped = unmapped
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, tags, unmapped }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    tags = try c.decode(.tags, or: [:])
    unmapped = try c.decode(.unmapped, or: [:])
  }

  /// Tags are compared without case and surrounding spaces: helpdesks differ in both.
  public static func normalise(_ tag: some StringProtocol) -> String {
    String(tag).trimmingWhitespace.lowercased()
  }

  /// The theme a tag counts for: its mapping, or the theme whose id it is.
  public func theme(for tag: String, among themes: Set<SignalThemeID>) -> SignalThemeID? {
    let key = Self.normalise(tag)
    if let mapped = tags[key] { return mapped }
    let asID = SignalThemeID(key)
    return themes.contains(asID) ? asID : nil
  }

  /// The unmapped tags, most tickets first, then by name.
  public var unmappedByCount: [(tag: String, count: Int)] {
    unmapped.map { (tag: $0.key, count: $0.value) }.sorted { a, b in a.count != b.count ? a.count > b.count : a.tag < b.tag }
  }
}
