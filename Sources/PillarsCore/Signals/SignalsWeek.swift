/// What the weekly review looks at in the customer signals: the themes customers contacted us
/// about most in the week, the themes that moved most against the week before, and the fixes at
/// the root that landed this quarter with their effect so far.
///
/// The week counted is the latest week holding counts, not after the week under review: helpdesk
/// exports arrive after the week they cover, so the review of W47 may look at W46's counts.
public struct SignalsWeek: Equatable, Sendable {
  /// One theme in the week.
  public struct Entry: Equatable, Sendable {
    public var theme: SignalThemeID
    public var name: String
    public var contacts: Int
    public var contactsWeekBefore: Int
    /// Of all themes' contacts in the week, 0 to 1.
    public var share: Double
    public var state: ThemeState

    /// This week's contacts less the week before's.
    public var change: Int { contacts - contactsWeekBefore }
  }

  /// A fix at the root that landed, and what it did so far.
  public struct Fix: Equatable, Sendable {
    public var theme: SignalThemeID
    public var name: String
    public var whatChanged: String
    public var effect: FixEffect
  }

  /// How many themes each list shows at most.
  public static let topCount = 3
  public static let moverCount = 2
  /// How far back a fix counts as landed: a quarter.
  public static let fixWeeks = 13

  /// The week counted.
  public var week: ISOWeek
  public var total: Int
  public var totalWeekBefore: Int
  /// Most contacts first.
  public var top: [Entry]
  /// The largest changes either way, among the themes not already in ``top``.
  public var movers: [Entry]
  /// Fixes at the root of the last ``fixWeeks`` weeks, latest first.
  public var fixes: [Fix]

  /// The signals of the review of `reviewWeek`.
  public init(themes: [SignalTheme], reviewWeek: ISOWeek) {
    let latest = themes.compactMap { $0.weeks.last(where: { $0.week <= reviewWeek })?.week }.max() ?? reviewWeek
    let before = latest.adding(weeks: -1)
    let total = themes.reduce(0) { $0 + $1.contacts(in: latest) }
    let entries = themes.map { theme in
      let contacts = theme.contacts(in: latest)
      return Entry(
        theme: theme.id, name: theme.name, contacts: contacts, contactsWeekBefore: theme.contacts(in: before),
        share: total == 0 ? 0 : Double(contacts) / Double(total), state: theme.state)
    }
    // Sorted stably: ties keep the themes' order by id.
    let top = entries.enumerated().filter { $0.element.contacts > 0 }
      .sorted { a, b in a.element.contacts != b.element.contacts ? a.element.contacts > b.element.contacts : a.offset < b.offset }
      .prefix(Self.topCount).map(\.element)
    let shown = Set(top.map(\.theme))
    let movers = entries.enumerated().filter { !shown.contains($0.element.theme) && $0.element.change != 0 }
      .sorted { a, b in
        abs(a.element.change) != abs(b.element.change) ? abs(a.element.change) > abs(b.element.change) : a.offset < b.offset
      }
      .prefix(Self.moverCount).map(\.element)
    let since = reviewWeek.adding(weeks: -Self.fixWeeks)
    fixes = themes.compactMap { theme -> Fix? in
      // The quarter is judged before the effect is worked out: that reads every theme's counts.
      guard let fixWeek = theme.fixedOn?.isoWeek, fixWeek > since, fixWeek <= reviewWeek,
        let effect = FixEffect(of: theme, among: themes, through: latest)
      else { return nil }
      return Fix(theme: theme.id, name: theme.name, whatChanged: theme.whatChanged, effect: effect)
    }.sorted { $0.effect.fixedOn > $1.effect.fixedOn }
    week = latest
    self.total = total
    totalWeekBefore = themes.reduce(0) { $0 + $1.contacts(in: before) }
    self.top = top
    self.movers = movers
  }

  /// The workspace's signals for the review of `reviewWeek`.
  public init(_ workspace: Workspace, reviewWeek: ISOWeek) {
    self.init(themes: workspace.signalThemes, reviewWeek: reviewWeek)
  }

  /// Whether there is anything to look at.
  public var isEmpty: Bool { top.isEmpty && movers.isEmpty && fixes.isEmpty }
}

extension SignalsWeek {
  /// The section's lists.
  public enum Part: Equatable, Sendable {
    case top, mover, fix
  }
}
