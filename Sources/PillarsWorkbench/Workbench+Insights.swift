import PillarsCore
import ScreenKit

/// Keys in the journey's friction ranking, the current/future comparison and the metric pickers.
extension Workbench {
  static func insightKey(_ key: Key, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch state.overlay {
    case .frictionRanking(let selected):
      guard let journey = selectedJourney(state) else {
        state.overlay = nil
        return []
      }
      let entries = FrictionRanking(journey: journey, themes: state.workspace.signalThemes).entries
      switch key {
      case .character("j"), .down: state.overlay = .frictionRanking(selected: clamp(selected + 1, entries.count))
      case .character("k"), .up: state.overlay = .frictionRanking(selected: clamp(selected - 1, entries.count))
      case .enter:
        state.overlay = nil
        guard entries.indices.contains(selected) else { return [] }
        let entry = entries[selected]
        _ = send(JourneyPane.self, .pickedCell(entry.stageID, entry.touchpointID, .friction), &state)
        state.message = .info("\(entry.touchpointName) · \(entry.stageName)")
      default: state.overlay = nil
      }
    case .comparison(let current, let future, let scroll):
      switch key {
      case .character("j"), .down: state.overlay = .comparison(current: current, future: future, scroll: scroll + 1)
      case .character("k"), .up: state.overlay = .comparison(current: current, future: future, scroll: max(0, scroll - 1))
      default: state.overlay = nil
      }
    case .comparisonPicker(let selected):
      let choices = comparisonChoices(state)
      switch key {
      case .character("j"), .down: state.overlay = .comparisonPicker(selected: clamp(selected + 1, choices.count))
      case .character("k"), .up: state.overlay = .comparisonPicker(selected: clamp(selected - 1, choices.count))
      case .enter:
        state.overlay = nil
        guard let journey = selectedJourney(state), choices.indices.contains(selected) else { return [] }
        let pair = JourneyComparison.picked(choices[selected], for: journey)
        state.overlay = .comparison(current: pair.current.id, future: pair.future.id, scroll: 0)
        state.message = nil
      default:
        state.overlay = nil
        state.message = nil
      }
    case .metricPicker(var picker):
      let metrics = orderedMetrics(state.workspace)
      switch key {
      case .escape:
        state.overlay = picker.overlayAfter
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
        state.overlay = picker.overlayAfter
        return commitMetrics(picker, &state)
      default: break
      }
      state.overlay = .metricPicker(picker)
    default:
      break
    }
    return []
  }

  /// The journeys the selected one can be compared with, the likeliest first.
  static func comparisonChoices(_ state: WorkbenchState) -> [Journey] {
    guard let journey = selectedJourney(state) else { return [] }
    return JourneyPane.comparisonChoices(for: journey, in: state.workspace)
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
    case .charter(let channel):
      // Through the field, as typing the KPIs would: one undo step, refused with its reason.
      return commit(.charter(channel, .kpis), picker.chosen.map(\.rawValue).joined(separator: "\n"), &state)
    }
  }
}
