import PillarsCore

/// The editable fields of a decision taken in a review.
public enum DecisionField: String, CaseIterable, Hashable, Sendable {
  case text, owner

  public var label: String {
    switch self {
    case .text: "decision"
    case .owner: "decision owner"
    }
  }

  var kind: EditTarget.Kind { .text(multiline: false) }

  func text(of decision: Decision) -> String {
    switch self {
    case .text: decision.text
    case .owner: decision.owner
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
    }
    return nil
  }
}
