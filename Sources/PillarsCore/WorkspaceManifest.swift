/// `workspace.json`: what the workspace is and the team's settings.
public struct WorkspaceManifest: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var name: String
  /// Who keeps the strategy.
  public var owner: String
  /// The day of the weekly scorecard review.
  public var reviewDay: Weekday
  /// The theme the screens use unless `--theme` says otherwise.
  public var theme: String?
  /// Words that mark a wish rather than a promise, added to the built-in list.
  public var extraWishWords: [String]
  /// How the screens draw charts unless `--charts` says otherwise: Braille dots, or half blocks
  /// for fonts without Braille. Nil: Braille.
  public var charts: ChartDots?
  /// Where the team says it stands on the customer-focus ladder; nil until it has said.
  public var customerFocus: CustomerFocusMaturity?

  public init(
    name: String, owner: String = "", reviewDay: Weekday = .monday, theme: String? = nil,
    extraWishWords: [String] = [], charts: ChartDots? = nil, customerFocus: CustomerFocusMaturity? = nil,
    schemaVersion: Int = SchemaVersion.current
  ) {
    self.charts = charts
    self.customerFocus = customerFocus
    self.schemaVersion = schemaVersion
    self.name = name
    self.owner = owner
    self.reviewDay = reviewDay
    self.theme = theme
    self.extraWishWords = extraWishWords
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, name, owner, reviewDay, theme, extraWishWords, charts, customerFocus
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    name = try c.decode(String.self, forKey: .name)
    owner = try c.decode(.owner, or: "")
    reviewDay = try c.decode(.reviewDay, or: .monday)
    theme = try c.decodeIfPresent(String.self, forKey: .theme)
    extraWishWords = try c.decode(.extraWishWords, or: [])
    charts = try c.decodeIfPresent(ChartDots.self, forKey: .charts)
    customerFocus = try c.decodeIfPresent(CustomerFocusMaturity.self, forKey: .customerFocus)
  }
}

/// How charts draw their dots: Braille (2 × 4 a character cell) or half blocks (1 × 2).
public enum ChartDots: String, CaseIterable, Sendable, Codable {
  case braille, blocks
}

public enum Weekday: String, CaseIterable, Sendable, Codable {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday
}
