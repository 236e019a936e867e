import PillarsCore

/// The monthly checkpoint open over the screens: the month under review and the highlighted row.
public struct CheckpointSession: Equatable, Sendable {
  /// A row of the checkpoint's agenda.
  public enum Item: Equatable, Sendable {
    /// An open decision of an earlier checkpoint or of a weekly review, to follow up.
    case followUp(DecisionLog, DecisionID)
    case segment(SegmentID)
    case metric(MetricID)
    case assumption(AssumptionID)
    case experiment(ExperimentID)
    case decision(DecisionID)
  }

  public var month: CalendarMonth
  /// The highlighted row of `items`.
  public var row: Int

  public init(month: CalendarMonth, row: Int = 0) {
    self.month = month
    self.row = row
  }

  /// The agenda: the open decisions of earlier checkpoints and the weekly reviews, then segment focus, every metric's trend,
  /// the assumptions due, the experiments finished, and the month's decisions.
  public func items(in workspace: Workspace, agenda: CheckpointAgenda) -> [Item] {
    followUps(in: workspace).map { .followUp($0.log, $0.decision.id) }
      + agenda.segments.map { .segment($0.id) }
      + agenda.trends.map { .metric($0.metric) }
      + agenda.assumptionsDue.map { .assumption($0.id) }
      + agenda.experimentsFinished.map { .experiment($0.id) }
      + workspace.decisions(in: .checkpoint(month)).map { .decision($0.id) }
  }

  public func items(in workspace: Workspace, today: CalendarDate) -> [Item] {
    items(in: workspace, agenda: CheckpointAgenda(workspace, month: month, today: today))
  }

  /// Decisions still open of the checkpoints before this one and of the weekly reviews up to its month's end.
  public func followUps(in workspace: Workspace) -> [(log: DecisionLog, decision: Decision)] {
    workspace.followUps(forCheckpointOf: month)
  }

  /// The highlighted item, if there is any.
  public func selected(in workspace: Workspace, today: CalendarDate) -> Item? {
    let items = items(in: workspace, today: today)
    return items.isEmpty ? nil : items[max(0, min(items.count - 1, row))]
  }

  /// The decision a row stands for: the month's, or one taken earlier to follow up.
  func decision(_ item: Item?) -> (log: DecisionLog, id: DecisionID)? {
    switch item {
    case .followUp(let log, let d): (log, d)
    case .decision(let d): (.checkpoint(self.month), d)
    case .segment, .metric, .assumption, .experiment, nil: nil
    }
  }
}
