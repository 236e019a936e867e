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
}
