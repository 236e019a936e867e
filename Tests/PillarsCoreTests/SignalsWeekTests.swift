import Testing

@testable import PillarsCore

/// What the weekly review shows of the signals: the top themes, the movers, the fixes that landed.
@Suite struct SignalsWeekTests {
  static let last = SignalsTests.last

  @Test func theTopThemesAndTheMoversOfTheLatestCountedWeek() {
    let themes = [
      SignalsTests.theme("login", [30, 40]), SignalsTests.theme("refund", [20, 20]), SignalsTests.theme("billing", [10, 15]),
      SignalsTests.theme("delivery", [2, 12]), SignalsTests.theme("invoice", [9, 1]), SignalsTests.theme("quiet", [3, 3]), SignalsTests.theme("slight", [4, 5]),
    ]
    // The review of the week after the last one counted looks at the last one counted.
    let signals = SignalsWeek(themes: themes, reviewWeek: Self.last.adding(weeks: 1))
    #expect(signals.week == Self.last)
    #expect(signals.total == 96)
    #expect(signals.totalWeekBefore == 78)
    #expect(signals.top.map(\.theme) == ["login", "refund", "billing"])
    #expect(signals.top.map(\.change) == [10, 0, 5])
    // The movers leave out the top themes and the themes that did not move; the largest change
    // either way first, two of them.
    #expect(signals.movers.map(\.theme) == ["delivery", "invoice"])
    #expect(signals.movers.map(\.change) == [10, -8])
  }

  @Test func aFixOfThisQuarterIsShownWithItsVerdictAnOlderOneIsNot() {
    var recent = SignalsTests.theme("refund", [20, 20, 20, 20, 20, 20, 20, 10, 10, 10, 10, 10, 10, 10])
    recent.state = .fixed
    recent.fixedOn = Self.last.adding(weeks: -6).monday
    var old = SignalsTests.theme("billing", Array(repeating: 5, count: 30))
    old.state = .fixed
    old.fixedOn = Self.last.adding(weeks: -20).monday
    let other = SignalsTests.theme("login", Array(repeating: 20, count: 14))
    let signals = SignalsWeek(themes: [recent, old, other], reviewWeek: Self.last)
    #expect(signals.fixes.map(\.theme) == ["refund"])
    // Six weeks before: 120 of 270 contacts (44%); after: 60 of 210 (29%), a fall of 36%.
    #expect(signals.fixes.first?.effect.text == "fell 36%")
  }

  @Test func noThemesNothingToShow() {
    #expect(SignalsWeek(themes: [], reviewWeek: Self.last).isEmpty)
  }
}
