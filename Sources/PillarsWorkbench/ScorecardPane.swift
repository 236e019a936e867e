import PillarsCore
import ScreenKit

/// Pane 4: the scorecard by layer; Enter opens a metric, with its definition, chart and weeks.
public enum ScorecardPane: PaneFeature {
  public static let pane = Pane(id: "scorecard", title: "Scorecard")

  public struct State: PaneState {
    public var selection: MetricID?
    /// Whether the selected metric is open, and which of its rows is highlighted.
    public var isOpen = false
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedMetric(MetricID)
    case openedMetric
    case closedMetric
    case askedToEditRow
    case askedToAddMetric
    case askedToDeleteMetric
    case movedMetric(by: Int)
    case askedToEditNote
  }

  public static func initialState(for workspace: Workspace) -> State {
    var state = State()
    state.selection = workspace.scorecard.metrics.first?.id
    return state
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    case .open: state.isOpen ? .askedToEditRow : .openedMetric
    case .back: state.isOpen ? .closedMetric : nil
    case .add: .askedToAddMetric
    case .delete: .askedToDeleteMetric
    case .moveItemUp: .movedMetric(by: -1)
    case .moveItemDown: .movedMetric(by: 1)
    case .editNote: .askedToEditNote
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    switch action {
    case .movedSelection(let delta):
      if state.isOpen {
        state.row = Workbench.clamp(state.row + delta, fields(state, context).count)
        return []
      }
      let metrics = orderedMetrics(workspace)
      guard !metrics.isEmpty else { return [] }
      let index = metrics.firstIndex { $0.id == state.selection } ?? 0
      state.selection = metrics[Workbench.clamp(index + delta, metrics.count)].id
    case .pickedMetric(let id):
      state.selection = id
    case .openedMetric:
      guard state.selection != nil else { return [.say("nothing to open")] }
      state.isOpen = true
      state.row = 0
    case .closedMetric:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAddMetric:
      // The new metric goes after the selected one, in its layer.
      let selected = state.selection.flatMap { workspace.scorecard[$0] }
      return [.edit(.newItem(.metric(selected?.layer ?? .outcome, after: selected?.id)))]
    case .askedToDeleteMetric:
      guard let id = state.selection, let metric = workspace.scorecard[id] else { return [.say("no metric selected")] }
      if state.isOpen { return removeWeek(of: metric, state, context) }
      let values = metric.observations.count
      return [.confirm(Confirmation(consequence: .delete(.metric(id)),
        question: "Delete the metric \"\(metric.name)\" and its \(plural(values, "weekly value"))? (y/n)"))]
    case .movedMetric(let offset):
      return moveMetric(by: offset, state, workspace)
    case .askedToEditNote:
      return noteEdit(state, context)
    }
    return []
  }

  /// `d` in an opened metric: the highlighted week's value goes, never the metric.
  private static func removeWeek(of metric: Metric, _ state: State, _ context: PaneContext) -> [PaneOutcome] {
    let fields = fields(state, context)
    guard !fields.isEmpty, case .observation(_, let week, _) = fields[Workbench.clamp(state.row, fields.count)] else {
      return [.say("d on a week removes its value; to delete the metric, go back to the list (Esc) and press d there")]
    }
    guard let value = metric.observation(for: week) else { return [.say("\(week) has no value to remove")] }
    var changed = context.workspace
    guard let index = changed.scorecard.metrics.firstIndex(where: { $0.id == metric.id }) else { return [] }
    changed.scorecard.metrics[index].observations.removeAll { $0.week == week }
    let shown = MetricValueText.text(value.value, unit: metric.unit)
    return [.change(changed, label: "remove \(metric.name)'s value for \(week)",
      message: "removed \(metric.name)'s \(shown) for \(week) — u to undo")]
  }

  /// `K` / `J`: the selected metric one place up or down within its layer.
  private static func moveMetric(by offset: Int, _ state: State, _ workspace: Workspace) -> [PaneOutcome] {
    guard !state.isOpen, let id = state.selection, let metric = workspace.scorecard[id] else {
      return [.say("K and J reorder the metrics of the scorecard list")]
    }
    var changed = workspace
    let sameLayer = changed.scorecard.metrics.indices.filter { changed.scorecard.metrics[$0].layer == metric.layer }
    guard let position = sameLayer.firstIndex(where: { changed.scorecard.metrics[$0].id == id }),
      sameLayer.indices.contains(position + offset)
    else {
      return [.say("\(metric.name) is already \(offset < 0 ? "first" : "last") in \(metric.layer.title); e on Layer moves it to another layer")]
    }
    changed.scorecard.metrics.swapAt(sameLayer[position], sameLayer[position + offset])
    return [.change(changed, label: "move metric \(metric.name)")]
  }

  /// `n`: the note on the selected week's value (this week's in the list).
  private static func noteEdit(_ state: State, _ context: PaneContext) -> [PaneOutcome] {
    guard let m = state.selection, let metric = context.workspace.scorecard[m] else {
      return [.say("n edits the note on a metric's week, in the scorecard")]
    }
    var week = context.today.isoWeek
    if state.isOpen {
      let fields = fields(state, context)
      guard !fields.isEmpty, case .observation(_, let selected, _) = fields[Workbench.clamp(state.row, fields.count)] else {
        return [.say("select a week in the history to edit its note")]
      }
      week = selected
    }
    guard metric.observation(for: week) != nil else {
      return [.say("no value for \(week) yet: press e to enter it, then n for the note")]
    }
    return [.edit(.observation(m, week, .note))]
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.editNote, "note"), KeyBarEntry(.delete, "remove week"), KeyBarEntry(.back, "list")]
      : [KeyBarEntry(.edit, "this week"), KeyBarEntry(.open, "open"), KeyBarEntry(.add, "add"), KeyBarEntry(.editNote, "note"),
        KeyBarEntry(.openReview, "review")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    ScorecardPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    ScorecardPaneView(state: workbench, pane: state).metric(atRow: y, in: area).map { .pickedMetric($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let m = state.selection else { return [] }
    return metricFields(m, context)
  }

  /// The editable rows of an opened metric: its definition, then one value per week, newest first.
  static func metricFields(_ m: MetricID, _ context: PaneContext) -> [EditTarget] {
    guard let metric = context.workspace.scorecard[m] else { return [] }
    return MetricField.allCases.map { .metric(m, $0) } + metricWeeks(metric, today: context.today).map { .observation(m, $0, .value) }
  }

  /// Every week from this one (or the latest value, if later) back to the first value, newest first,
  /// so a missing week can be filled in.
  static func metricWeeks(_ metric: Metric, today: CalendarDate) -> [ISOWeek] {
    let newest = max(today.isoWeek, metric.latest?.week ?? today.isoWeek)
    let oldest = metric.observations.first?.week ?? newest
    let count = min(520, max(0, oldest.weeks(until: newest))) + 1
    return (0..<count).map { newest.adding(weeks: -$0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    // In the list, `e` records this week's value of the selected metric.
    guard state.isOpen else { return state.selection.map { .observation($0, context.today.isoWeek, .value) } }
    let fields = fields(state, context)
    return fields.isEmpty ? nil : fields[Workbench.clamp(state.row, fields.count)]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    if state.selection.flatMap({ context.workspace.scorecard[$0] }) == nil {
      state.selection = orderedMetrics(context.workspace).first?.id
    }
    state.row = Workbench.clamp(state.row, fields(state, context).count)
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .metric(let id) = target else { return false }
    state = State()
    state.selection = id
    return true
  }

  /// After a new metric is named: select it and open it, so its target and unit come next.
  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    guard case .metric = item else { return [] }
    let known = Set(before.scorecard.metrics.map(\.id))
    guard let added = context.workspace.scorecard.metrics.first(where: { !known.contains($0.id) }) else { return [] }
    state.selection = added.id
    state.isOpen = true
    state.row = 0
    // Its layer next: the one it was added to is highlighted, Enter keeps it.
    return [.edit(.metric(added.id, .layer)),
      .say("added \(added.name) (id \(added.id.rawValue)): which layer? then set its target and unit here")]
  }

  /// An opened metric lists its weeks newest first: a new week adds a row above the one selected.
  public static func dayChanged(from previous: PaneContext, _ state: inout State, _ context: PaneContext) {
    guard state.isOpen, let field = fields(state, previous).dropFirst(state.row).first,
      let row = fields(state, context).firstIndex(of: field)
    else { return }
    state.row = row
  }

  /// Metrics in the order the scorecard pane lists them: by layer, then as in the document.
  static func orderedMetrics(_ workspace: Workspace) -> [Metric] {
    MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }
  }
}

extension WorkbenchState {
  public var scorecardPane: ScorecardPane.State {
    get { panes[ScorecardPane.self] }
    set { panes[ScorecardPane.self] = newValue }
  }
}

extension Pane {
  public static var scorecard: Pane { ScorecardPane.pane }
}
