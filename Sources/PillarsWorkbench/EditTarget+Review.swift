import PillarsCore

/// Writing the review of a week: notes per metric, attendees and decisions.
extension EditTarget {
  /// Changes the review of `week`, starting that review when it does not exist yet; on refusal
  /// `reviews` stays as it was.
  static func updateReview(_ week: ISOWeek, in reviews: inout [Review], _ change: (inout Review) -> EditRefusal?) -> EditRefusal? {
    var review = reviews.first { $0.week == week } ?? Review(week: week)
    if let refusal = change(&review) { return refusal }
    reviews.removeAll { $0.week == week }
    reviews.append(review)
    reviews.sort { $0.week < $1.week }
    return nil
  }
}

extension DecisionKind {
  /// The word the review shows: STOP, START, CONTINUE.
  public var title: String { rawValue.uppercased() }
}
