import PillarsCore

/// The editable fields of an assumption, in the order its opened view shows them.
public enum AssumptionField: String, CaseIterable, Hashable, Sendable {
  case statement, kind, importance, evidence, state, experiments, owner, segment, underliesPromise, touchpoints, revisit

  public var label: String {
    switch self {
    case .statement: "statement"
    case .kind: "kind"
    case .importance: "importance (1-5)"
    case .evidence: "evidence (1-5)"
    case .state: "state"
    case .experiments: "experiments that test it (one per line)"
    case .owner: "owner"
    case .segment: "segment"
    case .underliesPromise: "does the promise rest on it?"
    case .touchpoints: "touchpoints (one per line: journey-id/touchpoint-id or a name)"
    case .revisit: "look again on (YYYY-MM-DD)"
    }
  }

  public var title: String {
    switch self {
    case .statement: "Statement"
    case .kind: "Kind"
    case .importance: "Importance"
    case .evidence: "Evidence"
    case .state: "State"
    case .experiments: "Tested by"
    case .owner: "Owner"
    case .segment: "Segment"
    case .underliesPromise: "Promise"
    case .touchpoints: "Touchpoints"
    case .revisit: "Look again on"
    }
  }

  var holdsDate: Bool { self == .revisit }

  func kind(in workspace: Workspace) -> EditTarget.Kind {
    switch self {
    case .statement, .owner, .revisit: .text(multiline: false)
    case .experiments, .touchpoints: .text(multiline: true)
    case .kind: .choice(AssumptionKind.allCases.map { ($0.label, $0.rawValue) })
    case .importance, .evidence: .choice(Assumption.scoreRange.map { (String($0), String($0)) })
    case .state: .choice(AssumptionState.allCases.map { ($0.label, $0.rawValue) })
    case .segment: .choice([("(none)", "")] + workspace.segments.segments.map { ($0.name, $0.id.rawValue) })
    case .underliesPromise: .choice([("no", "no"), ("yes: the promise rests on it", "yes")])
    }
  }

  func text(of assumption: Assumption, in workspace: Workspace) -> String {
    switch self {
    case .statement: assumption.statement
    case .kind: assumption.kind.rawValue
    case .importance: String(assumption.importance)
    case .evidence: String(assumption.evidence)
    case .state: assumption.state.rawValue
    case .experiments: AssumptionsDocument.experiments(testing: assumption.id, in: workspace).map(\.name).joined(separator: "\n")
    case .owner: assumption.owner
    case .segment: assumption.segment?.rawValue ?? ""
    case .underliesPromise: assumption.underliesPromise ? "yes" : "no"
    case .touchpoints: assumption.touchpoints.map(\.description).joined(separator: "\n")
    case .revisit: assumption.revisit?.description ?? ""
    }
  }

  func shownText(of assumption: Assumption, in workspace: Workspace) -> String {
    let shown: String
    switch self {
    case .importance, .evidence: shown = "\(text(of: assumption, in: workspace)) of 5"
    case .segment: shown = assumption.segment.map { workspace.segments[$0]?.name ?? $0.rawValue } ?? ""
    case .experiments: shown = text(of: assumption, in: workspace).split(separator: "\n").joined(separator: " · ")
    case .touchpoints: shown = assumption.touchpoints.map { LinkList.name(of: $0, in: workspace) }.joined(separator: " · ")
    case .statement, .kind, .state, .owner, .underliesPromise, .revisit: shown = text(of: assumption, in: workspace)
    }
    return shown.isEmpty ? "—" : shown
  }

  /// Writes `text` into the assumption `id`; the experiments that test it are written on the
  /// experiments themselves, where the link is kept.
  func apply(_ text: String, to id: AssumptionID, in workspace: inout Workspace) -> EditRefusal? {
    guard let index = workspace.assumptions.assumptions.firstIndex(where: { $0.id == id }) else { return "the assumption is gone" }
    let trimmed = text.trimmingWhitespace
    var assumption = workspace.assumptions.assumptions[index]
    switch self {
    case .statement:
      guard !trimmed.isEmpty else { return "an assumption needs a statement" }
      assumption.statement = trimmed
    case .kind:
      guard let kind = AssumptionKind(rawValue: trimmed) else { return "the kind is desirability, viability or feasibility" }
      assumption.kind = kind
    case .importance, .evidence:
      guard let value = Int(trimmed), Assumption.scoreRange.contains(value) else { return "a score runs from 1 to 5" }
      if self == .importance { assumption.importance = value } else { assumption.evidence = value }
    case .state:
      guard let state = AssumptionState(rawValue: trimmed) else { return "the state is untested, testing, validated or invalidated" }
      assumption.state = state
    case .owner: assumption.owner = trimmed
    case .segment:
      guard !trimmed.isEmpty else { assumption.segment = nil; break }
      guard workspace.segments[SegmentID(trimmed)] != nil else { return "no segment \"\(shortQuote(trimmed))\"" }
      assumption.segment = SegmentID(trimmed)
    case .underliesPromise: assumption.underliesPromise = trimmed == "yes"
    case .touchpoints:
      switch LinkList.touchpoints(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let links): assumption.touchpoints = links
      }
    case .revisit:
      switch LinkList.date(text) {
      case .failure(let refusal): return refusal
      case .success(let date): assumption.revisit = date
      }
    case .experiments:
      switch LinkList.experiments(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let ids):
        for e in workspace.experiments.indices {
          let tests = ids.contains(workspace.experiments[e].id)
          if tests, !workspace.experiments[e].assumptions.contains(id) {
            workspace.experiments[e].assumptions.append(id)
          } else if !tests {
            workspace.experiments[e].assumptions.removeAll { $0 == id }
          }
        }
      }
    }
    workspace.assumptions.assumptions[index] = assumption
    return nil
  }
}
