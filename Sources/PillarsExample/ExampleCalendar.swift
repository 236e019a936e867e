import PillarsCore

/// Dates relative to the day the example is made.
struct ExampleCalendar {
  let lastWeek: ISOWeek
  let today: CalendarDate

  /// The week `count` weeks before the last one with values.
  func week(ago count: Int) -> ISOWeek { lastWeek.adding(weeks: -count) }

  /// `offset` days from today: negative in the past, positive ahead.
  func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }
}
