import PillarsCore

extension ExampleWorkspace {
  /// The five pillars: the strategy's board, with owners, where each stands, and what is being done.
  static func pillars(_ calendar: ExampleCalendar) -> PillarsDocument {
    PillarsDocument(pillars: [
      knowYourCustomers(calendar), defineThePromise(calendar), designTheJourney(calendar),
      equipTheTeam(calendar), measureAndAdapt(calendar),
    ])
  }

  private static func knowYourCustomers(_ calendar: ExampleCalendar) -> Pillar {
    Pillar(
      id: .knowYourCustomers, status: .proven, owner: People.priya,
      summary: "Three segments drawn from 18 months of billing and ticket data; growing contractors with "
        + "10 to 50 technicians are the primary segment until the end of next quarter.",
      notes: "Five ticket themes drive 80% of contacts: accounting sync errors (27%), technician app not "
        + "showing jobs offline (19%), dispatch board double bookings and recurring visits (14%), data import "
        + "during onboarding (11%) and card payments on site (9%). Growing contractors raise sync errors at "
        + "twice the rate of owner-operators because their office staff invoice in bulk at the end of the day.",
      actions: [
        PillarAction(
          id: "rank-ticket-themes", text: "Rank last quarter's tickets by theme and share the top five with product",
          owner: People.priya, due: calendar.day(-40), done: true),
        PillarAction(
          id: "interview-churned-accounts", text: "Interview eight contractors who cancelled in the last two quarters",
          owner: People.ben, due: calendar.day(21)),
        PillarAction(
          id: "refresh-segment-scores", text: "Refresh the segment scores with this quarter's billing data",
          owner: People.lena, due: calendar.day(45)),
      ])
  }

  private static func defineThePromise(_ calendar: ExampleCalendar) -> Pillar {
    Pillar(
      id: .defineThePromise, status: .inPlace, owner: People.maya,
      summary: "One sentence about getting unstuck fast and never explaining a problem twice, "
        + "proved by first response time, first contact resolution and customer effort.",
      notes: "The promise replaced \"Fast, friendly help from people who know the trades\" after customer "
        + "calls showed nobody could say what fast meant. Office managers repeated two parts back to us: "
        + "the 30 minutes and not having to explain again. Sales may quote the promise; nobody may add to it.",
      actions: [
        PillarAction(
          id: "agree-proof-metrics", text: "Agree the three proof metrics with finance and support",
          owner: People.lena, due: calendar.day(-75), done: true),
        PillarAction(
          id: "test-promise-with-customers",
          text: "Read the promise to twelve customers and note which words they repeat back",
          owner: People.maya, due: calendar.day(-60), done: true),
        PillarAction(
          id: "promise-on-support-pages", text: "Put the promise on the help centre and in the chatbot greeting",
          owner: People.sam, due: calendar.day(-5)),
      ])
  }

  private static func designTheJourney(_ calendar: ExampleCalendar) -> Pillar {
    Pillar(
      id: .designTheJourney, status: .inPlace, owner: People.jonas,
      summary: "Today's journey for growing contractors is mapped from first search to renewal; "
        + "the next journey removes the two handoffs where the promise breaks.",
      notes: "The promise breaks in onboarding, when data import and accounting sync fail and the onboarding "
        + "manager sends the customer to support, and again in ongoing use, where the chatbot hands over to "
        + "the email queue and the specialist who finally answers asks the customer to start over. "
        + "The support path reaches 60% of accounts every month, so it is fixed first.",
      actions: [
        PillarAction(
          id: "map-current-journey", text: "Map today's journey with six customers and the onboarding team",
          owner: People.jonas, due: calendar.day(-50), done: true),
        PillarAction(
          id: "attach-bot-transcript", text: "Attach the chatbot transcript to every escalated ticket",
          owner: People.aisha, due: calendar.day(10)),
        PillarAction(
          id: "assisted-import-pilot", text: "Pilot assisted data import with the next ten Crew-plan accounts",
          owner: People.jonas, due: calendar.day(30)),
      ])
  }

  private static func equipTheTeam(_ calendar: ExampleCalendar) -> Pillar {
    Pillar(
      id: .equipTheTeam, status: .draft, owner: People.tomas,
      summary: "Specialists who know the trades, a playbook for the sync errors that drive most tickets, "
        + "and the authority to put things right without asking a manager.",
      notes: "Fourteen specialists cover chat, email and phone from 7:00 to 19:00. The knowledge base has "
        + "no article for 9 of the 12 most common sync errors, so each specialist solves them from memory. "
        + "Routing sends chatbot escalations to the general email queue rather than to a specialist.",
      actions: [
        PillarAction(
          id: "credit-authority", text: "Let specialists credit up to one month's fee without a manager's sign-off",
          owner: People.maya, due: calendar.day(-20), done: true),
        PillarAction(
          id: "accounting-sync-playbook",
          text: "Write the accounting sync playbook: the 12 errors behind most sync tickets and their fixes",
          owner: People.aisha, due: calendar.day(-12)),
        PillarAction(
          id: "trade-specialist-pods",
          text: "Form two specialist pods, HVAC and plumbing-electrical, each with named accounts",
          owner: People.tomas, due: calendar.day(35)),
      ])
  }

  private static func measureAndAdapt(_ calendar: ExampleCalendar) -> Pillar {
    Pillar(
      id: .measureAndAdapt, status: .inPlace, owner: People.lena,
      summary: "Ten metrics in three layers, reviewed for 30 minutes every Tuesday; "
        + "decisions are recorded as stop, start or continue.",
      notes: "Resolution rate has climbed for four weeks while CSAT fell over the same weeks: the email "
        + "queue's auto-close rule counts silence as a solution. Until that is separated out, resolution "
        + "rate is read only next to CSAT and first contact resolution.",
      actions: [
        PillarAction(
          id: "tuesday-review", text: "Hold the scorecard review every Tuesday with support, product and success",
          owner: People.lena, due: calendar.day(-90), done: true),
        PillarAction(
          id: "report-auto-closed-separately",
          text: "Report resolution rate without auto-closed tickets next to the current number",
          owner: People.lena, due: calendar.day(7)),
        PillarAction(
          id: "root-cause-log",
          text: "Start a root-cause log: recurring issues fixed this quarter and their volume afterwards",
          owner: People.priya, due: calendar.day(28)),
      ])
  }
}
