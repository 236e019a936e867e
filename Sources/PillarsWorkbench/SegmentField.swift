import PillarsCore

/// The editable fields of a segment, in the order its opened view shows them.
public enum SegmentField: Hashable, Sendable, CaseIterable {
  case name, description
  case score(SegmentScore)
  case list(SegmentListField)

  public static let allCases: [SegmentField] =
    [.name, .description] + SegmentScore.allCases.map(score) + SegmentListField.allCases.map(list)

  public var label: String {
    switch self {
    case .name: "name"
    case .description: "description"
    case .score(let score): "\(score.label) (1-5)"
    case .list(let list): "\(list.label) (one per line)"
    }
  }

  /// The field's row title in the opened segment.
  public var title: String {
    switch self {
    case .name: "Name"
    case .description: "Description"
    case .score(let score): score.label
    case .list(let list): list.label
    }
  }

  var kind: EditTarget.Kind {
    switch self {
    case .name: .text(multiline: false)
    case .description, .list: .text(multiline: true)
    case .score: .choice(Segment.scoreRange.map { (String($0), String($0)) })
    }
  }

  func text(of segment: Segment) -> String {
    switch self {
    case .name: segment.name
    case .description: segment.description
    case .score(let score): String(score.value(of: segment))
    case .list(let list): list.items(of: segment).joined(separator: "\n")
    }
  }

  /// The value as the opened segment shows it: a score out of 5, a list on one line.
  func shownText(of segment: Segment) -> String {
    switch self {
    case .name: segment.name
    case .description: firstLine(segment.description)
    case .score(let score): "\(score.value(of: segment)) of 5"
    case .list(let list): list.items(of: segment).isEmpty ? "—" : list.items(of: segment).joined(separator: " · ")
    }
  }

  /// Writes `text` into the segment; returns why not when the text is refused.
  func apply(_ text: String, to segment: inout Segment) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "a segment needs a name" }
      segment.name = trimmed
    case .description: segment.description = text
    case .score(let score):
      guard let value = Int(trimmed), Segment.scoreRange.contains(value) else { return "a score runs from 1 to 5" }
      score.set(value, on: &segment)
    case .list(let list):
      list.set(text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }, on: &segment)
    }
    return nil
  }
}
