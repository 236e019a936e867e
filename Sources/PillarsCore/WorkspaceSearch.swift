/// Finds text anywhere in the workspace: pillars, the promise, segments, touchpoints and metrics,
/// whatever each kind of document offers (``DocumentKindDefinition/searchEntries(in:)``).
public enum WorkspaceSearch {
  /// Where a hit lives, so the screens can jump to it.
  public enum Target: Hashable, Sendable {
    case pillar(PillarKind)
    case promise
    case segment(SegmentID)
    case stage(JourneyID, StageID)
    case touchpoint(JourneyID, TouchpointID)
    case metric(MetricID)
    /// An entity of a kind the screens have no place for yet.
    case entity(DocumentRef, id: String)
  }

  /// Something search looks through: where it is, what it is called, and its text fields.
  public struct Entry: Sendable {
    public var target: Target
    public var title: String
    public var fields: [String]

    public init(_ target: Target, _ title: String, _ fields: [String]) {
      self.target = target
      self.title = title
      self.fields = fields
    }
  }

  public struct Hit: Equatable, Sendable {
    public var target: Target
    /// What the hit is, e.g. `Touchpoint · Welcome call`.
    public var title: String
    /// The matching field's text around the match.
    public var snippet: String
  }

  /// Hits in workspace order, at most one per target (its first matching field).
  /// Matching ignores case; the query's words must all appear in the same field.
  public static func run(_ query: String, in workspace: Workspace, limit: Int = 200) -> [Hit] {
    let words = query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return [] }
    var hits: [Hit] = []
    func consider(_ target: Target, _ title: String, _ fields: [String]) {
      guard hits.count < limit else { return }
      for field in fields {
        let lower = field.lowercased()
        if words.allSatisfy({ lower.contains($0) }) {
          hits.append(Hit(target: target, title: title, snippet: snippet(field, around: words[0])))
          return
        }
      }
    }
    for kind in workspace.registry.kinds {
      for entry in kind.definition.searchEntries(in: workspace) { consider(entry.target, entry.title, entry.fields) }
    }
    return hits
  }

  /// About 60 characters of `text` around the first occurrence of `word`, on one line.
  static func snippet(_ text: String, around word: String, width: Int = 60) -> String {
    let flat = Array(text.map { $0.isNewline ? " " : $0 })
    let lower = flat.map { $0.lowercased() }
    let needle = word.map { String($0) }
    var start = 0
    if needle.count <= lower.count {
      for i in 0...(lower.count - needle.count) where Array(lower[i..<(i + needle.count)]) == needle {
        start = i
        break
      }
    }
    let from = max(0, min(start - width / 3, flat.count - width))
    let to = min(flat.count, from + width)
    return (from > 0 ? "…" : "") + String(flat[from..<to]) + (to < flat.count ? "…" : "")
  }
}
