import PillarsCore

extension ExampleWorkspace {
  /// The channel charter the team wrote: every channel today's journey uses.
  static let charter = CharterDocument(channels: [
    CharterEntry(
      channel: "web", goal: "Let a contractor see, in their own words, that Brassline runs a crew like theirs",
      guardrails: ["No price hidden behind a demo request"], kpis: [Metrics.netRevenueRetention], owner: People.ben,
      serviceStandard: "A demo booked within two working days", escalation: "Sales lead, then the head of growth"),
    CharterEntry(
      channel: "social", goal: "Answer trade questions where contractors already talk",
      guardrails: ["Never argue a complaint in public: move it to a private message within the hour"],
      kpis: [Metrics.nps], owner: People.ben, serviceStandard: "A reply within four working hours",
      escalation: "Support lead for anything about an account"),
    CharterEntry(
      channel: "event", goal: "Meet growing contractors at trade shows and sign up trials on the spot",
      guardrails: ["No discount promised that billing cannot honour"], kpis: [Metrics.expansionRevenue],
      owner: People.ben, serviceStandard: "Every lead called back within a week", escalation: "Sales lead"),
    CharterEntry(
      channel: "chat", goal: "Get a stuck dispatcher unstuck during the working day",
      guardrails: ["The chatbot hands over to a person when asked, with the transcript", "No ticket closed without the customer's word"],
      kpis: [Metrics.firstResponseTime, Metrics.aiResolutionQuality], owner: People.aisha,
      serviceStandard: "A person within 5 minutes in the morning dispatch peak",
      escalation: "Specialist on the rota, then the support lead"),
    CharterEntry(
      channel: "email", goal: "Solve what cannot be solved live, without making anyone repeat themselves",
      guardrails: ["Never auto-close after silence: ask the customer instead"],
      kpis: [Metrics.firstResponseTime, Metrics.firstContactResolution], owner: People.tomas,
      serviceStandard: "First reply within 30 minutes in working hours",
      escalation: "Specialist queue, then the support lead, then the product owner of the area"),
    CharterEntry(
      channel: "phone", goal: "Be there when a crew is standing still",
      guardrails: ["The caller never explains the problem twice"], kpis: [Metrics.csat, Metrics.firstContactResolution],
      owner: People.tomas, serviceStandard: "Answered within 2 minutes, 7:00 to 18:00",
      escalation: "On-call specialist, then engineering on call for outages"),
    CharterEntry(
      channel: "in-product", goal: "Help contractors do the job without leaving the app",
      guardrails: ["No upsell in the middle of a dispatch"], kpis: [Metrics.customerEffort, Metrics.resolutionRate],
      owner: People.jonas, serviceStandard: "Every help article checked against the product each release",
      escalation: "Chat, with the page the customer was on"),
  ])
}
