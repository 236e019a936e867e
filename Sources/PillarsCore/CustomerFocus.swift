/// The customer-focus maturity ladder, a diagnostic: where the team stands, from no customer
/// metrics at all to the customer's interest being the deciding vote.
public enum CustomerFocusMaturity: String, CaseIterable, Sendable, Codable, Comparable {
  case naive, transactional, enlightened, natural

  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// What the rung looks like, in the field's words.
  public var meaning: String {
    switch self {
    case .naive: "no customer metrics at all"
    case .transactional: "the metrics are internal speed: on-time delivery, answer speed"
    case .enlightened: "the customer's signal reaches product and leadership"
    case .natural: "the customer's interest is the deciding vote, even when it costs"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// What the workspace shows of the team's customer focus, to set beside the rung the team picks.
public struct CustomerFocusEvidence: Equatable, Sendable {
  /// Metrics of the customer: the experience layer (CSAT, effort, NPS) and the outcome layer (retention, churn).
  public var customerMetrics: [String]
  /// The experience layer alone: whether the promise feels kept, in the customer's own scores.
  public var experienceMetrics: [String]
  /// Internal speed: the operational layer.
  public var speedMetrics: [String]
  /// Themes of customer signals a fix was decided on: being fixed, or fixed at the root.
  public var signalsActedOn: [String]
  /// Decisions of the reviews and checkpoints marked as choosing the customer over a short-term number.
  public var customerFirstDecisions: [String]

  public init(_ workspace: Workspace) {
    let metrics = workspace.scorecard.metrics
    experienceMetrics = metrics.filter { $0.layer == .experience }.map(\.name)
    customerMetrics = metrics.filter { $0.layer != .operational }.map(\.name)
    speedMetrics = metrics.filter { $0.layer == .operational }.map(\.name)
    signalsActedOn = workspace.signalThemes.filter { $0.state != .open }.map(\.name)
    customerFirstDecisions = (workspace.reviews.flatMap(\.decisions) + workspace.checkpoints.flatMap(\.decisions))
      .filter(\.customerFirst).map(\.text)
  }

  /// The highest rung the evidence bears out.
  public var suggested: CustomerFocusMaturity {
    if customerMetrics.isEmpty { return .naive }
    if experienceMetrics.isEmpty || signalsActedOn.isEmpty { return .transactional }
    return customerFirstDecisions.isEmpty ? .enlightened : .natural
  }

  /// One line per kind of evidence, as the screen and the one-pager say it.
  public var lines: [String] {
    [
      customerMetrics.isEmpty
        ? "No customer metrics at all: the scorecard has no experience or outcome metric."
        : "\(plural(customerMetrics.count, "customer metric")) on the scorecard (\(customerMetrics.prefix(4).joined(separator: ", "))\(customerMetrics.count > 4 ? ", …" : ""))."
      ,
      experienceMetrics.isEmpty
        ? (speedMetrics.isEmpty ? "No experience metrics and no operational ones." : "Only internal speed: \(plural(speedMetrics.count, "operational metric")) and no experience metric.")
        : "\(plural(experienceMetrics.count, "experience metric")) beside \(plural(speedMetrics.count, "operational metric")).",
      signalsActedOn.isEmpty
        ? "No customer signal has led to a fix yet."
        : "\(plural(signalsActedOn.count, "theme")) of customer signals led to a fix (\(signalsActedOn.prefix(3).joined(separator: ", "))\(signalsActedOn.count > 3 ? ", …" : ""))."
      ,
      customerFirstDecisions.isEmpty
        ? "No decision is marked as choosing the customer over a short-term number."
        : "\(plural(customerFirstDecisions.count, "decision")) chose the customer over a short-term number (\(customerFirstDecisions.prefix(2).joined(separator: "; ")))."
      ,
    ]
  }
}
