import PillarsCore

/// The editable fields of a decision taken in a review.
public enum DecisionField: String, CaseIterable, Hashable, Sendable {
  case text, owner, due, state, note, customerFirst

  public var label: String {
    switch self {
    case .text: "decision"
    case .owner: "decision owner"
    case .due: "due (YYYY-MM-DD)"
    case .state: "state"
    case .note: "what came of it"
    case .customerFirst: "customer first (chose the customer over a short-term number)"
    }
  }

  var kind: EditTarget.Kind {
    switch self {
    case .text, .owner, .due: .text(multiline: false)
    case .state: .choice(DecisionState.allCases.map { ($0.rawValue, $0.rawValue) })
    case .note: .text(multiline: true)
    case .customerFirst: .choice([("yes", "yes"), ("no", "no")])
    }
  }

  func text(of decision: Decision) -> String {
    switch self {
    case .text: decision.text
    case .owner: decision.owner
    case .due: decision.due?.description ?? ""
    case .state: decision.state.rawValue
    case .note: decision.note
    case .customerFirst: decision.customerFirst ? "yes" : "no"
    }
  }

  /// Writes `text` into the decision; returns why not when the text is refused.
  func apply(_ text: String, to decision: inout Decision) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .text:
      guard !trimmed.isEmpty else { return "a decision needs words; d deletes it" }
      decision.text = trimmed
    case .owner: decision.owner = trimmed
    case .due:
      if trimmed.isEmpty {
        decision.due = nil
      } else {
        guard let date = CalendarDate(trimmed) else { return "\"\(shortQuote(trimmed))\" is not a date; write YYYY-MM-DD" }
        decision.due = date
      }
    case .state:
      guard let state = DecisionState(rawValue: trimmed) else { return "a decision is open, done or dropped" }
      decision.state = state
    case .note: decision.note = text.trimmingCharacters(in: .whitespacesAndNewlines)
    case .customerFirst:
      switch trimmed.lowercased() {
      case "yes": decision.customerFirst = true
      case "no": decision.customerFirst = false
      default: return "customer first is yes or no"
      }
    }
    return nil
  }
}
