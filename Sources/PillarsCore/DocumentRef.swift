/// Which document of the workspace something lives in, by its path relative to the workspace folder.
public enum DocumentRef: Hashable, Comparable, Sendable, CustomStringConvertible {
  case manifest
  case pillars
  case promise
  case segments
  case scorecard
  /// The weekly values of one metric, kept apart from its definition on the scorecard.
  case history(MetricID)
  case journey(JourneyID)
  case review(ISOWeek)

  /// The path inside the workspace folder, with `/` separators.
  public var path: String {
    switch self {
    case .manifest: "workspace.json"
    case .pillars: "pillars.json"
    case .promise: "promise.json"
    case .segments: "segments.json"
    case .scorecard: "scorecard.json"
    case .history(let id): "history/\(id.rawValue).json"
    case .journey(let id): "journeys/\(id.rawValue).json"
    case .review(let week): "reviews/\(week).json"
    }
  }

  public var description: String { path }

  /// The file this document may be written to and read from, or nil when an id in it breaks the
  /// id grammar (``Slug/isValid(_:)``: lowercase letters, digits and single dashes, at most 80
  /// characters). This is the one place an entity's id becomes a file name, so an id such as
  /// `../x`, `CSAT`, `a/b`, an empty one or one holding a NUL never reaches the file system.
  public var storedPath: String? {
    switch self {
    case .manifest, .pillars, .promise, .segments, .scorecard, .review: path
    case .history(let id): Slug.isValid(id.rawValue) ? path : nil
    case .journey(let id): Slug.isValid(id.rawValue) ? path : nil
    }
  }

  /// The kind of document, which names its schema.
  public var kind: DocumentKind {
    switch self {
    case .manifest: .manifest
    case .pillars: .pillars
    case .promise: .promise
    case .segments: .segments
    case .scorecard: .scorecard
    case .history: .history
    case .journey: .journey
    case .review: .review
    }
  }

  /// The document at a workspace-relative path, if the path names one.
  public init?(path: String) {
    switch path {
    case "workspace.json": self = .manifest
    case "pillars.json": self = .pillars
    case "promise.json": self = .promise
    case "segments.json": self = .segments
    case "scorecard.json": self = .scorecard
    default:
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[1].hasSuffix(".json") else { return nil }
      let stem = String(parts[1].dropLast(5))
      switch parts[0] {
      case "journeys" where Slug.isValid(stem): self = .journey(JourneyID(stem))
      case "history" where Slug.isValid(stem): self = .history(MetricID(stem))
      case "reviews":
        guard let week = ISOWeek(stem), week.description == stem else { return nil }
        self = .review(week)
      default: return nil
      }
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.kind.order, lhs.path) < (rhs.kind.order, rhs.path)
  }
}

public enum DocumentKind: String, CaseIterable, Sendable {
  case manifest = "workspace"
  case pillars
  case promise
  case segments
  case scorecard
  case history
  case journey
  case review

  var order: Int { DocumentKind.allCases.firstIndex(of: self) ?? 0 }
}
