import PillarsCore

/// The editable fields of a journey itself; its stages and touchpoints have their own.
public enum JourneyField: String, CaseIterable, Hashable, Sendable {
  case name, segment, state

  public var label: String {
    switch self {
    case .name: "name"
    case .segment: "for segment"
    case .state: "current or future state"
    }
  }

  func kind(in workspace: Workspace) -> EditTarget.Kind {
    switch self {
    case .name: .text(multiline: false)
    case .segment: .choice([("(none)", "")] + workspace.segments.ranked.map { ($0.name, $0.id.rawValue) })
    case .state: .choice([("current state: how it is today", "current"), ("future state: how it should be", "future")])
    }
  }

  func text(of journey: Journey) -> String {
    switch self {
    case .name: journey.name
    case .segment: journey.segment?.rawValue ?? ""
    case .state: journey.state.rawValue
    }
  }

  /// Writes `text` into the journey; returns why not when the text is refused.
  func apply(_ text: String, to journey: inout Journey, in workspace: Workspace) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "a journey needs a name" }
      journey.name = trimmed
    case .segment:
      guard trimmed.isEmpty || workspace.segments[SegmentID(trimmed)] != nil else { return "no segment \"\(shortQuote(trimmed))\"" }
      journey.segment = trimmed.isEmpty ? nil : SegmentID(trimmed)
    case .state:
      guard let value = JourneyState(rawValue: trimmed) else { return "a journey is a current or a future state" }
      journey.state = value
    }
    return nil
  }
}
