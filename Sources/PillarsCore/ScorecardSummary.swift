/// The scorecard as the team reads it: one row per metric and the alerts above them.
///
/// The command line, the scorecard pane and the exported page all show this same summary.
public struct ScorecardSummary: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public var metric: Metric
    public var latest: Observation?
    public var status: MetricStatus
    /// Latest value minus the value `windowWeeks` before it.
    public var change: Double?
    /// Whether this metric is one of the promise's proof.
    public var provesPromise: Bool
  }

  public struct Alert: Equatable, Sendable {
    public var rule: Rule
    public var metric: MetricID?
    public var message: String
  }

  public var rows: [Row]
  public var alerts: [Alert]
  public var windowWeeks: Int

  public init(workspace: Workspace, today: CalendarDate, windowWeeks: Int = 4) {
    self.init(workspace: workspace, findings: Checks.run(workspace, today: today), windowWeeks: windowWeeks)
  }

  /// The summary from findings already computed (the screens keep them current), so drawing a
  /// frame does not run the checks again.
  public init(workspace: Workspace, findings: [Finding], windowWeeks: Int = 4) {
    self.windowWeeks = windowWeeks
    let proof = Set(workspace.promise.proofMetrics)
    let ordered = MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }
    rows = ordered.map { metric in
      Row(metric: metric, latest: metric.latest, status: metric.status,
        change: metric.change(overWeeks: windowWeeks), provesPromise: proof.contains(metric.id))
    }
    alerts = Self.alerts(workspace: workspace, findings: findings)
  }

  /// The alerts alone, from findings already computed: what the scorecard pane draws above its
  /// rows each frame, without working out every metric's row.
  public static func alerts(workspace: Workspace, findings: [Finding]) -> [Alert] {
    let alertRules: Set<Rule> = [.divergence, .staleMetric, .metricWithoutTarget, .missingLayer]
    let metrics = workspace.scorecard.metrics
    return findings.filter { alertRules.contains($0.rule) && [.scorecard, .history].contains($0.document.kind) }
      .sorted { ScorecardSummary.alertOrder($0.rule) < ScorecardSummary.alertOrder($1.rule) }
      .map { finding in
        var metric: MetricID?
        if let id = HistoryKind.metric(of: finding.document) {
          metric = id
        } else if finding.path.components.count >= 2, case .index(let i) = finding.path.components[1],
          metrics.indices.contains(i)
        {
          metric = metrics[i].id
        }
        return Alert(rule: finding.rule, metric: metric, message: finding.message)
      }
  }

  /// What the layers say together comes first, then what is missing.
  private static func alertOrder(_ rule: Rule) -> Int {
    switch rule {
    case .divergence: 0
    case .staleMetric: 1
    case .metricWithoutTarget: 2
    default: 3
    }
  }
}
