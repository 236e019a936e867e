import PillarsCore

extension ExampleWorkspace {
  /// The assumptions of the log, named once so the experiments that test them link safely.
  enum Assumptions {
    static let sameDayFix: AssumptionID = "same-day-sync-fix-keeps-them"
    static let callbackCapacity: AssumptionID = "callback-without-headcount"
    static let guidedFix: AssumptionID = "guided-fix-over-waiting"
    static let morningPeak: AssumptionID = "morning-peak-decides-response"
    static let importEffort: AssumptionID = "import-is-the-hardest-step"
    static let paymentsAddOn: AssumptionID = "pay-more-for-payments"
    static let selfServe: AssumptionID = "owner-operators-self-serve"
    static let branchReporting: AssumptionID = "branches-need-reporting"
  }

  private static let todayJourney: JourneyID = "growing-contractor-today"

  /// Three experiments: one won and adopted, one lost and abandoned, one running now.
  static func experiments(_ calendar: ExampleCalendar) -> [Experiment] {
    [
      Experiment(
        id: "dispatch-peak-chat", name: "Specialists on chat at the dispatch peak", owner: People.tomas,
        hypothesis: "We believe that growing contractors judge our support by how fast we answer between 7:00 "
          + "and 9:00, while their technicians wait to leave.",
        assumptions: [Assumptions.morningPeak],
        test: "To verify that, we will put two specialists on chat from 7:00 to 9:00 for four weeks, "
          + "taking them off the afternoon email queue.",
        metric: Metrics.firstResponseTime,
        criterion: "We are right if the median first response between 7:00 and 9:00 falls under 30 minutes "
          + "without the afternoon median passing an hour.",
        start: calendar.day(-70), end: calendar.day(-42), state: .done, result: .won,
        observed: "Morning median fell from 52 to 18 minutes; afternoon median rose from 38 to 44 minutes.",
        learning: "We learned that the morning answer is the one contractors remember: CSAT on morning "
          + "conversations rose from 4.1 to 4.5.",
        decision: .adopt, nextStep: "Keep the morning rota and plan it into every specialist's week.",
        segments: [primarySegment],
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "dispatch-board"),
          TouchpointLink(journey: todayJourney, touchpoint: "support-chatbot")]),
      Experiment(
        id: "chatbot-guided-sync-fix", name: "A guided sync fix from the chatbot", owner: People.aisha,
        hypothesis: "We believe that contractors whose invoices fail to sync would rather follow a guided fix "
          + "from the chatbot than wait for a person.",
        assumptions: [Assumptions.guidedFix],
        test: "To verify that, we will offer a step-by-step reconnect flow in the chatbot to every "
          + "conversation tagged invoice-sync for five weeks.",
        metric: Metrics.aiResolutionQuality,
        criterion: "We are right if three in four sync conversations end solved by the chatbot, with no "
          + "reopening within a week.",
        start: calendar.day(-98), end: calendar.day(-63), state: .done, result: .lost,
        observed: "AI resolution quality on sync conversations stayed at 61%; 3 of 10 customers finished the "
          + "guided steps, and 4 of 10 reopened within a week.",
        learning: "We learned that a failed sync feels like lost money: customers want a person who owns it, "
          + "not steps to follow.",
        decision: .abandon, nextStep: "Route invoice-sync conversations to a specialist from the first message.",
        segments: [primarySegment],
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "support-chatbot")]),
      Experiment(
        id: "assisted-import-pilot", name: "Assisted import for new Crew-plan accounts", owner: People.jonas,
        hypothesis: "We believe that new growing contractors find onboarding hard mostly because of the data "
          + "import, and that one named specialist doing it with them removes most of the effort.",
        assumptions: [Assumptions.importEffort, Assumptions.sameDayFix, Assumptions.callbackCapacity],
        test: "To verify that, we will give every new Crew-plan account a named specialist who imports "
          + "customers and equipment with them in the first week, for six weeks.",
        metric: Metrics.customerEffort,
        criterion: "We are right if the pilot accounts score customer effort 5.5 or better at the end of "
          + "onboarding, against 4.8 for the accounts before.",
        start: calendar.day(-28), end: calendar.day(14), state: .running,
        segments: [primarySegment],
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "data-import"),
          TouchpointLink(journey: todayJourney, touchpoint: "kickoff-call")]),
    ]
  }

  /// Eight assumptions across the map of importance against evidence.
  static func assumptions(_ calendar: ExampleCalendar) -> AssumptionsDocument {
    AssumptionsDocument(assumptions: [
      Assumption(
        id: Assumptions.sameDayFix, statement: "Growing contractors renew when a sync failure is fixed the same day",
        kind: .desirability, importance: 5, evidence: 2, state: .testing, owner: People.maya,
        segment: primarySegment, underliesPromise: true,
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "specialist-reply")], revisit: calendar.day(14)),
      Assumption(
        id: Assumptions.callbackCapacity, statement: "Specialists can own a ticket end to end without more headcount",
        kind: .feasibility, importance: 4, evidence: 2, state: .testing, owner: People.tomas,
        underliesPromise: true, revisit: calendar.day(14)),
      Assumption(
        id: Assumptions.guidedFix, statement: "Customers prefer a guided fix from the chatbot to waiting for a person",
        kind: .desirability, importance: 4, evidence: 4, state: .invalidated, owner: People.aisha,
        segment: primarySegment,
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "support-chatbot")], revisit: calendar.day(60)),
      Assumption(
        id: Assumptions.morningPeak, statement: "The 7:00 to 9:00 answer decides how contractors judge our support",
        kind: .desirability, importance: 4, evidence: 5, state: .validated, owner: People.tomas,
        segment: primarySegment, revisit: calendar.day(75)),
      Assumption(
        id: Assumptions.importEffort, statement: "The data import is the hardest step of onboarding",
        kind: .desirability, importance: 3, evidence: 3, state: .testing, owner: People.jonas,
        touchpoints: [TouchpointLink(journey: todayJourney, touchpoint: "data-import")], revisit: calendar.day(21)),
      Assumption(
        id: Assumptions.paymentsAddOn, statement: "Contractors will pay for the payments add-on once invoices sync reliably",
        kind: .viability, importance: 3, evidence: 1, state: .untested, owner: People.ben, segment: primarySegment,
        revisit: calendar.day(30)),
      Assumption(
        id: Assumptions.selfServe, statement: "Owner-operators will solve most questions from the help centre",
        kind: .feasibility, importance: 2, evidence: 2, state: .untested, owner: People.priya,
        segment: "owner-operators", revisit: calendar.day(90)),
      Assumption(
        id: Assumptions.branchReporting, statement: "Multi-branch contractors need per-branch reporting before they buy",
        kind: .viability, importance: 2, evidence: 4, state: .validated, owner: People.lena,
        segment: "multi-branch-contractors", revisit: calendar.day(90)),
    ])
  }
}
