import PillarsCore

extension ExampleWorkspace {
  /// The next journey for growing contractors: assisted onboarding, a warm handoff to a named
  /// specialist, and a chatbot that passes the conversation on instead of an email queue.
  static let journeyNext = Journey(
    id: "growing-contractor-next", name: "Growing contractor: next", segment: primarySegment,
    state: .future, basedOn: journeyToday.id,
    stages: [
      Stages.filled(Stages.awareness, nextAwareness),
      Stages.filled(Stages.consideration, nextConsideration),
      Stages.filled(Stages.purchase, nextPurchase),
      Stages.filled(Stages.onboarding, nextOnboarding),
      Stages.filled(Stages.ongoingUse, nextOngoingUse),
      Stages.filled(Stages.renewal, nextRenewal),
    ]
  )

  private static let nextAwareness = [
    Touchpoint(
      id: "trade-group-thread", name: "Thread in a contractors' group", channel: "social", team: Teams.marketing,
      doing: "Reads another contractor's post: support answered in 20 minutes and stayed until it worked",
      thinking: "That's what I want from a vendor", feeling: "Interested", emotion: 1, reach: 45),
    Touchpoint(
      id: "comparison-search", name: "Search and comparison sites", channel: "web", team: Teams.marketing,
      doing: "Finds Brassline's public prices and reviews from firms of a similar size",
      thinking: "At last, a price I can compare", feeling: "Oriented", emotion: 1,
      friction: ["Reviews still mix owner-operators and large fleets"], reach: 60),
    Touchpoint(
      id: "trade-show-stand", name: "Stand at a regional trade show", channel: "event", team: Teams.marketing,
      doing: "Books a demo on the stand for the same week", thinking: "They'll show it with our own jobs",
      feeling: "Curious", emotion: 1, reach: 20),
  ]

  private static let nextConsideration = [
    Touchpoint(
      id: "pricing-page", name: "Pricing page", channel: "web", team: Teams.marketing,
      doing: "Sees the price per technician, with part-timers at half a seat",
      thinking: "I can budget this myself", feeling: "Confident", emotion: 1, reach: 70),
    Touchpoint(
      id: "demo-call", name: "Demo with a sales rep", channel: "phone", team: Teams.sales,
      doing: "Walks through the dispatch board and the support promise with a sales rep",
      thinking: "They told me who answers when I'm stuck", feeling: "Reassured", emotion: 1, promise: .kept,
      reach: 40),
    Touchpoint(
      id: "free-trial", name: "14-day free trial", channel: "in-product", team: Teams.product,
      doing: "Starts a trial filled with sample jobs, technicians and their own job types",
      thinking: "I can see our week in it", feeling: "Engaged", emotion: 1, promise: .kept, reach: 55,
      metrics: [Metrics.customerEffort]),
    Touchpoint(
      id: "trial-chat", name: "Specialist chat during the trial", channel: "chat", team: Teams.support,
      doing: "Asks about progress invoices; the chatbot brings in a specialist with the question attached",
      thinking: "A straight answer from someone who knows QuickBooks", feeling: "Taken seriously", emotion: 1,
      promise: .kept, reach: 30, handoff: true, metrics: [Metrics.firstResponseTime]),
  ]

  private static let nextPurchase = [
    Touchpoint(
      id: "plan-choice", name: "Choosing the plan", channel: "web", team: Teams.sales,
      doing: "Picks the Crew plan and adds card payments", thinking: "Crew sounds like us", feeling: "Decisive",
      emotion: 1, reach: 100),
    Touchpoint(
      id: "contract-signature", name: "Signing the order form", channel: "email", team: Teams.sales,
      doing: "Signs an order form that lists every fee", thinking: "No small print left",
      feeling: "Committed", emotion: 1, promise: .kept, reach: 100),
    Touchpoint(
      id: "first-invoice", name: "First invoice", channel: "email", team: Teams.billing,
      doing: "Receives a first invoice that matches the order form", thinking: "As agreed",
      feeling: "Calm", emotion: 0, promise: .kept, reach: 100),
  ]

  private static let nextOnboarding = [
    Touchpoint(
      id: "kickoff-call", name: "Kickoff call", channel: "phone", team: Teams.onboarding,
      doing: "Agrees a two-week go-live plan and sends the spreadsheets to the onboarding manager",
      thinking: "They'll do the heavy lifting", feeling: "Optimistic", emotion: 1, promise: .kept, reach: 95),
    Touchpoint(
      id: "data-import", name: "Assisted import", channel: "in-product", team: Teams.onboarding,
      doing: "Checks the three rows the onboarding manager flagged after importing the spreadsheets",
      thinking: "They found the problems before I did", feeling: "Relieved", emotion: 1,
      friction: ["Equipment service history still needs a second pass"], promise: .kept, reach: 80,
      metrics: [Metrics.customerEffort]),
    Touchpoint(
      id: "accounting-sync-setup", name: "Test batch in the accounting system", channel: "in-product",
      team: Teams.onboarding,
      doing: "Checks a test batch of invoices in QuickBooks with the onboarding manager before go-live",
      thinking: "Better to catch it now than at month end", feeling: "Watchful", emotion: 0,
      friction: ["Tax rates are still mapped by hand"], promise: .atRisk, reach: 70,
      metrics: [Metrics.firstContactResolution]),
    Touchpoint(
      id: "onboarding-to-support", name: "Warm handoff to a named specialist", channel: "phone",
      team: Teams.support,
      doing: "Meets the named specialist who takes over, with the onboarding notes already read",
      thinking: "Someone who already knows our setup", feeling: "Looked after", emotion: 1, promise: .kept,
      reach: 95, handoff: true, metrics: [Metrics.firstContactResolution]),
  ]

  private static let nextOngoingUse = [
    Touchpoint(
      id: "dispatch-board", name: "Morning dispatch board", channel: "in-product", team: Teams.product,
      doing: "Drags the day's jobs onto technicians each morning; new jobs reach phones without signal",
      thinking: "This is the part that works", feeling: "In control", emotion: 1,
      friction: ["Recurring maintenance visits sometimes book twice"], promise: .kept, reach: 100),
    Touchpoint(
      id: "support-chatbot", name: "In-app chatbot", channel: "chat", team: Teams.supportOps,
      doing: "Gets an answer to a how-to question, or is offered the specialist in the same chat",
      thinking: "It knows when to step aside", feeling: "Unhurried", emotion: 0, promise: .kept, reach: 60,
      handoff: true, metrics: [Metrics.aiResolutionQuality, Metrics.firstResponseTime]),
    Touchpoint(
      id: "specialist-chat", name: "The named specialist joins the chat", channel: "chat", team: Teams.support,
      doing: "Carries on with the specialist, who has read the conversation, within 30 minutes",
      thinking: "I don't have to start over", feeling: "Heard", emotion: 2, promise: .kept, reach: 35,
      metrics: [Metrics.firstResponseTime, Metrics.firstContactResolution, Metrics.csat]),
    Touchpoint(
      id: "root-cause-fix", name: "Told when the root cause is fixed", channel: "email", team: Teams.product,
      doing: "Gets an email when the sync error behind the ticket is fixed for every account",
      thinking: "They fixed it for everyone, not just me", feeling: "Trusting", emotion: 2, promise: .kept,
      reach: 20, metrics: [Metrics.csat]),
  ]

  private static let nextRenewal = [
    Touchpoint(
      id: "account-review", name: "Quarterly account review", channel: "phone", team: Teams.success,
      doing: "Reviews hours saved, tickets and open problems with the customer success manager",
      thinking: "They know what's been hard for us", feeling: "Valued", emotion: 1, promise: .kept, reach: 90,
      metrics: [Metrics.netRevenueRetention]),
    Touchpoint(
      id: "renewal-notice", name: "Renewal notice", channel: "email", team: Teams.billing,
      doing: "Receives the renewal notice 30 days ahead, with a summary of the year",
      thinking: "The numbers say it paid for itself", feeling: "Settled", emotion: 1, reach: 100,
      metrics: [Metrics.logoChurn]),
    Touchpoint(
      id: "seat-expansion", name: "Adding technicians", channel: "in-product", team: Teams.success,
      doing: "Adds new hires to the plan from the settings page", thinking: "That was easy",
      feeling: "Satisfied", emotion: 1, promise: .kept, reach: 25, metrics: [Metrics.expansionRevenue]),
    Touchpoint(
      id: "cancellation-call", name: "Cancellation call", channel: "phone", team: Teams.success,
      doing: "Is asked why before anything is offered; the reason is logged against the ticket themes",
      thinking: "At least they listened", feeling: "Respected", emotion: 0,
      friction: ["Some leave for reasons support cannot fix, such as closing the business"], promise: .atRisk,
      reach: 5, metrics: [Metrics.logoChurn]),
  ]
}
