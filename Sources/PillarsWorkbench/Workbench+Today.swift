import PillarsCore

/// The day moving on while the screens are open: "today" and "this week" are read from the
/// state, so a workbench left open into a new week records into the new week.
extension Workbench {
  static func dayChanged(to day: CalendarDate, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard day != state.today else { return [] }
    let previous = state.today
    let before = PaneContext(state)
    state.today = day
    state.refreshFindings()
    dayChangedInPanes(from: before, &state)
    guard day.isoWeek != previous.isoWeek else { return [] }
    // The review of the week that has ended goes on as the review of the new one; a review of
    // an earlier week, opened on purpose, stays where it is.
    if var review = state.review, review.week == previous.isoWeek {
      review.week = day.isoWeek
      state.review = review
      state.message = .info("a new week: the review is now of \(day.isoWeek)")
    } else if state.message?.kind != .error {
      state.message = .info("a new week: this week is \(day.isoWeek)")
    }
    return []
  }
}
