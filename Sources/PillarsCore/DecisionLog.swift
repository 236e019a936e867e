/// Where a stop / start / continue decision was taken: a weekly review or a monthly checkpoint.
/// Both keep their decisions the same way, so the screens follow them up the same way.
public enum DecisionLog: Hashable, Sendable, CustomStringConvertible {
  case review(ISOWeek)
  case checkpoint(CalendarMonth)

  /// The document that holds the decisions.
  public var document: DocumentRef {
    switch self {
    case .review(let week): .review(week)
    case .checkpoint(let month): .checkpoint(month)
    }
  }

  /// "Review 2026-W47", "Checkpoint 2026-11".
  public var description: String {
    switch self {
    case .review(let week): "Review \(week)"
    case .checkpoint(let month): "Checkpoint \(month)"
    }
  }

  /// Where a followed-up decision was taken, as its line says it: "week 2026-W46", "month 2026-10".
  public var takenIn: String {
    switch self {
    case .review(let week): "week \(week)"
    case .checkpoint(let month): "month \(month)"
    }
  }

  /// When a decision taken here is due unless the team says otherwise: when it comes back. A weekly
  /// review's at the next week's review, on the workspace's review day; a monthly checkpoint's by
  /// the end of the next month, when the next checkpoint has looked at it.
  public func comesBack(reviewDay: Weekday) -> CalendarDate {
    switch self {
    case .review(let week):
      let offset = Weekday.allCases.firstIndex(of: reviewDay) ?? 0
      return week.adding(weeks: 1).monday.adding(days: offset)
    case .checkpoint(let month): return month.adding(months: 1).lastDay
    }
  }

  /// The day the log's meeting may have been held by: a review's by the end of its week, a
  /// checkpoint's by the end of its month. Orders what comes back oldest first.
  var heldBy: CalendarDate {
    switch self {
    case .review(let week): week.monday.adding(days: 6)
    case .checkpoint(let month): month.lastDay
    }
  }
}

extension Workspace {
  /// The decisions kept in `log`; empty when it has not been started.
  public func decisions(in log: DecisionLog) -> [Decision] {
    switch log {
    case .review(let week): review(week)?.decisions ?? []
    case .checkpoint(let month): checkpoint(month)?.decisions ?? []
    }
  }

  /// Changes the decisions of `log`, starting that review or checkpoint when it does not exist yet.
  public mutating func updateDecisions<Result>(in log: DecisionLog, _ change: (inout [Decision]) -> Result) -> Result {
    switch log {
    case .review(let week):
      var review = self.review(week) ?? Review(week: week)
      let result = change(&review.decisions)
      reviews.removeAll { $0.week == week }
      reviews.append(review)
      reviews.sort { $0.week < $1.week }
      return result
    case .checkpoint(let month):
      var checkpoint = self.checkpoint(month) ?? MonthlyCheckpoint(month: month)
      let result = change(&checkpoint.decisions)
      checkpoints.removeAll { $0.month == month }
      checkpoints.append(checkpoint)
      checkpoints.sort { $0.month < $1.month }
      return result
    }
  }
}

extension Workspace {
  /// The open decisions the weekly review of `week` follows up: those of the reviews before it, and
  /// those of the monthly checkpoints of months begun by the end of that week (a checkpoint's
  /// decisions come back at the weekly reviews after it). Oldest first.
  public func followUps(forReviewOf week: ISOWeek) -> [(log: DecisionLog, decision: Decision)] {
    let endOfWeek = week.monday.adding(days: 6)
    let logs = reviews.filter { $0.week < week }.map { DecisionLog.review($0.week) }
      + checkpoints.filter { $0.month.firstDay <= endOfWeek }.map { DecisionLog.checkpoint($0.month) }
    return openDecisions(in: logs)
  }

  /// The open decisions the monthly checkpoint of `month` follows up: those of the checkpoints
  /// before it, and those of every weekly review begun by the end of the month — the checkpoint
  /// looks at everything still open. Oldest first.
  public func followUps(forCheckpointOf month: CalendarMonth) -> [(log: DecisionLog, decision: Decision)] {
    let logs = checkpoints.filter { $0.month < month }.map { DecisionLog.checkpoint($0.month) }
      + reviews.filter { $0.week.monday <= month.lastDay }.map { DecisionLog.review($0.week) }
    return openDecisions(in: logs)
  }

  /// The open decisions of `logs`, ordered by when their meetings were held (stably: a week's
  /// review before the checkpoint of a month that ends later).
  private func openDecisions(in logs: [DecisionLog]) -> [(log: DecisionLog, decision: Decision)] {
    logs.enumerated().sorted { a, b in
      a.element.heldBy != b.element.heldBy ? a.element.heldBy < b.element.heldBy : a.offset < b.offset
    }.flatMap { _, log in decisions(in: log).filter { $0.state == .open }.map { (log: log, decision: $0) } }
  }
}

extension Workspace {
  /// Every decision of every weekly review and monthly checkpoint with where it was taken, as the
  /// decisions log reads: the open ones first (overdue first, then by due date, undated last), then
  /// the done ones, then the dropped ones; otherwise in the order they were taken, reviews before
  /// checkpoints.
  public func decisionsLog(today: CalendarDate) -> [(log: DecisionLog, decision: Decision)] {
    let taken = reviews.flatMap { review in review.decisions.map { (log: DecisionLog.review(review.week), decision: $0) } }
      + checkpoints.flatMap { checkpoint in checkpoint.decisions.map { (log: DecisionLog.checkpoint(checkpoint.month), decision: $0) } }
    func rank(_ state: DecisionState) -> Int {
      switch state {
      case .open: 0
      case .done: 1
      case .dropped: 2
      }
    }
    // Sorted stably: ties keep the order the decisions were taken in.
    return taken.enumerated().sorted { a, b in
      let (x, y) = (a.element.decision, b.element.decision)
      if rank(x.state) != rank(y.state) { return rank(x.state) < rank(y.state) }
      if x.isOverdue(on: today) != y.isOverdue(on: today) { return x.isOverdue(on: today) }
      switch (x.due, y.due) {
      case (let p?, let q?) where p != q: return p < q
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.offset < b.offset
      }
    }.map(\.element)
  }
}
