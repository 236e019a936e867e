import PillarsCore

/// What changed in the strategy since the last weekly review was committed, in strategy words.
public struct ChangesSinceReview: Equatable, Sendable {
  public var lines: [String]
  /// The commit of the last review, abbreviated.
  public var since: String

  public init(lines: [String], since: String) {
    self.lines = lines
    self.since = since
  }
}

/// The weekly review open over the scorecard: the week under review and what the meeting looks at.
public struct ReviewSession: Equatable, Sendable {
  /// A row of the review: an open decision of an earlier review or a monthly checkpoint to follow
  /// up, a metric of the scorecard, or a decision of the week.
  public enum Item: Equatable, Sendable {
    case followUp(DecisionLog, DecisionID)
    case metric(MetricID)
    /// A theme of the customer signals, in one of the section's lists.
    case signal(SignalsWeek.Part, SignalThemeID)
    case decision(DecisionID)
  }

  public var week: ISOWeek
  /// The metric shown alone and large; nil shows the whole scorecard.
  public var focus: MetricID?
  /// The highlighted row of `items`.
  public var row: Int

  public init(week: ISOWeek, focus: MetricID? = nil, row: Int = 0) {
    self.week = week
    self.focus = focus
    self.row = row
  }

  /// The agenda: the open decisions of earlier reviews and checkpoints to follow up, oldest first; the metrics by
  /// layer; the customer signals; then the week's decisions.
  public func items(in workspace: Workspace) -> [Item] {
    followUps(in: workspace).map { .followUp($0.log, $0.decision.id) }
      + MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }.map { .metric($0.id) }
      + signalItems(in: workspace)
      + (workspace.review(week)?.decisions ?? []).map { .decision($0.id) }
  }

  /// Decisions still open of the reviews before this one and of the checkpoints held by its week's end.
  public func followUps(in workspace: Workspace) -> [(log: DecisionLog, decision: Decision)] {
    workspace.followUps(forReviewOf: week)
  }

  /// The highlighted item, if there is any.
  public func selected(in workspace: Workspace) -> Item? {
    let items = items(in: workspace)
    return items.isEmpty ? nil : items[max(0, min(items.count - 1, row))]
  }

  /// The latest review before this one: what "since the last review" compares with.
  public func previousReview(in workspace: Workspace) -> ISOWeek? {
    workspace.reviews.last { $0.week < week }?.week
  }
}
