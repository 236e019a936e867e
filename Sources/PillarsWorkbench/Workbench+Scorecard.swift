import PillarsCore

/// The scorecard pane's own editing: adding and reordering metrics, the weeks of an opened metric, notes.
extension Workbench {
  /// The editable rows of an opened metric: its definition, then one value per week, newest first.
  static func metricDetailFields(_ m: MetricID, _ state: WorkbenchState) -> [EditTarget] {
    guard let metric = state.workspace.scorecard[m] else { return [] }
    return MetricField.allCases.map { .metric(m, $0) } + metricWeeks(metric, today: state.today).map { .observation(m, $0, .value) }
  }

  /// Every week from this one (or the latest value, if later) back to the first value, newest first,
  /// so a missing week can be filled in.
  static func metricWeeks(_ metric: Metric, today: CalendarDate) -> [ISOWeek] {
    let newest = max(today.isoWeek, metric.latest?.week ?? today.isoWeek)
    let oldest = metric.observations.first?.week ?? newest
    let count = min(520, max(0, oldest.weeks(until: newest))) + 1
    return (0..<count).map { newest.adding(weeks: -$0) }
  }

  /// `a` on the scorecard: asks the name of a new metric, to go after the selected one in its layer.
  static func addMetric(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let reason = state.readOnlyDocuments[.scorecard] {
      state.message = .error("scorecard.json is read-only: \(reason)")
      return []
    }
    let selected = state.metricSelection.flatMap { state.workspace.scorecard[$0] }
    state.overlay = .editing(FieldEditor(target: .newItem(.metric(selected?.layer ?? .outcome, after: selected?.id)), workspace: state.workspace))
    return []
  }

  /// After a new metric is named: select it and open it, so its target and unit come next.
  static func selectAddedMetric(before: Workspace, _ state: inout WorkbenchState) {
    let known = Set(before.scorecard.metrics.map(\.id))
    guard let added = state.workspace.scorecard.metrics.first(where: { !known.contains($0.id) }) else { return }
    state.metricSelection = added.id
    state.detailOpen = true
    state.detailRow = 0
    state.message = .info("added \(added.name) (id \(added.id.rawValue)); set its target and unit here")
  }

  /// `K` / `J`: the selected metric one place up or down within its layer.
  static func moveMetric(by offset: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard state.pane == .scorecard, !state.detailOpen, let id = state.metricSelection,
      let metric = state.workspace.scorecard[id]
    else {
      state.message = .info("K and J reorder the metrics of the scorecard list")
      return []
    }
    var workspace = state.workspace
    let sameLayer = workspace.scorecard.metrics.indices.filter { workspace.scorecard.metrics[$0].layer == metric.layer }
    guard let position = sameLayer.firstIndex(where: { workspace.scorecard.metrics[$0].id == id }),
      sameLayer.indices.contains(position + offset)
    else {
      state.message = .info("\(metric.name) is already \(offset < 0 ? "first" : "last") in \(metric.layer.title); e on Layer moves it to another layer")
      return []
    }
    workspace.scorecard.metrics.swapAt(sameLayer[position], sameLayer[position + offset])
    return change(to: workspace, label: "move metric \(metric.name)", &state)
  }

  /// `n`: the note on the selected week's value (this week's in the list).
  static func beginNoteEdit(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard state.pane == .scorecard, let m = state.metricSelection, let metric = state.workspace.scorecard[m] else {
      state.message = .info("n edits the note on a metric's week, in the scorecard")
      return []
    }
    var week = state.today.isoWeek
    if state.detailOpen {
      let fields = detailFields(state)
      guard !fields.isEmpty, case .observation(_, let selected, _) = fields[clamp(state.detailRow, fields.count)] else {
        state.message = .info("select a week in the history to edit its note")
        return []
      }
      week = selected
    }
    guard metric.observation(for: week) != nil else {
      state.message = .info("no value for \(week) yet: press e to enter it, then n for the note")
      return []
    }
    if let reason = state.readOnlyDocuments[.history(m)] {
      state.message = .error("\(DocumentRef.history(m).path) is read-only: \(reason)")
      return []
    }
    state.overlay = .editing(FieldEditor(target: .observation(m, week, .note), workspace: state.workspace))
    return []
  }
}
