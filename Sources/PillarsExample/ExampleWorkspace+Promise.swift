import PillarsCore

extension ExampleWorkspace {
  /// The promise to growing contractors, how it was built, its proof, and the wishes it replaced.
  static func promise(_ calendar: ExampleCalendar) -> PromiseDocument {
    PromiseDocument(
      sentence: "When your office or a technician gets stuck, a person who knows the trades answers within "
        + "30 minutes during your working hours and stays with the problem until it is fixed, "
        + "so you never explain it twice.",
      builder: PromiseBuilder(
        segment: primarySegment,
        need: "to keep technicians on billable jobs when the software gets in the way",
        benefit: "a specialist who knows the trades within 30 minutes, who owns the problem until it is fixed",
        alternative: "a chatbot and an email queue that pass you to a stranger who asks you to start over"
      ),
      proofMetrics: [Metrics.firstResponseTime, Metrics.firstContactResolution, Metrics.customerEffort],
      history: [
        PromiseRevision(
          sentence: "World-class support for growing trade businesses.", replacedOn: calendar.day(-330)),
        PromiseRevision(
          sentence: "Fast, friendly help from people who know the trades, whenever you need it.",
          replacedOn: calendar.day(-84)),
      ]
    )
  }
}
