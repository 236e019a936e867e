import PillarsCore
import ScreenKit

/// The review's customer-signals section: the top themes of the week, the biggest movers against
/// the week before, and the fixes at the root that landed this quarter with their effect so far.
extension ReviewView {
  /// The widest a theme's name is shown, so the counts line up.
  static let signalNameWidth = 34

  /// The section's lines for one of its items, with the section's heading before the first and a
  /// list's label on its first row.
  func signalLines(
    _ part: SignalsWeek.Part, _ id: SignalThemeID, signals: SignalsWeek, previous: SignalsWeek.Part?, selected: Bool
  ) -> [(Line, Bool)] {
    let theme = state.theme
    let base = selected ? theme[.selection] : theme[.text]
    let muted = theme.style(.muted, on: base)
    var lines: [(Line, Bool)] = []
    if previous == nil {
      let change = signals.total - signals.totalWeekBefore
      let heading = " CUSTOMER SIGNALS · \(signals.week) · \(plural(signals.total, "contact"))"
        + (signals.totalWeekBefore > 0 ? " (\(Self.signed(change)) on the week before)" : "")
      lines.append((Line([]), false))
      lines.append((Line([Span(heading, style: theme[.accent]), Span("  Enter shows the theme", style: theme[.muted])]), false))
    }
    let label = previous == part ? "" : part == .top ? "Top" : part == .mover ? "Moved" : "Fixed"
    var spans = [Span("   " + TextLayout.pad(label, toWidth: 7), style: muted)]
    switch part {
    case .top, .mover:
      guard let entry = (part == .top ? signals.top : signals.movers).first(where: { $0.theme == id }) else { return lines }
      let changeStyle = entry.change > 0 ? theme.style(.danger, on: base) : entry.change < 0 ? theme.style(.ok, on: base) : base
      spans += [
        Span(TextLayout.pad(SafeText.line(entry.name), toWidth: Self.signalNameWidth), style: base),
        Span(TextLayout.pad("\(entry.contacts)", toWidth: 6, alignment: .right), style: base.patched(with: Style(bold: true))),
        Span(TextLayout.pad(percent(entry.share), toWidth: 5, alignment: .right), style: muted),
        Span(TextLayout.pad(Self.signed(entry.change), toWidth: 6, alignment: .right), style: changeStyle),
        Span(entry.state == .open ? "" : "  \(entry.state.title)", style: muted),
      ]
    case .fix:
      guard let fix = signals.fixes.first(where: { $0.theme == id }) else { return lines }
      let effect = fix.effect
      let verdictStyle = effect.worked ? theme.style(.ok, on: base)
        : { if case .rose = effect.verdict { true } else { false } }() ? theme.style(.danger, on: base) : base
      spans += [
        Span(TextLayout.pad(SafeText.line(fix.name), toWidth: Self.signalNameWidth), style: base),
        Span(" \(effect.text)", style: verdictStyle.patched(with: Style(bold: true))),
        Span("  fixed \(effect.fixedOn) · share \(percent(effect.shareBefore)) → \(percent(effect.shareAfter))", style: muted),
      ]
    }
    lines.append((Line(spans), selected))
    return lines
  }

  /// "↑12", "↓3", "→0".
  static func signed(_ change: Int) -> String { (change > 0 ? "↑" : change < 0 ? "↓" : "→") + "\(abs(change))" }

  private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
