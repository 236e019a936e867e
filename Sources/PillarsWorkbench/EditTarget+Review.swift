import PillarsCore

/// Writing the review of a week: notes per metric, attendees and decisions.
extension EditTarget {
  /// Applies `text` to the review of `week`, starting that review when it does not exist yet.
  func applyToReview(_ text: String, week: ISOWeek, _ reviews: inout [Review]) -> EditRefusal? {
    var review = reviews.first { $0.week == week } ?? Review(week: week)
    let trimmed = text.trimmingWhitespace
    switch self {
    case .reviewNote(_, let m):
      review.notes[m.rawValue] = trimmed.isEmpty ? nil : text
    case .reviewAttendees:
      review.attendees = text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    case .newDecision(_, let kind):
      guard !trimmed.isEmpty else { return "a decision needs words" }
      let id = DecisionID(Slug.unique("decision-\(review.decisions.count + 1)", avoiding: Set(review.decisions.map(\.id.rawValue))))
      review.decisions.append(Decision(id: id, kind: kind, text: trimmed))
    case .decisionText(_, let d):
      guard let index = review.decisions.firstIndex(where: { $0.id == d }) else { return "the decision is gone" }
      guard !trimmed.isEmpty else { return "a decision needs words; d deletes it" }
      review.decisions[index].text = trimmed
    case .decisionOwner(_, let d):
      guard let index = review.decisions.firstIndex(where: { $0.id == d }) else { return "the decision is gone" }
      review.decisions[index].owner = trimmed
    default: return "not a review field"
    }
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
