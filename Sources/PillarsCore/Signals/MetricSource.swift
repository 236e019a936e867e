/// Where a computed metric's weekly values come from. A metric with a source has no values of its
/// own: they are worked out from the workspace each time they are read, never recorded.
public enum MetricSource: String, Equatable, Sendable, Codable, CaseIterable {
  /// How many recurring issues (themes) were fixed at the root so far in the week's quarter.
  case fixedThisQuarter = "signals.fixed-this-quarter"
  /// Of those, how many saw their share of contacts fall afterwards (``FixEffect``).
  case fixedThatFell = "signals.fixed-that-fell"

  /// What the values count, in a few words.
  public var title: String {
    switch self {
    case .fixedThisQuarter: "recurring issues fixed at the root this quarter"
    case .fixedThatFell: "of the issues fixed at the root this quarter, those whose contacts fell afterwards"
    }
  }

  /// One value per week from the first week holding contacts through the last one.
  public func observations(from themes: [SignalTheme]) -> [Observation] {
    let counted = themes.flatMap { $0.weeks.map(\.week) }
    guard let first = counted.min(), let last = counted.max() else { return [] }
    let fixed = themes.filter { $0.state == .fixed && $0.fixedOn != nil }
    return (0...first.weeks(until: last)).map { offset in
      let week = first.adding(weeks: offset)
      let start = Self.quarterStart(of: week)
      let landed = fixed.filter { theme in
        guard let fixWeek = theme.fixedOn?.isoWeek else { return false }
        return fixWeek <= week && Self.quarterStart(of: fixWeek) == start
      }
      let value: Int
      switch self {
      case .fixedThisQuarter: value = landed.count
      case .fixedThatFell: value = landed.filter { FixEffect(of: $0, among: themes, through: week)?.worked ?? false }.count
      }
      return Observation(week: week, value: Double(value))
    }
  }

  /// The first day of the quarter a week belongs to, by its Thursday (as its ISO year is); a fix
  /// belongs to the quarter of its week.
  static func quarterStart(of week: ISOWeek) -> CalendarDate {
    let thursday = week.monday.adding(days: 3)
    return CalendarDate(year: thursday.year, month: (thursday.month - 1) / 3 * 3 + 1, day: 1) ?? thursday
  }
}
