import PillarsCore

extension ExampleWorkspace {
  /// Last month's checkpoint: the primary segment confirmed, the won experiment taken into the
  /// roadmap, and decisions that come back this month (one done, one still open).
  static func checkpoint(_ calendar: ExampleCalendar) -> MonthlyCheckpoint {
    MonthlyCheckpoint(
      month: CalendarMonth(containing: calendar.today).adding(months: -1),
      attendees: [People.maya, People.lena, People.priya, People.jonas, People.tomas],
      primarySegment: primarySegment,
      decisions: [
        Decision(
          id: "import-in-onboarding", kind: .start,
          text: "Put the assisted import into the Crew-plan onboarding for every new account",
          owner: People.jonas, due: calendar.day(-6), state: .done,
          note: "In the onboarding checklist since the start of the month"),
        Decision(
          id: "owner-operator-campaigns", kind: .stop,
          text: "Stop the owner-operator ad campaigns; their fit is too low to win this year",
          owner: People.maya, due: calendar.day(9)),
        Decision(
          id: "specialist-hiring", kind: .continue,
          text: "Continue hiring two billing specialists before the spring season", owner: People.lena,
          due: calendar.day(40)),
      ]
    )
  }
}
