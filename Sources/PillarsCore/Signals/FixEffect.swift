/// Whether a fix at the root worked: the theme's share of contacts in the weeks after the week
/// it was fixed against the weeks before (up to ``span`` weeks each side, the fix's own week
/// left out, since it holds contacts from both sides).
public struct FixEffect: Equatable, Sendable {
  public enum Verdict: Equatable, Sendable {
    /// No week after the fix holds counts yet.
    case tooEarly
    /// The share fell by this fraction (0 to 1).
    case fell(Double)
    /// Within a tenth either way.
    case noChange
    /// The share rose by this fraction; `.infinity` when it was 0 before.
    case rose(Double)
  }

  /// How many weeks either side are compared.
  public static let span = 6
  /// A change smaller than this (a tenth of the share before) is no change.
  public static let threshold = 0.1

  public var fixedOn: CalendarDate
  /// Shares of all themes' contacts, 0 to 1.
  public var shareBefore: Double
  public var shareAfter: Double
  /// Weeks after the fix that hold counts.
  public var weeksAfter: Int
  public var verdict: Verdict

  /// The effect of `theme`'s fix among `themes`, weeks after the fix counted up to `lastWeek`;
  /// nil when the theme is not fixed at the root on a date.
  public init?(of theme: SignalTheme, among themes: [SignalTheme], through lastWeek: ISOWeek) {
    guard theme.state == .fixed, let fixedOn = theme.fixedOn else { return nil }
    let fixWeek = fixedOn.isoWeek
    let afterEnd = min(lastWeek, fixWeek.adding(weeks: Self.span))
    let weeksAfter = max(0, fixWeek.weeks(until: afterEnd))
    func share(from first: ISOWeek, through last: ISOWeek) -> Double {
      guard first <= last else { return 0 }
      let mine = theme.series(from: first, through: last).reduce(0, +)
      let all = themes.reduce(0) { $0 + $1.series(from: first, through: last).reduce(0, +) }
      return all == 0 ? 0 : Double(mine) / Double(all)
    }
    let before = share(from: fixWeek.adding(weeks: -Self.span), through: fixWeek.adding(weeks: -1))
    let after = share(from: fixWeek.adding(weeks: 1), through: afterEnd)
    self.fixedOn = fixedOn
    shareBefore = before
    shareAfter = after
    self.weeksAfter = weeksAfter
    if weeksAfter == 0 {
      verdict = .tooEarly
    } else if before == 0 {
      verdict = after > 0 ? .rose(.infinity) : .noChange
    } else {
      let change = (after - before) / before
      verdict = change <= -Self.threshold ? .fell(-change) : change >= Self.threshold ? .rose(change) : .noChange
    }
  }

  /// "fell 62%", "no change yet", "rose 15%", "too early to tell".
  public var text: String {
    switch verdict {
    case .tooEarly: "too early to tell"
    case .noChange: weeksAfter >= Self.span ? "no change" : "no change yet"
    case .fell(let fraction): "fell \(Int((fraction * 100).rounded()))%"
    case .rose(let fraction): fraction.isFinite ? "rose \(Int((fraction * 100).rounded()))%" : "rose from none"
    }
  }

  /// Whether the share fell.
  public var worked: Bool { if case .fell = verdict { true } else { false } }
}
