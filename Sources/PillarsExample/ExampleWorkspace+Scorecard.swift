import PillarsCore

extension ExampleWorkspace {
  /// The scorecard's metric ids, named once so journeys, the promise and reviews link to them safely.
  enum Metrics {
    static let netRevenueRetention: MetricID = "net-revenue-retention"
    static let logoChurn: MetricID = "logo-churn"
    static let expansionRevenue: MetricID = "expansion-revenue"
    static let csat: MetricID = "csat"
    static let customerEffort: MetricID = "customer-effort-score"
    static let nps: MetricID = "nps"
    static let firstResponseTime: MetricID = "first-response-time"
    static let firstContactResolution: MetricID = "first-contact-resolution"
    static let resolutionRate: MetricID = "resolution-rate"
    static let aiResolutionQuality: MetricID = "ai-resolution-quality"
  }

  /// Weeks of history on every metric: a quarter and a bit, enough to see a trend turn.
  static let historyWeeks = 16

  static func scorecard(_ calendar: ExampleCalendar) -> ScorecardDocument {
    let metrics = outcomeMetrics + experienceMetrics + operationalMetrics
    return ScorecardDocument(
      metrics: metrics.map { metric, series in
        var metric = metric
        metric.observations = series.observations(endingAt: calendar.lastWeek, count: historyWeeks)
        return metric
      })
  }

  // MARK: - Outcome

  private static let outcomeMetrics: [(Metric, MetricSeries)] = [
    (
      Metric(
        id: Metrics.netRevenueRetention, name: "Net revenue retention", layer: .outcome, unit: "%",
        direction: .up, target: 108, warning: 103, scale: MetricScale(lowest: 0, highest: 300), owner: People.lena,
        description: "Revenue this month from accounts we had twelve months ago, as a share of their revenue then: "
          + "renewals plus added technicians, minus downgrades and churn."),
      MetricSeries(
        latest: 109.4, trend: 0.12, wobble: 0.35, phase: 0,
        notes: [9: "Crew plan price change took effect; no downgrades followed."])
    ),
    (
      Metric(
        id: Metrics.logoChurn, name: "Logo churn (annualised)", layer: .outcome, unit: "%", direction: .down,
        target: 12, warning: 15, scale: MetricScale(lowest: 0, highest: 100), owner: People.ben,
        description: "Accounts that cancelled over the trailing four weeks, annualised. "
          + "Counts companies, not technicians, so a lost owner-operator weighs as much as a lost fleet."),
      MetricSeries(
        latest: 11.6, trend: -0.06, wobble: 0.4, phase: 3, pinned: [5: 13.1],
        notes: [5: "Two owner-operators left for spreadsheets and a group chat; both outside the primary segment."])
    ),
    (
      Metric(
        id: Metrics.expansionRevenue, name: "Expansion revenue", layer: .outcome, unit: "EUR", direction: .up,
        target: 14000, warning: 10000, owner: People.ben,
        description: "New monthly recurring revenue from existing accounts this week: added technicians, "
          + "the payments add-on and plan upgrades."),
      MetricSeries(
        latest: 15800, trend: 180, wobble: 1500, phase: 6, decimals: 0, pinned: [1: 21400],
        notes: [1: "Two Crew-plan contractors added 12 technicians each after a hiring round."])
    ),
  ]

  // MARK: - Experience

  private static let experienceMetrics: [(Metric, MetricSeries)] = [
    (
      Metric(
        id: Metrics.csat, name: "CSAT", layer: .experience, unit: "score", direction: .up, target: 4.5,
        warning: 4.2, scale: MetricScale(lowest: 1, highest: 5), owner: People.tomas,
        description: "Average answer, 1 to 5, to \"How satisfied are you with how we handled this?\" "
          + "sent when a conversation is marked solved."),
      MetricSeries(
        latest: 4.24, trend: 0.004, wobble: 0.04, phase: 2, decimals: 2, run: .init(weeks: 4, step: -0.07),
        notes: [
          3: "First drop, the week the email queue began auto-closing silent tickets.",
          0: "Comments name invoice sync again: \"you closed my ticket but nothing syncs\".",
        ])
    ),
    (
      Metric(
        id: Metrics.customerEffort, name: "Customer effort score", layer: .experience, unit: "score",
        direction: .up, target: 5.5, warning: 5.0, scale: MetricScale(lowest: 1, highest: 7), owner: People.priya,
        description: "Average answer, 1 to 7, to \"Brassline made it easy to get my problem solved\"; "
          + "7 means strongly agree."),
      MetricSeries(latest: 5.6, trend: 0.02, wobble: 0.12, phase: 5, pinned: [4: 5.5])
    ),
    (
      Metric(
        id: Metrics.nps, name: "Net promoter score", layer: .experience, unit: "score", direction: .up,
        target: 35, warning: 25, scale: MetricScale(lowest: -100, highest: 100), owner: People.priya,
        description: "Promoters minus detractors among office managers surveyed in the last 90 days, "
          + "a rolling sample of about 120 answers."),
      MetricSeries(
        latest: 38, trend: 0.35, wobble: 2.5, phase: 8, decimals: 0, pinned: [4: 36, 6: 31],
        notes: [6: "Detractors name the onboarding import and accounting sync."])
    ),
  ]

  // MARK: - Operational

  private static let operationalMetrics: [(Metric, MetricSeries)] = [
    (
      Metric(
        id: Metrics.firstResponseTime, name: "First response time (median)", layer: .operational, unit: "h",
        direction: .down, target: 0.5, warning: 1.0, owner: People.tomas,
        description: "Working hours from a customer's first message, in any channel, to the first answer "
          + "from a person. Automatic replies and ticket numbers do not count."),
      MetricSeries(
        latest: 0.7, trend: -0.035, wobble: 0.1, phase: 1, decimals: 2, pinned: [4: 0.66, 6: 1.45],
        notes: [6: "Two specialists on leave; chatbot overflow went to the email queue."])
    ),
    (
      Metric(
        id: Metrics.firstContactResolution, name: "First contact resolution", layer: .operational, unit: "%",
        direction: .up, target: 70, warning: 62, scale: MetricScale(lowest: 0, highest: 100), owner: People.aisha,
        description: "Conversations solved by the first person who answers, with no reopening within seven days."),
      MetricSeries(
        latest: 57.5, trend: -0.2, wobble: 1.1, phase: 4, pinned: [4: 58.6],
        notes: [8: "Chatbot escalations now go to the email queue instead of live chat."])
    ),
    (
      Metric(
        id: Metrics.resolutionRate, name: "Resolution rate", layer: .operational, unit: "%", direction: .up,
        target: 85, warning: 80, scale: MetricScale(lowest: 0, highest: 100), owner: People.aisha,
        description: "Tickets closed this week as a share of tickets opened, across chat, email and phone."),
      MetricSeries(
        latest: 91.2, trend: 0.1, wobble: 0.8, phase: 7, run: .init(weeks: 4, step: 2.1),
        notes: [
          3: "Auto-close switched on: email tickets close after 72 hours without a customer reply.",
          0: "Up almost 9 points in 4 weeks while CSAT fell: tickets are being closed, not problems solved.",
        ])
    ),
    (
      Metric(
        id: Metrics.aiResolutionQuality, name: "AI resolution quality", layer: .operational, unit: "%",
        direction: .up, target: 80, warning: 70, scale: MetricScale(lowest: 0, highest: 100), owner: People.aisha,
        description: "Share of conversations the chatbot closed on its own that a weekly sample of 50, "
          + "read by a specialist, rates correct and complete."),
      MetricSeries(
        latest: 81, trend: 0.45, wobble: 1.6, phase: 10, decimals: 0, pinned: [4: 82],
        notes: [10: "Chatbot answers on accounting sync rewritten from the 20 most common tickets."])
    ),
  ]
}
