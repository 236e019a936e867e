import PillarsCore
import ScreenKit

/// The journey's friction ranking, the current/future comparison, and the metric pickers.
extension Workbench {
  static func runInsightCommand(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch command {
    case .frictionRanking:
      guard state.pane == .journey, let journey = selectedJourney(state) else {
        state.message = .info("f ranks a journey's friction: go to the journey map (3)")
        return []
      }
      guard !FrictionRanking(journey: journey).entries.isEmpty else {
        state.message = .info("\(journey.name) has no friction points yet")
        return []
      }
      state.overlay = .frictionRanking(selected: 0)
    case .compareJourneys:
      guard state.pane == .journey, let journey = selectedJourney(state) else {
        state.message = .info("c compares journeys: go to the journey map (3)")
        return []
      }
      guard JourneyComparison.pair(for: journey, in: state.workspace) != nil else {
        state.message = .info("no current-state and future-state journey of this segment to compare; D makes a future state")
        return []
      }
      state.overlay = .comparison(scroll: 0)
    case .pickMetrics:
      switch state.pane {
      case .promise:
        state.overlay = .metricPicker(MetricPicker(purpose: .proof, chosen: state.workspace.promise.proofMetrics))
      case .journey:
        guard let journey = selectedJourney(state), let touchpoint = selectedTouchpoint(state) else {
          state.message = .info("no touchpoint selected")
          return []
        }
        state.overlay = .metricPicker(MetricPicker(purpose: .touchpoint(journey.id, touchpoint.id), chosen: touchpoint.metrics))
      default:
        state.message = .info("m picks metrics: the promise's proof (2) or a touchpoint's (3)")
      }
    default:
      break
    }
    return []
  }

  static func insightKey(_ key: Key, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch state.overlay {
    case .frictionRanking(let selected):
      guard let journey = selectedJourney(state) else {
        state.overlay = nil
        return []
      }
      let entries = FrictionRanking(journey: journey).entries
      switch key {
      case .character("j"), .down: state.overlay = .frictionRanking(selected: clamp(selected + 1, entries.count))
      case .character("k"), .up: state.overlay = .frictionRanking(selected: clamp(selected - 1, entries.count))
      case .enter:
        state.overlay = nil
        guard entries.indices.contains(selected) else { return [] }
        let entry = entries[selected]
        state.detailOpen = false
        state.journeySelection.stage = entry.stageID
        state.journeySelection.touchpoint = entry.touchpointID
        state.journeySelection.lane = .friction
        state.message = .info("\(entry.touchpointName) · \(entry.stageName)")
      default: state.overlay = nil
      }
    case .comparison(let scroll):
      switch key {
      case .character("j"), .down: state.overlay = .comparison(scroll: scroll + 1)
      case .character("k"), .up: state.overlay = .comparison(scroll: max(0, scroll - 1))
      default: state.overlay = nil
      }
    case .metricPicker(var picker):
      let metrics = orderedMetrics(state.workspace)
      switch key {
      case .escape:
        state.overlay = nil
        state.message = .info("nothing changed")
        return []
      case .character("j"), .down: picker.selected = clamp(picker.selected + 1, metrics.count)
      case .character("k"), .up: picker.selected = clamp(picker.selected - 1, metrics.count)
      case .character(" "), .character("x"):
        guard metrics.indices.contains(picker.selected) else { break }
        let id = metrics[picker.selected].id
        picker.refusal = nil
        if let index = picker.chosen.firstIndex(of: id) {
          picker.chosen.remove(at: index)
        } else if picker.purpose == .proof && picker.chosen.count >= 3 {
          picker.refusal = "the proof is 2 or 3 metrics: untick one first"
        } else {
          picker.chosen.append(id)
        }
      case .enter:
        state.overlay = nil
        return commitMetrics(picker, &state)
      default: break
      }
      state.overlay = .metricPicker(picker)
    default:
      break
    }
    return []
  }

  private static func commitMetrics(_ picker: MetricPicker, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    var workspace = state.workspace
    switch picker.purpose {
    case .proof:
      workspace.promise.proofMetrics = picker.chosen
      let effects = change(to: workspace, label: "pick the proof metrics", &state)
      if picker.chosen.count < 2 {
        state.message = .info("the proof has \(plural(picker.chosen.count, "metric")); 2 or 3 make it convincing")
      }
      return effects
    case .touchpoint(let j, let t):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }), let (s, i) = workspace.journeys[ji].position(of: t)
      else { return [] }
      workspace.journeys[ji].stages[s].touchpoints[i].metrics = picker.chosen
      return change(to: workspace, label: "link metrics", &state)
    }
  }
}
