import PillarsCore

/// What a new item's editor says and where committing its name puts the item.
extension NewItem {
  func label(in workspace: Workspace) -> String {
    switch self {
    case .action(let p): "\(p.title) · new action"
    case .touchpoint(let j, let s): "\(workspace.journey(j)?.stages.first { $0.id == s }?.name ?? s.rawValue) · new touchpoint"
    case .stage(let j, _): "\(workspace.journey(j)?.name ?? j.rawValue) · new stage"
    case .segment: "New segment · name"
    case .journey: "New journey · name"
    case .metric(let layer, _): "New \(layer.title.lowercased()) metric · name"
    case .decision(let log, let kind): "\(log) · new decision: \(kind.title)"
    case .experiment: "New experiment · name"
    case .assumption: "New assumption · statement"
    }
  }

  var document: DocumentRef {
    switch self {
    case .action: .pillars
    case .touchpoint(let j, _), .stage(let j, _): .journey(j)
    case .segment: .segments
    case .journey: .manifest
    case .metric: .scorecard
    case .decision(let log, _): log.document
    case .experiment: .manifest
    case .assumption: .assumptions
    }
  }

  /// Adds the item named `text` to `workspace`, or returns why not.
  func add(named text: String, to workspace: inout Workspace) -> EditRefusal? {
    let name = text.trimmingWhitespace
    guard !name.isEmpty else { return unnamed }
    switch self {
    case .action(let p):
      let id = ActionID.make(from: name, avoiding: workspace.pillars.pillars.flatMap(\.actions).map(\.id))
      workspace.pillars[p].actions.append(PillarAction(id: id, text: name))
    case .touchpoint(let j, let s):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }),
        let si = workspace.journeys[ji].stages.firstIndex(where: { $0.id == s })
      else { return "the stage is gone" }
      let id = TouchpointID.make(from: name, avoiding: workspace.journeys[ji].touchpoints.map(\.touchpoint.id))
      workspace.journeys[ji].stages[si].touchpoints.append(Touchpoint(id: id, name: name))
    case .stage(let j, let after):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return "the journey is gone" }
      let id = StageID.make(from: name, avoiding: workspace.journeys[ji].stages.map(\.id))
      let position = after.flatMap { a in workspace.journeys[ji].stages.firstIndex { $0.id == a } }.map { $0 + 1 }
      workspace.journeys[ji].stages.insert(Stage(id: id, name: name), at: position ?? workspace.journeys[ji].stages.count)
    case .segment:
      let id = SegmentID.make(from: name, avoiding: workspace.segments.segments.map(\.id))
      workspace.segments.segments.append(Segment(id: id, name: name))
    case .journey:
      let id = JourneyID.make(from: name, avoiding: workspace.journeys.map(\.id))
      workspace.journeys.append(Journey(id: id, name: name, segment: workspace.segments.primary?.id))
      workspace.journeys.sort { $0.id < $1.id }
    case .metric(let layer, let after):
      let id = MetricID(Slug.unique(Slug.make(from: name), avoiding: Set(workspace.scorecard.metrics.map(\.id.rawValue))))
      let metrics = workspace.scorecard.metrics
      let position = after.flatMap { a in metrics.firstIndex { $0.id == a } }.map { $0 + 1 } ?? metrics.count
      workspace.scorecard.metrics.insert(Metric(id: id, name: name, layer: layer), at: position)
    case .experiment:
      let id = ExperimentID.make(from: name, avoiding: workspace.experiments.map(\.id))
      workspace.experiments.append(Experiment(id: id, name: name))
      workspace.experiments.sort { $0.id < $1.id }
    case .assumption:
      let id = AssumptionID.make(from: name, avoiding: workspace.assumptions.assumptions.map(\.id))
      workspace.assumptions.assumptions.append(Assumption(id: id, statement: name))
    case .decision(let log, let kind):
      let reviewDay = workspace.manifest.reviewDay
      workspace.updateDecisions(in: log) { decisions in
        let taken = Set(decisions.map(\.id.rawValue))
        let id = DecisionID(Slug.unique("decision-\(decisions.count + 1)", avoiding: taken))
        // Due when it comes back, so a new decision is never undated; D changes it.
        decisions.append(Decision(id: id, kind: kind, text: name, due: log.comesBack(reviewDay: reviewDay)))
      }
    }
    return nil
  }

  /// Why an empty name adds nothing: an empty text is refused, not ignored.
  private var unnamed: EditRefusal {
    switch self {
    case .metric: "a metric needs a name"
    case .decision: "a decision needs words"
    case .assumption: "an assumption needs a statement"
    case .experiment: "a name is needed; Esc adds nothing"
    case .action, .touchpoint, .stage, .segment, .journey: "a name is needed; Esc adds nothing"
    }
  }
}
