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
