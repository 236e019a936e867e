import PillarsCore

/// The editable fields of a pillar, in the order its opened view shows them.
public enum PillarField: String, CaseIterable, Hashable, Sendable {
  case status, owner, summary, notes

  public var label: String { rawValue }

  /// The field's row title in the opened pillar.
  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  var kind: EditTarget.Kind {
    switch self {
    case .status: .choice(PillarStatus.allCases.map { ($0.label, $0.rawValue) })
    case .notes: .text(multiline: true)
    case .owner, .summary: .text(multiline: false)
    }
  }

  func text(of pillar: Pillar) -> String {
    switch self {
    case .status: pillar.status.rawValue
    case .owner: pillar.owner
    case .summary: pillar.summary
    case .notes: pillar.notes
    }
  }

  /// Writes `text` into the pillar; returns why not when the text is refused.
  func apply(_ text: String, to pillar: inout Pillar) -> EditRefusal? {
    switch self {
    case .status:
      guard let status = PillarStatus(rawValue: text) else { return "unknown status \"\(text)\"" }
      pillar.status = status
    case .owner: pillar.owner = text.trimmingWhitespace
    case .summary: pillar.summary = text.trimmingWhitespace
    case .notes: pillar.notes = text
    }
    return nil
  }
}
