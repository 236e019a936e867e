import PillarsCore

extension ExampleWorkspace {
  /// The two most recent Tuesday reviews: the week the divergence was spotted and the week it was acted on.
  static func reviews(_ calendar: ExampleCalendar) -> [Review] {
    [previousReview(calendar.week(ago: 1), calendar), latestReview(calendar.week(ago: 0), calendar)]
  }

  /// Its decisions in every state: one done, one dropped with the reason, one still open to follow up.
  private static func previousReview(_ week: ISOWeek, _ calendar: ExampleCalendar) -> Review {
    Review(
      week: week,
      attendees: [People.lena, People.tomas, People.aisha, People.priya, People.jonas],
      notes: [
        Metrics.resolutionRate.rawValue: "Up again, but most of the rise is tickets auto-closed after 72 hours "
          + "of silence, not problems solved.",
        Metrics.csat.rawValue: "Third drop in a row; comments mention sync errors coming back after the "
          + "ticket closed.",
        Metrics.firstContactResolution.rawValue: "Still under 60%. Escalated tickets arrive without the chatbot "
          + "transcript, so the first specialist starts from scratch.",
        Metrics.expansionRevenue.rawValue: "Best week of the quarter, from two Crew-plan contractors adding "
          + "12 technicians each; not a trend yet.",
      ],
      decisions: [
        Decision(
          id: "sample-auto-closed", kind: .start,
          text: "Read 30 auto-closed tickets a week and record whether the problem was actually solved",
          owner: People.aisha, due: calendar.day(-2), state: .done,
          note: "11 of the 30 were still broken: auto-closing stops this week"),
        Decision(
          id: "assisted-import-pilot", kind: .continue,
          text: "Continue the assisted import pilot with new Crew-plan accounts", owner: People.jonas,
          due: calendar.day(12)),
        Decision(
          id: "headline-resolution-rate", kind: .stop,
          text: "Stop quoting resolution rate on its own in the monthly update to leadership", owner: People.lena,
          state: .dropped, note: "The monthly update now shows resolution rate beside CSAT; nothing left to stop"),
      ]
    )
  }

  private static func latestReview(_ week: ISOWeek, _ calendar: ExampleCalendar) -> Review {
    Review(
      week: week,
      attendees: [People.lena, People.maya, People.tomas, People.aisha, People.priya, People.ben],
      notes: [
        Metrics.resolutionRate.rawValue: "Four weeks up while CSAT fell four weeks: tickets are being closed, "
          + "not problems solved. 11 of the 30 sampled auto-closed tickets were still broken.",
        Metrics.csat.rawValue: "Below 4.3 for the first time on this scorecard; now at risk.",
        Metrics.firstResponseTime.rawValue: "Morning dispatch peak still pushes the median past 30 minutes.",
        Metrics.nps.rawValue: "Holding above target; detractors are almost all onboarding-era accounts.",
      ],
      decisions: [
        Decision(
          id: "auto-close", kind: .stop,
          text: "Stop auto-closing email tickets after 72 hours of silence; ask the customer instead",
          owner: People.tomas, due: calendar.day(7), customerFirst: true),
        Decision(
          id: "bot-transcript", kind: .start,
          text: "Attach the chatbot transcript to every escalated ticket", owner: People.aisha, due: calendar.day(14)),
        Decision(
          id: "dispatch-peak-rota", kind: .continue,
          text: "Keep two specialists on chat from 7:00 to 9:00 for the dispatch peak", owner: People.tomas),
      ]
    )
  }
}
