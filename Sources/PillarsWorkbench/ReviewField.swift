import PillarsCore

/// The editable fields of a week's review: who came, and what was said about each metric.
public enum ReviewField: Hashable, Sendable {
  case attendees
  case note(MetricID)

  var kind: EditTarget.Kind {
    switch self {
    case .attendees: .text(multiline: false)
    case .note: .text(multiline: true)
    }
  }

  /// "Lena, Tomas" as a list of names; a monthly checkpoint reads its attendees the same way.
  static func attendees(from text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
  }

  func text(of review: Review) -> String {
    switch self {
    case .attendees: review.attendees.joined(separator: ", ")
    case .note(let m): review.notes[m.rawValue] ?? ""
    }
  }

  func apply(_ text: String, to review: inout Review) {
    switch self {
    case .attendees: review.attendees = Self.attendees(from: text)
    case .note(let m): review.notes[m.rawValue] = text.trimmingWhitespace.isEmpty ? nil : text
    }
  }
}
