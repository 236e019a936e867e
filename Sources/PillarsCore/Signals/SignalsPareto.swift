/// Themes ranked by contacts over a window of weeks: the Pareto of customer signals.
///
/// A ticket tagged with several themes counts once for each, so the shares are of the contacts
/// counted for themes (their sum), not of tickets; the cumulative share then reaches 100%.
/// Ties keep the themes' order by id.
public struct SignalsPareto: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public var theme: SignalThemeID
    public var name: String
    public var contacts: Int
    /// Of all themes' contacts in the window, 0 to 1.
    public var share: Double
    /// This row's share and every share above it.
    public var cumulativeShare: Double
    /// Whether the theme is among the few that drive 80% of contacts.
    public var drivesEighty: Bool
    /// Contacts per week over the window, oldest first.
    public var trend: [Int]
    /// Contacts in the window's last week less those in the week before it.
    public var changeSinceLastWeek: Int
    public var state: ThemeState
  }

  /// The share the few themes that matter reach.
  public static let line = 0.8
  /// The windows the screens offer.
  public static let windows = [4, 13, 52]

  public var rows: [Row]
  public var firstWeek: ISOWeek
  public var lastWeek: ISOWeek
  public var filter: SignalFilter
  public var total: Int

  /// Ranks `themes` over the `weeks` weeks ending with `lastWeek`.
  public init(themes: [SignalTheme], weeks: Int, through lastWeek: ISOWeek, filter: SignalFilter = .all) {
    let span = max(1, weeks)
    let firstWeek = lastWeek.adding(weeks: -(span - 1))
    struct Counted {
      var offset: Int
      var theme: SignalTheme
      var trend: [Int]
      var sum: Int
    }
    var counted: [Counted] = []
    for (offset, theme) in themes.enumerated() {
      let trend = theme.series(from: firstWeek, through: lastWeek, filter: filter)
      let sum = trend.reduce(0, +)
      if sum > 0 { counted.append(Counted(offset: offset, theme: theme, trend: trend, sum: sum)) }
    }
    let ranked = counted.sorted { a, b in a.sum != b.sum ? a.sum > b.sum : a.offset < b.offset }
    let total = ranked.reduce(0) { $0 + $1.sum }
    var running = 0
    rows = ranked.map { entry in
      let before = Double(running) / Double(max(total, 1))
      running += entry.sum
      let last = entry.trend.last ?? 0
      let previous = entry.trend.count > 1 ? entry.trend[entry.trend.count - 2] : 0
      return Row(
        theme: entry.theme.id, name: entry.theme.name, contacts: entry.sum, share: Double(entry.sum) / Double(max(total, 1)),
        cumulativeShare: Double(running) / Double(max(total, 1)), drivesEighty: before < Self.line,
        trend: entry.trend, changeSinceLastWeek: last - previous, state: entry.theme.state)
    }
    self.firstWeek = firstWeek
    self.lastWeek = lastWeek
    self.filter = filter
    self.total = total
  }

  /// Ranks a workspace's themes over the `weeks` weeks ending with the latest week that holds counts.
  public init(_ workspace: Workspace, weeks: Int, filter: SignalFilter = .all, today: CalendarDate) {
    self.init(themes: workspace.signalThemes, weeks: weeks, through: Self.latestWeek(of: workspace.signalThemes, today: today), filter: filter)
  }

  /// The latest week holding counts, not after today's week; today's week when there are none.
  public static func latestWeek(of themes: [SignalTheme], today: CalendarDate) -> ISOWeek {
    let now = today.isoWeek
    return themes.compactMap { $0.weeks.last(where: { $0.week <= now })?.week }.max() ?? now
  }

  /// The themes that drive 80% of contacts.
  public var drivers: [Row] { rows.filter(\.drivesEighty) }

  /// "4 themes drive 81% of contacts", or nil when there are no contacts.
  public var summary: String? {
    let drivers = drivers
    guard let last = drivers.last else { return nil }
    let share = Int((last.cumulativeShare * 100).rounded())
    let themes = drivers.count == 1 ? "1 theme drives" : "\(drivers.count) themes drive"
    let of = rows.count == drivers.count ? "" : " (of \(rows.count))"
    return "\(themes) \(share)% of contacts\(of)"
  }
}
