/// Finds text anywhere in the workspace: pillars, the promise, segments, touchpoints and metrics.
public enum WorkspaceSearch {
  /// Where a hit lives, so the screens can jump to it.
  public enum Target: Hashable, Sendable {
    case pillar(PillarKind)
    case promise
    case segment(SegmentID)
    case stage(JourneyID, StageID)
    case touchpoint(JourneyID, TouchpointID)
    case metric(MetricID)
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
    for pillar in workspace.pillars.pillars {
      consider(.pillar(pillar.id), "Pillar · \(pillar.id.title)",
        [pillar.id.title, pillar.owner, pillar.summary, pillar.notes] + pillar.actions.flatMap { [$0.text, $0.owner] })
    }
    let promise = workspace.promise
    consider(.promise, "Promise",
      [promise.sentence, promise.builder.need, promise.builder.benefit, promise.builder.alternative]
        + promise.history.map(\.sentence))
    for segment in workspace.segments.segments {
      let map = segment.empathyMap
      consider(.segment(segment.id), "Segment · \(segment.name)",
        [segment.name, segment.description] + segment.painPoints + segment.jobs + segment.phrases
          + segment.disqualifiers + map.thinks + map.feels + map.says + map.does)
    }
    for journey in workspace.journeys {
      for stage in journey.stages {
        consider(.stage(journey.id, stage.id), "Stage · \(journey.name) › \(stage.name)", [stage.name, stage.goal])
        for touchpoint in stage.touchpoints {
          consider(.touchpoint(journey.id, touchpoint.id), "Touchpoint · \(stage.name) › \(touchpoint.name)",
            [touchpoint.name, touchpoint.channel, touchpoint.team, touchpoint.doing, touchpoint.thinking,
              touchpoint.feeling] + touchpoint.friction)
        }
      }
    }
    for metric in workspace.scorecard.metrics {
      consider(.metric(metric.id), "Metric · \(metric.name)",
        [metric.name, metric.id.rawValue, metric.owner, metric.description] + metric.observations.compactMap(\.note))
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
