/// What the monthly checkpoint looks at, worked out from the workspace: the segments and their
/// scores, every metric's last four weeks, the assumptions due to be looked at again, and the
/// experiments finished in the month with what was decided.
public struct CheckpointAgenda: Equatable, Sendable {
  /// A metric's four weeks, oldest first, with the change from the first value to the last.
  public struct Trend: Equatable, Sendable {
    public var metric: MetricID
    public var name: String
    public var unit: String
    public var layer: MetricLayer
    public var values: [Double?]
    /// The last value of the four weeks minus the first, when there are two.
    public var change: Double?
    /// Whether the change goes the way the metric should; nil without a change or when it is flat.
    public var improving: Bool?
  }

  public static let trendWeeks = 4

  public var month: CalendarMonth
  /// The segments, highest score first.
  public var segments: [Segment]
  /// The primary segment as the segments document has it now.
  public var primary: SegmentID?
  /// What the month's checkpoint recorded as primary, if it has been confirmed or changed.
  public var confirmedPrimary: SegmentID?
  /// The last of the four weeks of the trends.
  public var lastWeek: ISOWeek
  public var trends: [Trend]
  /// Assumptions whose date to look at them again is in the month or before, earliest first.
  public var assumptionsDue: [Assumption]
  /// Experiments done or stopped with their end date in the month.
  public var experimentsFinished: [Experiment]

  public init(_ workspace: Workspace, month: CalendarMonth, today: CalendarDate) {
    self.month = month
    segments = workspace.segments.ranked
    primary = workspace.segments.primary?.id
    confirmedPrimary = workspace.checkpoint(month)?.primarySegment
    // The month's last four weeks; while the month is under way, the four up to the last whole
    // week, since this week's values are not in yet.
    lastWeek = month.lastDay < today ? month.lastDay.isoWeek : today.isoWeek.adding(weeks: -1)
    trends = MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }.map { [lastWeek] metric in
      let values = metric.values(endingAt: lastWeek, count: Self.trendWeeks)
      let known = values.compactMap { $0 }
      // From the first value of the four weeks to the last, rounded as people read it.
      let change = known.count >= 2 ? ((known[known.count - 1] - known[0]) * 1e9).rounded() / 1e9 : nil
      return Trend(
        metric: metric.id, name: metric.name, unit: metric.unit, layer: metric.layer, values: values, change: change,
        improving: change.flatMap { $0 == 0 ? nil : metric.direction.improves($0) })
    }
    assumptionsDue = workspace.assumptions.assumptions.filter { ($0.revisit.map { $0 <= month.lastDay }) ?? false }
      .sorted { ($0.revisit ?? month.lastDay) < ($1.revisit ?? month.lastDay) }
    experimentsFinished = workspace.experiments.filter { experiment in
      (experiment.state == .done || experiment.state == .stopped) && (experiment.end.map(month.contains) ?? false)
    }
  }

  /// Whether the checkpoint has confirmed the primary segment the segments document names now.
  public var primaryIsConfirmed: Bool { primary != nil && confirmedPrimary == primary }
}
