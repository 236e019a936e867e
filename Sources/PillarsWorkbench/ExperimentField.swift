import PillarsCore

/// The editable fields of an experiment, in the order its opened view shows them: the test card,
/// then the learning card, then its links.
public enum ExperimentField: String, CaseIterable, Hashable, Sendable {
  case name, owner, hypothesis, assumptions, test, metric, criterion, start, end, state, stopReason
  case result, observed, learning, decision, nextStep, segments, touchpoints

  public var label: String {
    switch self {
    case .name: "name"
    case .owner: "owner"
    case .hypothesis: "hypothesis: We believe that …"
    case .assumptions: "assumptions it tests (one per line)"
    case .test: "test: To verify that, we will …"
    case .metric: "the metric it moves"
    case .criterion: "criterion: We are right if …"
    case .start: "starts (YYYY-MM-DD)"
    case .end: "ends (YYYY-MM-DD)"
    case .state: "state"
    case .stopReason: "why it was stopped"
    case .result: "result"
    case .observed: "the numbers observed"
    case .learning: "learning: We learned that …"
    case .decision: "decision"
    case .nextStep: "next step"
    case .segments: "segments (one per line)"
    case .touchpoints: "touchpoints (one per line: journey-id/touchpoint-id or a name)"
    }
  }

  /// The row's title in the opened experiment.
  public var title: String {
    switch self {
    case .name: "Name"
    case .owner: "Owner"
    case .hypothesis: "Hypothesis"
    case .assumptions: "Assumptions tested"
    case .test: "Test"
    case .metric: "Metric"
    case .criterion: "Criterion"
    case .start: "Starts"
    case .end: "Ends"
    case .state: "State"
    case .stopReason: "Stopped because"
    case .result: "Result"
    case .observed: "Observed"
    case .learning: "Learning"
    case .decision: "Decision"
    case .nextStep: "Next step"
    case .segments: "Segments"
    case .touchpoints: "Touchpoints"
    }
  }

  var holdsDate: Bool { self == .start || self == .end }

  func kind(in workspace: Workspace) -> EditTarget.Kind {
    switch self {
    case .name, .owner, .start, .end: .text(multiline: false)
    case .hypothesis, .test, .criterion, .stopReason, .observed, .learning, .nextStep: .text(multiline: true)
    case .assumptions, .segments, .touchpoints: .text(multiline: true)
    case .metric: .choice([("(none)", "")] + workspace.scorecard.metrics.map { ($0.name, $0.id.rawValue) })
    case .state: .choice(ExperimentState.allCases.map { ($0.label, $0.rawValue) })
    case .result: .choice([("(none yet)", "")] + ExperimentResult.allCases.map { ($0.label, $0.rawValue) })
    case .decision: .choice([("(none yet)", "")] + ExperimentDecision.allCases.map { ($0.label, $0.rawValue) })
    }
  }

  /// The value as the editor holds it.
  func text(of experiment: Experiment, in workspace: Workspace) -> String {
    switch self {
    case .name: experiment.name
    case .owner: experiment.owner
    case .hypothesis: experiment.hypothesis
    case .assumptions:
      experiment.assumptions.map { workspace.assumptions[$0]?.statement ?? $0.rawValue }.joined(separator: "\n")
    case .test: experiment.test
    case .metric: experiment.metric?.rawValue ?? ""
    case .criterion: experiment.criterion
    case .start: experiment.start?.description ?? ""
    case .end: experiment.end?.description ?? ""
    case .state: experiment.state.rawValue
    case .stopReason: experiment.stopReason
    case .result: experiment.result?.rawValue ?? ""
    case .observed: experiment.observed
    case .learning: experiment.learning
    case .decision: experiment.decision?.rawValue ?? ""
    case .nextStep: experiment.nextStep
    case .segments: experiment.segments.map { workspace.segments[$0]?.name ?? $0.rawValue }.joined(separator: "\n")
    case .touchpoints: experiment.touchpoints.map(\.description).joined(separator: "\n")
    }
  }

  /// The value as a row shows it, on one line.
  func shownText(of experiment: Experiment, in workspace: Workspace) -> String {
    let shown: String
    switch self {
    case .metric: shown = experiment.metric.map { workspace.scorecard[$0]?.name ?? $0.rawValue } ?? ""
    case .assumptions, .segments: shown = text(of: experiment, in: workspace).split(separator: "\n").joined(separator: " · ")
    case .touchpoints: shown = experiment.touchpoints.map { LinkList.name(of: $0, in: workspace) }.joined(separator: " · ")
    case .name, .owner, .hypothesis, .test, .criterion, .start, .end, .state, .stopReason, .result, .observed, .learning,
      .decision, .nextStep:
      shown = text(of: experiment, in: workspace).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
    return shown.isEmpty ? "—" : shown
  }

  /// Writes `text` into the experiment; returns why not when the text is refused.
  func apply(_ text: String, to experiment: inout Experiment, in workspace: Workspace) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "an experiment needs a name" }
      experiment.name = trimmed
    case .owner: experiment.owner = trimmed
    case .hypothesis: experiment.hypothesis = text
    case .test: experiment.test = text
    case .criterion: experiment.criterion = text
    case .stopReason: experiment.stopReason = text
    case .observed: experiment.observed = text
    case .learning: experiment.learning = text
    case .nextStep: experiment.nextStep = text
    case .metric:
      guard !trimmed.isEmpty else { experiment.metric = nil; return nil }
      guard workspace.scorecard[MetricID(trimmed)] != nil else { return "no metric \"\(shortQuote(trimmed))\" on the scorecard" }
      experiment.metric = MetricID(trimmed)
    case .start, .end:
      switch LinkList.date(text) {
      case .failure(let refusal): return refusal
      case .success(let date):
        if self == .start { experiment.start = date } else { experiment.end = date }
        if let start = experiment.start, let end = experiment.end, end < start {
          return "the experiment would end on \(end), before it starts on \(start)"
        }
      }
    case .state:
      guard let state = ExperimentState(rawValue: trimmed) else { return "the state is planned, running, done or stopped" }
      experiment.state = state
    case .result:
      guard !trimmed.isEmpty else { experiment.result = nil; return nil }
      guard let result = ExperimentResult(rawValue: trimmed) else { return "the result is won, lost or inconclusive" }
      experiment.result = result
    case .decision:
      guard !trimmed.isEmpty else { experiment.decision = nil; return nil }
      guard let decision = ExperimentDecision(rawValue: trimmed) else { return "the decision is adopt, adjust or abandon" }
      experiment.decision = decision
    case .assumptions:
      switch LinkList.assumptions(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let ids): experiment.assumptions = ids
      }
    case .segments:
      switch LinkList.segments(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let ids): experiment.segments = ids
      }
    case .touchpoints:
      switch LinkList.touchpoints(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let links): experiment.touchpoints = links
      }
    }
    return nil
  }
}
