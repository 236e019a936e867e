import PillarsCore

/// The editable fields of a pillar's action.
public enum ActionField: String, CaseIterable, Hashable, Sendable {
  case text, owner, due

  public var label: String {
    switch self {
    case .text: "action"
    case .owner: "owner"
    case .due: "due (YYYY-MM-DD)"
    }
  }

  var kind: EditTarget.Kind { .text(multiline: false) }

  func text(of action: PillarAction) -> String {
    switch self {
    case .text: action.text
    case .owner: action.owner
    case .due: action.due?.description ?? ""
    }
  }

  /// Writes `text` into the action; returns why not when the text is refused.
  func apply(_ text: String, to action: inout PillarAction) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .text:
      guard !trimmed.isEmpty else { return "an action needs some words" }
      action.text = trimmed
    case .owner: action.owner = trimmed
    case .due:
      if trimmed.isEmpty {
        action.due = nil
      } else {
        guard let date = CalendarDate(trimmed) else { return "\"\(shortQuote(trimmed))\" is not a date; write YYYY-MM-DD" }
        action.due = date
      }
    }
    return nil
  }
}
