import Testing

@testable import PillarsCore

/// The Pareto of customer signals, the before/after of a fix, and the signals' checks.
@Suite struct SignalsTests {
  static let last = ISOWeek(year: 2026, week: 20)!

  /// A theme with `counts` contacts in the weeks ending with week 20, oldest first.
  static func theme(_ id: String, _ counts: [Int], owner: String = "Support lead") -> SignalTheme {
    let first = last.adding(weeks: -(counts.count - 1))
    return SignalTheme(
      id: SignalThemeID(id), name: id.capitalized, owner: owner,
      weeks: counts.enumerated().filter { $0.element > 0 }.map { WeeklyContacts(week: first.adding(weeks: $0.offset), contacts: $0.element) })
  }

  @Test func themesRankByContactsWithTheEightyPercentLine() {
    let themes = [
      Self.theme("billing", [10, 10, 10, 10]), Self.theme("login", [25, 25, 25, 25]), Self.theme("delivery", [5, 5, 5, 5]),
      Self.theme("refund", [15, 15, 15, 25]), Self.theme("other", [0, 0, 0, 0]),
    ]
    let pareto = SignalsPareto(themes: themes, weeks: 4, through: Self.last)
    #expect(pareto.rows.map(\.theme) == ["login", "refund", "billing", "delivery"])
    #expect(pareto.total == 230)
    #expect(pareto.rows.map(\.contacts) == [100, 70, 40, 20])
    // 43%, 74%, 91%: billing crosses the line, so it is among the drivers; delivery is not.
    #expect(pareto.rows.map(\.drivesEighty) == [true, true, true, false])
    #expect(abs(pareto.rows[2].cumulativeShare - 210.0 / 230) < 1e-9)
    #expect(pareto.rows[3].cumulativeShare == 1)
    #expect(pareto.summary == "3 themes drive 91% of contacts (of 4)")
    #expect(pareto.rows[1].changeSinceLastWeek == 10)
    #expect(pareto.rows[1].trend == [15, 15, 15, 25])
  }

  @Test func aFilterCountsOnlyItsChannel() {
    var theme = Self.theme("login", [4])
    theme.weeks[0].channels = ["chat": 3, "email": 1]
    let other = SignalTheme(id: "billing", name: "Billing", weeks: [WeeklyContacts(week: Self.last, contacts: 9, channels: ["email": 9])])
    let pareto = SignalsPareto(themes: [theme, other], weeks: 4, through: Self.last, filter: .channel("chat"))
    #expect(pareto.rows.map(\.theme) == ["login"])
    #expect(pareto.total == 3)
  }

  @Test func aFixThatHalvedTheShareFell() throws {
    var fixed = Self.theme("refund", [20, 20, 20, 20, 20, 20, 20, 10, 10, 10, 10, 10, 10, 10])
    let other = Self.theme("login", Array(repeating: 20, count: 14))
    // Fixed on the Wednesday of the eighth of the fourteen weeks: 6 weeks before, 6 after.
    fixed.state = .fixed
    fixed.fixedOn = Self.last.adding(weeks: -6).monday.adding(days: 2)
    let effect = try #require(FixEffect(of: fixed, among: [fixed, other], through: Self.last))
    #expect(effect.shareBefore == 0.5)
    #expect(abs(effect.shareAfter - 1.0 / 3) < 1e-9)
    #expect(effect.text == "fell 33%")
    #expect(effect.worked)
  }

  @Test func theVerdictSaysNoChangeRoseOrTooEarly() throws {
    let other = Self.theme("login", Array(repeating: 20, count: 14))
    var flat = Self.theme("refund", Array(repeating: 20, count: 14))
    flat.state = .fixed
    flat.fixedOn = Self.last.adding(weeks: -2).monday
    #expect(FixEffect(of: flat, among: [flat, other], through: Self.last)?.text == "no change yet")
    var rising = Self.theme("refund", [10, 10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30])
    rising.state = .fixed
    rising.fixedOn = Self.last.adding(weeks: -6).monday
    #expect(FixEffect(of: rising, among: [rising, other], through: Self.last)?.text == "rose 80%")
    flat.fixedOn = Self.last.monday
    #expect(FixEffect(of: flat, among: [flat, other], through: Self.last)?.verdict == .tooEarly)
    flat.state = .fixing
    #expect(FixEffect(of: flat, among: [flat, other], through: Self.last) == nil)
  }

  @Test func checksNameUnownedDriversFailedFixesAndGrowingFriction() {
    var workspace = Workspace()
    var journey = Journey(id: "main", name: "Main")
    journey.stages = [Stage(id: "use", name: "Use", touchpoints: [Touchpoint(id: "app", name: "App", friction: ["Slow refunds"])])]
    workspace.journeys = [journey]
    var growing = Self.theme("refund", [10, 20, 30, 40, 50, 300], owner: "")
    growing.friction = [FrictionLink(journey: "main", stage: "use", touchpoint: "app", friction: "Slow refunds")]
    var failed = Self.theme("login", Array(repeating: 20, count: 14))
    failed.state = .fixed
    failed.fixedOn = Self.last.adding(weeks: -7).monday
    failed.touchpoints = [TouchpointPath(journey: "main", stage: "use", touchpoint: "gone")]
    let today = CalendarDate(year: 2026, month: 5, day: 20)!
    func rules(_ themes: [SignalTheme]) -> Set<String> {
      var copy = workspace
      copy.signalThemes = themes
      return Set(Checks.run(copy, today: today).filter { $0.document.kind == .signalTheme }.map { "\($0.rule.rawValue) \($0.document.key ?? "")" })
    }
    #expect(rules([growing, Self.theme("steady", [5, 5, 5, 5, 5, 5])]) == [
      "signals.driver-no-owner refund", "signals.friction-growing refund",
    ])
    #expect(rules([failed, Self.theme("steady", Array(repeating: 20, count: 14))]) == [
      "signals.fix-not-working login", "reference.dangling login", "signals.driver-no-touchpoint steady",
    ])
  }
}
