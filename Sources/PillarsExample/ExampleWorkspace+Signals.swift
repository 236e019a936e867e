import PillarsCore

extension ExampleWorkspace {
  /// What Brassline's customers contact support about, 16 weeks of counts ending at the last
  /// week: a handful of themes drive most contacts; the sync fix worked, the chatbot fix did not.
  static func signalThemes(_ calendar: ExampleCalendar) -> [SignalTheme] {
    let today = "growing-contractor-today"
    func link(_ stage: StageID, _ touchpoint: TouchpointID) -> TouchpointPath {
      TouchpointPath(journey: JourneyID(today), stage: stage, touchpoint: touchpoint)
    }
    func friction(_ stage: StageID, _ touchpoint: TouchpointID, _ text: String) -> FrictionLink {
      FrictionLink(journey: JourneyID(today), stage: stage, touchpoint: touchpoint, friction: text)
    }
    /// Oldest first; each week split between the channels in the shares given.
    func weeks(_ counts: [Int], chat: Int, email: Int) -> [WeeklyContacts] {
      counts.enumerated().map { offset, count in
        let chats = count * chat / (chat + email + max(0, 100 - chat - email))
        let mails = count * email / 100
        return WeeklyContacts(
          week: calendar.week(ago: counts.count - 1 - offset), contacts: count,
          channels: ["chat": chats, "email": mails, "phone": count - chats - mails],
          segments: [primarySegment.rawValue: count * 6 / 10, "owner-operators": count * 3 / 10])
      }
    }
    return [
      SignalTheme(
        id: "accounting-sync-errors", name: "Accounting sync errors",
        description: "Invoices fail to reach the accounting system, or arrive with the wrong tax rate.",
        owner: People.jonas, segments: [primarySegment],
        touchpoints: [link("onboarding", "accounting-sync-setup")],
        friction: [friction("onboarding", "accounting-sync-setup", "Sync errors show a code, not a cause")],
        state: .fixed, fixedOn: calendar.week(ago: 7).monday.adding(days: 2),
        whatChanged: "Sync errors name the invoice and the cause; tax rates map from the accounting system",
        weeks: weeks([96, 104, 99, 110, 102, 98, 107, 101, 88, 52, 41, 37, 35, 33, 31, 30], chat: 30, email: 60)),
      SignalTheme(
        id: "cannot-reach-a-person", name: "Cannot reach a person from chat",
        description: "The chatbot loops on help articles; customers give up or open a second ticket by email.",
        owner: People.aisha, segments: [primarySegment, "owner-operators"],
        touchpoints: [link("ongoing-use", "support-chatbot")],
        friction: [friction("ongoing-use", "support-chatbot", "No route to a person from chat")],
        state: .fixed, fixedOn: calendar.week(ago: 7).monday,
        whatChanged: "A \"talk to a person\" button after two bot answers",
        weeks: weeks([70, 72, 75, 71, 74, 76, 73, 75, 74, 77, 76, 79, 78, 80, 79, 81], chat: 80, email: 15)),
      SignalTheme(
        id: "repeat-the-story", name: "Asked to repeat the problem",
        description: "The specialist asks for what the customer already told the bot or the email queue.",
        owner: People.aisha, segments: [primarySegment],
        touchpoints: [link("ongoing-use", "specialist-reply")],
        friction: [friction("ongoing-use", "specialist-reply", "The chatbot transcript is not attached to the ticket")],
        state: .fixing,
        weeks: weeks([48, 50, 52, 51, 55, 54, 57, 56, 58, 60, 61, 63, 62, 65, 68, 72], chat: 20, email: 50)),
      SignalTheme(
        id: "dispatch-board-slow", name: "Dispatch board slow in the morning",
        description: "The board takes minutes to load at 7am, when every crew is being sent out.",
        owner: People.priya, segments: ["multi-branch-contractors"],
        touchpoints: [link("ongoing-use", "dispatch-board")],
        weeks: weeks([40, 42, 41, 44, 43, 45, 44, 46, 45, 47, 46, 48, 47, 49, 48, 50], chat: 40, email: 40)),
      SignalTheme(
        id: "import-help", name: "Help importing customers",
        description: "Spreadsheets of customers and equipment fail to import during the trial.",
        owner: People.ben, segments: ["owner-operators"],
        touchpoints: [link("onboarding", "data-import")],
        weeks: weeks([22, 20, 21, 19, 23, 22, 20, 21, 19, 20, 22, 21, 20, 19, 21, 20], chat: 50, email: 40)),
      SignalTheme(
        id: "invoice-questions", name: "Questions about our invoice",
        description: "Price per technician and part-time staff on Brassline's own invoice.",
        owner: People.tomas, touchpoints: [link("purchase", "first-invoice")],
        weeks: weeks([12, 11, 13, 12, 10, 12, 11, 13, 12, 11, 12, 10, 11, 12, 13, 11], chat: 10, email: 80)),
    ]
  }

  /// The helpdesk's tags and the themes they count for.
  static let signalTags = SignalTagMap(
    tags: [
      "sync_error": "accounting-sync-errors", "tax_rate": "accounting-sync-errors", "bot_loop": "cannot-reach-a-person",
      "agent_request": "cannot-reach-a-person", "repeat_info": "repeat-the-story", "dispatch_slow": "dispatch-board-slow",
      "import_csv": "import-help", "billing_question": "invoice-questions",
    ],
    unmapped: ["feature_request": 14, "password_reset": 9])
}
