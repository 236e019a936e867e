import PillarsCore

/// The editable fields of the promise: the sentence, then the builder's rows as the pane shows them.
public enum PromiseField: String, CaseIterable, Hashable, Sendable {
  case sentence, segment, need, benefit, alternative

  public var label: String {
    switch self {
    case .sentence: "The promise"
    case .segment: "Builder · for (segment)"
    case .need: "Builder · who need…"
    case .benefit: "Builder · we provide…"
    case .alternative: "Builder · unlike…"
    }
  }

  func kind(in workspace: Workspace) -> EditTarget.Kind {
    switch self {
    case .sentence: .text(multiline: true)
    case .segment: .choice([("(none)", "")] + workspace.segments.segments.map { ($0.name, $0.id.rawValue) })
    case .need, .benefit, .alternative: .text(multiline: false)
    }
  }

  func text(of promise: PromiseDocument) -> String {
    switch self {
    case .sentence: promise.sentence
    case .segment: promise.builder.segment?.rawValue ?? ""
    case .need: promise.builder.need
    case .benefit: promise.builder.benefit
    case .alternative: promise.builder.alternative
    }
  }

  /// Writes `text` into the promise; a new sentence keeps the one it replaces in the history.
  func apply(_ text: String, to promise: inout PromiseDocument, today: CalendarDate) {
    switch self {
    case .sentence: promise.commit(sentence: text.trimmingWhitespace, on: today)
    case .segment: promise.builder.segment = text.isEmpty ? nil : SegmentID(text)
    case .need: promise.builder.need = text.trimmingWhitespace
    case .benefit: promise.builder.benefit = text.trimmingWhitespace
    case .alternative: promise.builder.alternative = text.trimmingWhitespace
    }
  }
}
