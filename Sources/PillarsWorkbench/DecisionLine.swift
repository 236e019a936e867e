import PillarsCore
import ScreenKit

/// A decision's line in the weekly review and the monthly checkpoint, so both read it the same:
/// the kind, a ♥ when it chose the customer over a short-term number, the words, then the owner,
/// the due date and how it stands.
struct DecisionLine {
  var decision: Decision
  var theme: Theme
  var today: CalendarDate

  /// The mark of a customer-first decision; a glyph that reads without colour.
  static let customerFirstMark = "♥"

  /// The hint the decisions' headings give for the keys that follow a decision up.
  static let keys = "x done · X drop · A action · D due · n note · f \(customerFirstMark) customer first"

  /// A decision taken earlier, to follow up: where it was taken comes first.
  func followUp(from log: DecisionLog, selected: Bool) -> Line {
    let base = selected ? theme[.selection] : theme[.text]
    let overdue = decision.isOverdue(on: today)
    let due = decision.due.map { " · due \($0)" + (overdue ? ", overdue" : "") } ?? ""
    return Line([
      Span(" " + TextLayout.pad(log.takenIn, toWidth: 13) + "  ", style: theme.style(.muted, on: base)),
      Span(TextLayout.pad(decision.kind.title, toWidth: 9), style: base.patched(with: Style(bold: true))),
    ] + words(on: base) + [
      Span((decision.owner.isBlank ? "  (no owner)" : "  — \(decision.owner)") + due,
        style: overdue ? theme.style(.danger, on: base) : theme.style(.muted, on: base)),
    ])
  }

  /// A decision of this review or checkpoint.
  func taken(selected: Bool) -> Line {
    let base = selected ? theme[.selection] : theme[.text]
    return Line([
      Span(" " + TextLayout.pad(decision.kind.title, toWidth: 10), style: base.patched(with: Style(bold: true))),
    ] + words(on: base) + [
      Span((decision.owner.isBlank ? "  (no owner: o)" : "  — \(decision.owner)")
        + (decision.due.map { " · due \($0)" } ?? "") + (decision.state == .open ? "" : " · \(decision.state.rawValue)"),
        style: theme.style(.muted, on: base)),
    ])
  }

  private func words(on base: Style) -> [Span] {
    (decision.customerFirst ? [Span(Self.customerFirstMark + " ", style: theme.style(.accent, on: base))] : [])
      + [Span(decision.text, style: base)]
  }

  /// "from earlier reviews and checkpoints": where the follow-ups of a review (or, with
  /// `inCheckpoint`, of a checkpoint) come from.
  static func origins(_ logs: [DecisionLog], inCheckpoint: Bool) -> String {
    let fromReviews = logs.contains { if case .review = $0 { true } else { false } }
    let fromCheckpoints = logs.contains { if case .checkpoint = $0 { true } else { false } }
    switch (inCheckpoint, fromReviews, fromCheckpoints) {
    case (false, _, false): return "from earlier reviews"
    case (false, false, true): return "from the checkpoints"
    case (false, true, true): return "from earlier reviews and checkpoints"
    case (true, false, _): return "from earlier checkpoints"
    case (true, true, false): return "from the weekly reviews"
    case (true, true, true): return "from earlier checkpoints and the weekly reviews"
    }
  }
}
