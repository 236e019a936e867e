/// Scorecard lints: targets, the three layers, freshness, and what the layers say together.
extension Checks {
  /// A trend counts when it moves at least this share of the metric's level over the window.
  static let meaningfulChange = 0.02

  static func lintScorecard(_ context: inout CheckContext) {
    guard context.isAvailable(.scorecard) else { return }
    let metrics = context.workspace.scorecard.metrics
    let thisWeek = context.today.isoWeek
    for (index, metric) in metrics.enumerated() {
      let path: JSONPath = ["metrics", .index(index)]
      if metric.target == nil {
        context.warning(.metricWithoutTarget, .scorecard, path / "target",
          "\(metric.name) has no target: without one nobody can say whether it is good")
      }
      // A history file that failed to load says nothing about freshness; its error is shown instead.
      if !context.isAvailable(.history(metric.id)) { continue }
      if let latest = metric.latest {
        if latest.week < thisWeek.adding(weeks: -1) {
          context.warning(.staleMetric, .history(metric.id), ["observations"],
            "\(metric.name) has no value for the last 2 weeks (latest: \(latest.week))")
        }
      } else {
        context.warning(.staleMetric, .scorecard, path, "\(metric.name) has no values yet")
      }
    }
    if !metrics.isEmpty {
      for layer in MetricLayer.allCases where !metrics.contains(where: { $0.layer == layer }) {
        context.warning(.missingLayer, .scorecard, ["metrics"],
          "the scorecard has no \(layer.rawValue) metric; the three layers are read together")
      }
    }
    for finding in divergences(in: context.workspace.scorecard) { context.findings.append(finding) }
  }

  /// An operational metric improving while an experience metric declines, over the last 4 weeks
  /// of the scorecard: tickets are being closed, not problems solved.
  static func divergences(in scorecard: ScorecardDocument, window: Int = 4) -> [Finding] {
    guard let lastWeek = scorecard.metrics.compactMap(\.latest?.week).max() else { return [] }
    var trends: [MetricID: Trend] = [:]
    for metric in scorecard.metrics {
      trends[metric.id] = Trend(of: metric, endingAt: lastWeek, weeks: window)
    }
    let improving = scorecard.metrics.filter { $0.layer == .operational && trends[$0.id]?.improving == true }
    guard !improving.isEmpty else { return [] }
    var findings: [Finding] = []
    for (index, metric) in scorecard.metrics.enumerated() where metric.layer == .experience {
      guard let trend = trends[metric.id], trend.declining else { continue }
      let rising = improving.map { "\($0.name) (\(trends[$0.id]?.summary ?? ""))" }.joined(separator: ", ")
      findings.append(
        Finding(.warning, .divergence, in: .scorecard, at: ["metrics", .index(index)],
          "\(rising) improved over the last \(window) weeks while \(metric.name) declined (\(trend.summary)): "
            + "tickets are being closed, not problems solved"))
    }
    return findings
  }

  /// Which way a metric moved over a window of weeks, from a least-squares slope.
  struct Trend {
    var first: Double
    var last: Double
    var slope: Double
    var direction: GoodDirection
    var level: Double

    init?(of metric: Metric, endingAt week: ISOWeek, weeks: Int) {
      let values = metric.values(endingAt: week, count: weeks)
      let points = values.enumerated().compactMap { i, v in v.map { (Double(i), $0) } }
      guard points.count >= 3, let first = points.first?.1, let last = points.last?.1 else { return nil }
      let meanX = points.map(\.0).reduce(0, +) / Double(points.count)
      let meanY = points.map(\.1).reduce(0, +) / Double(points.count)
      let covariance = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
      let variance = points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
      guard variance > 0 else { return nil }
      self.first = first
      self.last = last
      self.slope = covariance / variance
      self.direction = metric.direction
      self.level = max(abs(meanY), 1e-9)
    }

    /// A noisy but flat series has a slope too; it counts only when the window's ends agree with it.
    private var meaningful: Bool { abs(slope * 3) / level >= Checks.meaningfulChange && (last - first) * slope > 0 }
    var improving: Bool { meaningful && direction.improves(slope) }
    var declining: Bool { meaningful && direction.improves(-slope) }
    var summary: String { "\(first.compactText) → \(last.compactText)" }
  }
}
