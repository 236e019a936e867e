import PillarsCore

extension ExampleWorkspace {
  /// Today's journey for growing contractors, as six customers and the onboarding team told it:
  /// the promise breaks in onboarding and at the chatbot, email queue and specialist handoffs.
  static let journeyToday = Journey(
    id: "growing-contractor-today", name: "Growing contractor: today", segment: primarySegment,
    state: .current,
    stages: [
      Stages.filled(Stages.awareness, todayAwareness),
      Stages.filled(Stages.consideration, todayConsideration),
      Stages.filled(Stages.purchase, todayPurchase),
      Stages.filled(Stages.onboarding, todayOnboarding),
      Stages.filled(Stages.ongoingUse, todayOngoingUse),
      Stages.filled(Stages.renewal, todayRenewal),
    ]
  )

  private static let todayAwareness = [
    Touchpoint(
      id: "trade-group-thread", name: "Thread in a contractors' group", channel: "social", team: Teams.marketing,
      doing: "Asks other contractors in a trade group what they use for scheduling and dispatch",
      thinking: "Someone my size must have solved this already", feeling: "Hopeful, wary of sales pitches",
      emotion: 1, reach: 45),
    Touchpoint(
      id: "comparison-search", name: "Search and comparison sites", channel: "web", team: Teams.marketing,
      doing: "Searches for job management software for HVAC and reads comparison sites",
      thinking: "They all claim to do everything", feeling: "Overwhelmed by identical feature lists",
      emotion: 0,
      friction: ["Pricing hidden behind \"talk to sales\"", "Reviews mix owner-operators and large fleets"],
      reach: 60),
    Touchpoint(
      id: "trade-show-stand", name: "Stand at a regional trade show", channel: "event", team: Teams.marketing,
      doing: "Watches a dispatch board demo on the stand", thinking: "That's our whiteboard, only it updates itself",
      feeling: "Curious", emotion: 1, friction: ["Sales follow-up arrives two weeks later"], reach: 20),
  ]

  private static let todayConsideration = [
    Touchpoint(
      id: "pricing-page", name: "Pricing page", channel: "web", team: Teams.marketing,
      doing: "Works out the monthly cost for 22 technicians, four of them part-time",
      thinking: "Do part-timers count as a full seat?", feeling: "Suspicious of the small print", emotion: -1,
      friction: ["Price per technician unclear for part-time staff"], reach: 70),
    Touchpoint(
      id: "demo-call", name: "Demo with a sales rep", channel: "phone", team: Teams.sales,
      doing: "Walks through the dispatch board using the company's own job types",
      thinking: "This rep understands maintenance contracts", feeling: "Reassured", emotion: 1, promise: .kept,
      reach: 40),
    Touchpoint(
      id: "free-trial", name: "14-day free trial", channel: "in-product", team: Teams.product,
      doing: "Starts a trial in an empty account", thinking: "I'd need a week to set this up just to try it",
      feeling: "Deflated", emotion: -1,
      friction: ["No sample jobs or technicians to try with", "The trial ends before an import is done"],
      promise: .atRisk, reach: 55, metrics: [Metrics.customerEffort]),
    Touchpoint(
      id: "trial-chat", name: "Chatbot during the trial", channel: "chat", team: Teams.supportOps,
      doing: "Asks the chatbot whether QuickBooks sync handles progress invoices",
      thinking: "That's a help article, not an answer", feeling: "Brushed off", emotion: -1,
      friction: ["The bot answers with a generic help article", "No way to reach a person during the trial"],
      promise: .atRisk, reach: 30, metrics: [Metrics.aiResolutionQuality]),
  ]

  private static let todayPurchase = [
    Touchpoint(
      id: "plan-choice", name: "Choosing the plan", channel: "web", team: Teams.sales,
      doing: "Picks the Crew plan and adds card payments", thinking: "Crew sounds like us", feeling: "Decisive",
      emotion: 1, reach: 100),
    Touchpoint(
      id: "contract-signature", name: "Signing the order form", channel: "email", team: Teams.sales,
      doing: "Signs the order form the sales rep sends", thinking: "Done, now let's get going",
      feeling: "Committed", emotion: 1, promise: .kept, reach: 100),
    Touchpoint(
      id: "first-invoice", name: "First invoice", channel: "email", team: Teams.billing,
      doing: "Receives the first invoice, with an onboarding fee nobody mentioned",
      thinking: "What else didn't they tell me?", feeling: "Misled", emotion: -1,
      friction: ["Onboarding fee missing from the order form"], promise: .atRisk, reach: 35),
  ]

  private static let todayOnboarding = [
    Touchpoint(
      id: "kickoff-call", name: "Kickoff call", channel: "phone", team: Teams.onboarding,
      doing: "Agrees a two-week go-live plan with an onboarding manager", thinking: "Finally a plan and a name",
      feeling: "Optimistic", emotion: 1, promise: .kept, reach: 95),
    Touchpoint(
      id: "data-import", name: "Importing customers and equipment", channel: "in-product",
      team: Teams.onboarding, doing: "Uploads customer lists and equipment records from spreadsheets",
      thinking: "Which column is wrong? It won't say", feeling: "Stuck, and embarrassed in front of the office",
      emotion: -2,
      friction: [
        "The import rejects rows without saying which column is wrong",
        "Equipment service history does not come across",
      ],
      promise: .broken, reach: 80, metrics: [Metrics.customerEffort]),
    Touchpoint(
      id: "accounting-sync-setup", name: "Connecting the accounting system", channel: "in-product",
      team: Teams.product, doing: "Connects QuickBooks and watches the first invoices fail to sync",
      thinking: "If this doesn't work, we're invoicing everything twice", feeling: "Alarmed", emotion: -2,
      friction: ["Sync errors show a code, not a cause", "Tax rates are mapped wrongly by default"],
      promise: .broken, reach: 70, metrics: [Metrics.firstContactResolution]),
    Touchpoint(
      id: "onboarding-to-support", name: "Sent from onboarding to support", channel: "email",
      team: Teams.onboarding,
      doing: "Is told by the onboarding manager to raise a support ticket about the sync errors",
      thinking: "I already explained all this to you", feeling: "Dropped halfway through", emotion: -2,
      friction: ["The onboarding manager's notes do not reach support", "The go-live date slips by a week"],
      promise: .broken, reach: 45, handoff: true,
      metrics: [Metrics.firstResponseTime, Metrics.firstContactResolution]),
  ]

  private static let todayOngoingUse = [
    Touchpoint(
      id: "dispatch-board", name: "Morning dispatch board", channel: "in-product", team: Teams.product,
      doing: "Drags the day's jobs onto technicians each morning", thinking: "This is the part that works",
      feeling: "In control", emotion: 1,
      friction: [
        "Recurring maintenance visits sometimes book twice",
        "Jobs added after 6:00 do not reach technicians without signal",
      ],
      promise: .kept, reach: 100),
    Touchpoint(
      id: "support-chatbot", name: "In-app chatbot", channel: "chat", team: Teams.supportOps,
      doing: "Types the problem into the chatbot, is offered three articles, then an email form",
      thinking: "It doesn't understand the question", feeling: "Impatient", emotion: -1,
      friction: ["No route to a person from chat", "The conversation is not passed on with the form"],
      promise: .atRisk, reach: 60, handoff: true,
      metrics: [Metrics.aiResolutionQuality, Metrics.firstResponseTime]),
    Touchpoint(
      id: "email-queue", name: "Email queue", channel: "email", team: Teams.support,
      doing: "Gets an automatic reply with a ticket number, then waits", thinking: "Is anyone reading this?",
      feeling: "Ignored", emotion: -2,
      friction: [
        "Replies take up to 5 hours during the morning dispatch peak",
        "Tickets close automatically after 72 hours without a reply",
      ],
      promise: .broken, reach: 40, handoff: true, metrics: [Metrics.firstResponseTime, Metrics.resolutionRate]),
    Touchpoint(
      id: "specialist-reply", name: "A specialist picks up the ticket", channel: "phone", team: Teams.support,
      doing: "Repeats the account name, the screenshots and everything already told to the chatbot",
      thinking: "I've explained this twice already", feeling: "Angry", emotion: -2,
      friction: ["The chatbot transcript is not attached to the ticket", "A different specialist every time"],
      promise: .broken, reach: 35, metrics: [Metrics.firstContactResolution, Metrics.csat]),
  ]

  private static let todayRenewal = [
    Touchpoint(
      id: "account-review", name: "Quarterly account review", channel: "phone", team: Teams.success,
      doing: "Reviews usage with a customer success manager, when one calls",
      thinking: "First time anyone has asked how it's going", feeling: "Surprised to be asked", emotion: 0,
      friction: ["Only accounts with more than 25 technicians get a review"], promise: .atRisk, reach: 30,
      metrics: [Metrics.netRevenueRetention]),
    Touchpoint(
      id: "renewal-notice", name: "Renewal notice", channel: "email", team: Teams.billing,
      doing: "Receives the renewal notice 30 days ahead", thinking: "Did it pay for itself this year?",
      feeling: "Weighing it up", emotion: 0, reach: 100, metrics: [Metrics.logoChurn]),
    Touchpoint(
      id: "seat-expansion", name: "Adding technicians", channel: "in-product", team: Teams.success,
      doing: "Adds new hires to the plan from the settings page", thinking: "That was easy, at least",
      feeling: "Satisfied", emotion: 1, promise: .kept, reach: 25, metrics: [Metrics.expansionRevenue]),
    Touchpoint(
      id: "cancellation-call", name: "Cancellation call", channel: "phone", team: Teams.success,
      doing: "Calls to cancel and is offered a discount before anyone asks why",
      thinking: "You never fixed the sync, and a discount won't either", feeling: "Resigned", emotion: -1,
      friction: ["Reasons for leaving are not recorded against ticket themes"], promise: .atRisk, reach: 8,
      metrics: [Metrics.logoChurn]),
  ]
}
