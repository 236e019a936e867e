import PillarsCore

extension ExampleWorkspace {
  /// The six stages both journeys share, so today's and the next journey compare stage by stage.
  enum Stages {
    static let awareness = Stage(
      id: "awareness", name: "Awareness",
      goal: "Find a way to stop losing jobs and invoices between the van and the office.")
    static let consideration = Stage(
      id: "consideration", name: "Consideration",
      goal: "Be sure the software fits how the crew works before asking the whole team to switch.")
    static let purchase = Stage(
      id: "purchase", name: "Purchase",
      goal: "Sign up for the right plan, with no surprises on the first invoice.")
    static let onboarding = Stage(
      id: "onboarding", name: "Onboarding",
      goal: "Have every technician running jobs from the app within two weeks, "
        + "with invoices landing in the accounting system.")
    static let ongoingUse = Stage(
      id: "ongoing-use", name: "Ongoing use",
      goal: "Run each day from the dispatch board, and get unstuck fast when something blocks a job.")
    static let renewal = Stage(
      id: "renewal", name: "Renewal",
      goal: "Decide whether to renew and add technicians, based on whether the software paid for itself.")

    /// The stage with its touchpoints filled in.
    static func filled(_ stage: Stage, _ touchpoints: [Touchpoint]) -> Stage {
      var stage = stage
      stage.touchpoints = touchpoints
      return stage
    }
  }
}
