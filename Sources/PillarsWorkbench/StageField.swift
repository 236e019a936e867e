import PillarsCore

/// The editable fields of a journey's stage.
public enum StageField: String, CaseIterable, Hashable, Sendable {
  case name, goal

  /// What the editor's title adds after the stage; renaming shows the stage's name alone.
  public var label: String? {
    switch self {
    case .name: nil
    case .goal: "the customer's goal"
    }
  }

  var kind: EditTarget.Kind { .text(multiline: false) }

  func text(of stage: Stage) -> String {
    switch self {
    case .name: stage.name
    case .goal: stage.goal
    }
  }

  /// Writes `text` into the stage; returns why not when the text is refused.
  func apply(_ text: String, to stage: inout Stage) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "a stage needs a name" }
      stage.name = trimmed
    case .goal: stage.goal = trimmed
    }
    return nil
  }
}
