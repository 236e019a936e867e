import PillarsCore
import ScreenKit

/// Pane 3: the journey map, a touchpoint opened, and the journeys' own commands (stages,
/// duplicating as a future state, the friction ranking, the comparison).
public enum JourneyPane: PaneFeature {
  public static let pane = Pane(id: "journey", title: "Journey")

  public struct State: PaneState {
    public var selection = JourneySelection()
    /// Whether the selected touchpoint is open, and which of its fields is highlighted.
    public var isOpen = false
    public var row = 0

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedLane(by: Int)
    case movedRow(by: Int)
    case movedAlongMap(by: Int)
    case switchedJourney(by: Int)
    /// A cell was clicked, or a friction point picked from the ranking.
    case pickedCell(StageID, TouchpointID?, JourneyLane?)
    case openedTouchpoint
    case closedTouchpoint
    case askedToEditRow
    case askedToAdd
    case askedToDelete
    case movedTouchpoint(by: Int)
    case movedStage(by: Int)
    case askedToAddStage
    case askedToEditJourney(JourneyField)
    case askedToEditStage(StageField)
    case duplicatedJourney
    case askedToDeleteJourney
    case askedToDeleteStage
    case askedForFrictionRanking
    case askedToCompare
    case askedToPickMetrics
  }

  public static func initialState(for workspace: Workspace) -> State {
    // Start on how things are today: the current-state journey, when there is one.
    var state = State()
    state.selection = JourneySelection(journey: workspace.journeys.first { $0.state == .current } ?? workspace.journeys.first)
    return state
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    let rows = state.isOpen ? Action.movedRow : Action.movedLane
    if let delta = context.rows(for: command) { return rows(delta) }
    switch command {
    case .moveLeft: return state.isOpen ? nil : .movedAlongMap(by: -1)
    case .moveRight: return state.isOpen ? nil : .movedAlongMap(by: 1)
    case .open: return state.isOpen ? .askedToEditRow : .openedTouchpoint
    case .back: return state.isOpen ? .closedTouchpoint : nil
    case .nextJourney: return .switchedJourney(by: 1)
    case .previousJourney: return .switchedJourney(by: -1)
    case .add: return .askedToAdd
    case .delete: return .askedToDelete
    case .moveItemUp, .moveItemLeft: return .movedTouchpoint(by: -1)
    case .moveItemDown, .moveItemRight: return .movedTouchpoint(by: 1)
    case .moveStageLeft: return .movedStage(by: -1)
    case .moveStageRight: return .movedStage(by: 1)
    case .addStage: return .askedToAddStage
    case .renameJourney: return .askedToEditJourney(.name)
    case .setJourneySegment: return .askedToEditJourney(.segment)
    case .setJourneyState: return .askedToEditJourney(.state)
    case .renameStage: return .askedToEditStage(.name)
    case .editStageGoal: return .askedToEditStage(.goal)
    case .duplicateJourney: return .duplicatedJourney
    case .deleteJourney: return .askedToDeleteJourney
    case .deleteStage: return .askedToDeleteStage
    case .frictionRanking: return .askedForFrictionRanking
    case .compareJourneys: return .askedToCompare
    case .pickMetrics: return .askedToPickMetrics
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      return nil
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    let journey = selectedJourney(state, workspace)
    switch action {
    case .movedLane(let delta):
      let lanes = JourneyLane.allCases
      state.selection.lane = lanes[Workbench.clamp(state.selection.lane.rawValue + delta, lanes.count)]
    case .movedRow(let delta):
      state.row = Workbench.clamp(state.row + delta, fields(state, context).count)
    case .movedAlongMap(let delta):
      guard let journey else { return [] }
      let columns = JourneyColumn.columns(of: journey)
      guard !columns.isEmpty else { return [] }
      let index = JourneyColumn.index(of: state.selection, in: columns) ?? 0
      let column = columns[Workbench.clamp(index + delta, columns.count)]
      state.selection.stage = column.stage
      state.selection.touchpoint = column.touchpoint
    case .switchedJourney(let delta):
      let journeys = workspace.journeys
      guard !journeys.isEmpty else { return [.say("this workspace has no journeys yet")] }
      let index = journeys.firstIndex { $0.id == state.selection.journey } ?? 0
      state = State()
      state.selection = JourneySelection(journey: journeys[(index + delta + journeys.count) % journeys.count])
    case .pickedCell(let stage, let touchpoint, let lane):
      state.isOpen = false
      state.row = 0
      state.selection.stage = stage
      state.selection.touchpoint = touchpoint
      if let lane { state.selection.lane = lane }
    case .openedTouchpoint:
      guard selectedTouchpoint(state, workspace) != nil else { return [.say("no touchpoint selected")] }
      state.isOpen = true
      state.row = 0
    case .closedTouchpoint:
      state.isOpen = false
      state.row = 0
    case .askedToEditRow:
      return [.editFocusedField]
    case .askedToAdd:
      guard let journey else { return [.edit(.newItem(.journey))] }
      guard let stage = selectedStage(state, in: journey) else { return [.edit(.newItem(.stage(journey.id, after: nil)))] }
      return [.edit(.newItem(.touchpoint(journey.id, stage.id)))]
    case .askedToDelete:
      return askToDelete(state, context)
    case .movedTouchpoint(let delta):
      return moveTouchpoint(by: delta, &state, context)
    case .movedStage(let delta):
      guard let journey else { return noJourney }
      guard let stage = selectedStage(state, in: journey), let ji = workspace.journeys.firstIndex(where: { $0.id == journey.id }),
        let s = journey.stages.firstIndex(where: { $0.id == stage.id }), journey.stages.indices.contains(s + delta)
      else { return [] }
      var changed = workspace
      changed.journeys[ji].stages.swapAt(s, s + delta)
      return [.change(changed, label: "move stage \(stage.name)")]
    case .askedToAddStage:
      guard let journey else { return noJourney }
      return [.edit(.newItem(.stage(journey.id, after: selectedStage(state, in: journey)?.id)))]
    case .askedToEditJourney(let field):
      guard let journey else { return noJourney }
      return [.edit(.journey(journey.id, field))]
    case .askedToEditStage(let field):
      guard let journey else { return noJourney }
      guard let stage = selectedStage(state, in: journey) else { return [] }
      return [.edit(.stage(journey.id, stage.id, field))]
    case .duplicatedJourney:
      guard let journey else { return noJourney }
      var changed = workspace
      var copy = journey
      copy.name = journey.name + " · future state"
      copy.state = .future
      // Remembered, so that c compares the copy with the journey it came from.
      copy.basedOn = journey.id
      copy.id = JourneyID.make(from: journey.id.rawValue + "-future", avoiding: workspace.journeys.map(\.id))
      changed.journeys.append(copy)
      changed.journeys.sort { $0.id < $1.id }
      state = State()
      state.selection = JourneySelection(journey: copy)
      return [.change(changed, label: "duplicate journey \(journey.name)", message: "made a future-state copy — r renames it, u undoes")]
    case .askedToDeleteJourney:
      guard let journey else { return noJourney }
      let touchpoints = journey.touchpoints.count
      return [.confirm(Confirmation(consequence: .delete(.journey(journey.id)),
        question: "Delete the journey \"\(journey.name)\" with its \(plural(journey.stages.count, "stage")) and \(plural(touchpoints, "touchpoint"))? (y/n)"))]
    case .askedToDeleteStage:
      guard let journey else { return noJourney }
      guard let stage = selectedStage(state, in: journey) else { return [] }
      return [.confirm(Confirmation(consequence: .delete(.stage(journey.id, stage.id)),
        question: "Delete the stage \"\(stage.name)\" and its \(plural(stage.touchpoints.count, "touchpoint"))? (y/n)"))]
    case .askedForFrictionRanking:
      guard let journey else { return noJourney }
      guard !FrictionRanking(journey: journey).entries.isEmpty else { return [.say("\(journey.name) has no friction points yet")] }
      return [.overlay(.frictionRanking(selected: 0))]
    case .askedToCompare:
      guard let journey else { return noJourney }
      return compare(journey, workspace)
    case .askedToPickMetrics:
      guard let journey, let touchpoint = selectedTouchpoint(state, workspace) else { return [.say("no touchpoint selected")] }
      return [.overlay(.metricPicker(MetricPicker(purpose: .touchpoint(journey.id, touchpoint.id), chosen: touchpoint.metrics)))]
    }
    return []
  }

  private static let noJourney: [PaneOutcome] = [.say("this workspace has no journeys yet: N makes one")]

  private static func askToDelete(_ state: State, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    guard let journey = selectedJourney(state, workspace), let touchpoint = selectedTouchpoint(state, workspace) else {
      if let journey = selectedJourney(state, workspace), let stage = selectedStage(state, in: journey) {
        return [.confirm(Confirmation(consequence: .delete(.stage(journey.id, stage.id)),
          question: "Delete the empty stage \"\(stage.name)\"? (y/n)"))]
      }
      return [.say("no touchpoint selected")]
    }
    return [.confirm(Confirmation(consequence: .delete(.touchpoint(journey.id, touchpoint.id)),
      question: "Delete the touchpoint \"\(touchpoint.name)\" from \(journey.name)? (y/n)"))]
  }

  /// Moves the selected touchpoint one place along the map, into the next stage at its edge.
  private static func moveTouchpoint(by delta: Int, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    guard let journey = selectedJourney(state, workspace), let touchpoint = selectedTouchpoint(state, workspace),
      let ji = workspace.journeys.firstIndex(where: { $0.id == journey.id }), let (s, i) = journey.position(of: touchpoint.id)
    else { return [.say("H and L move the selected touchpoint along the journey map")] }
    var stages = journey.stages
    let target = i + delta
    if stages[s].touchpoints.indices.contains(target) {
      stages[s].touchpoints.swapAt(i, target)
    } else {
      let next = s + (delta < 0 ? -1 : 1)
      guard stages.indices.contains(next) else { return [] }
      stages[s].touchpoints.remove(at: i)
      if delta < 0 { stages[next].touchpoints.append(touchpoint) } else { stages[next].touchpoints.insert(touchpoint, at: 0) }
      state.selection.stage = stages[next].id
    }
    var changed = workspace
    changed.journeys[ji].stages = stages
    return [.change(changed, label: "move touchpoint \(touchpoint.name)")]
  }

  private static func compare(_ journey: Journey, _ workspace: Workspace) -> [PaneOutcome] {
    if let pair = JourneyComparison.pair(for: journey, in: workspace) {
      return [.overlay(.comparison(current: pair.current.id, future: pair.future.id, scroll: 0))]
    }
    guard !comparisonChoices(for: journey, in: workspace).isEmpty else {
      return [.say("no other journey to compare \(journey.name) with; D makes a future state of it")]
    }
    let derived = workspace.journeys.filter { $0.basedOn == journey.id && $0.id != journey.id }.count
    let why: String
    if let base = journey.basedOn {
      why = "\(journey.name) is based on \"\(base)\", which is gone: pick the journey to compare it with"
    } else if derived > 1 {
      why = "\(derived) journeys are based on \(journey.name): pick the one to compare it with"
    } else {
      why = "nothing says what \(journey.name) is compared with: pick a journey"
    }
    return [.overlay(.comparisonPicker(selected: 0)), .say(why)]
  }

  /// The journeys `journey` can be compared with: every other, the likeliest first (those based
  /// on it; then the other state, current for a future journey; then the same segment).
  static func comparisonChoices(for journey: Journey, in workspace: Workspace) -> [Journey] {
    let others = workspace.journeys.filter { $0.id != journey.id }
    func rank(_ other: Journey) -> Int {
      (other.basedOn == journey.id ? 0 : 4) + (other.state == journey.state ? 2 : 0) + (other.segment == journey.segment ? 0 : 1)
    }
    return others.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    state.isOpen
      ? [KeyBarEntry(.edit, "edit"), KeyBarEntry(.pickMetrics, "metrics"), KeyBarEntry(.back, "map")]
      : [KeyBarEntry(.edit, "edit cell"), KeyBarEntry(.open, "open"), KeyBarEntry(.add, "add"), KeyBarEntry(.addStage, "stage"),
        KeyBarEntry(.nextJourney, "journey"), KeyBarEntry(.frictionRanking, "friction"), KeyBarEntry(.compareJourneys, "compare")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    JourneyPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    JourneyPaneView(state: workbench, pane: state).cell(atColumn: x, row: y, in: area).map {
      .pickedCell($0.column.stage, $0.column.touchpoint, $0.lane)
    }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let journey = selectedJourney(state, context.workspace), let touchpoint = selectedTouchpoint(state, context.workspace)
    else { return [] }
    return TouchpointField.allCases.map { .touchpoint(journey.id, touchpoint.id, $0) }
  }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    guard let journey = selectedJourney(state, context.workspace), let touchpoint = selectedTouchpoint(state, context.workspace)
    else { return nil }
    // On the map, `e` edits the selected cell.
    guard state.isOpen else { return .touchpoint(journey.id, touchpoint.id, state.selection.lane.field) }
    let fields = fields(state, context)
    return fields[Workbench.clamp(state.row, fields.count)]
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    defer { state.row = Workbench.clamp(state.row, fields(state, context).count) }
    guard let journey = state.selection.journey.flatMap(context.workspace.journey) else {
      state.selection = JourneySelection(journey: context.workspace.journeys.first)
      return
    }
    guard let stage = journey.stages.first(where: { $0.id == state.selection.stage }) else {
      state.selection = JourneySelection(journey: journey)
      return
    }
    if !stage.touchpoints.contains(where: { $0.id == state.selection.touchpoint }) {
      state.selection.touchpoint = stage.touchpoints.first?.id
    }
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    switch target {
    case .stage(let journeyID, let stageID):
      state = State()
      guard let journey = context.workspace.journey(journeyID) else { return true }
      state.selection = JourneySelection(journey: journey)
      state.selection.stage = stageID
      state.selection.touchpoint = journey.stages.first { $0.id == stageID }?.touchpoints.first?.id
      return true
    case .touchpoint(let journeyID, let touchpointID):
      state = State()
      guard let journey = context.workspace.journey(journeyID), let (s, _) = journey.position(of: touchpointID) else { return true }
      state.selection = JourneySelection(journey: journey)
      state.selection.stage = journey.stages[s].id
      state.selection.touchpoint = touchpointID
      return true
    case .pillar, .promise, .segment, .metric, .entity:
      return false
    }
  }

  public static func added(_ item: NewItem, before: Workspace, _ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    let after = context.workspace
    switch item {
    case .touchpoint(let j, let s):
      let old = Set(before.journey(j)?.touchpoints.map(\.touchpoint.id) ?? [])
      guard let stage = after.journey(j)?.stages.first(where: { $0.id == s }),
        let added = stage.touchpoints.first(where: { !old.contains($0.id) })
      else { return [] }
      state.selection.stage = s
      state.selection.touchpoint = added.id
      state.selection.lane = .touchpoint
    case .stage(let j, _):
      let old = Set(before.journey(j)?.stages.map(\.id) ?? [])
      guard let stage = after.journey(j)?.stages.first(where: { !old.contains($0.id) }) else { return [] }
      state.selection.stage = stage.id
      state.selection.touchpoint = nil
    case .journey:
      let old = Set(before.journeys.map(\.id))
      guard let journey = after.journeys.first(where: { !old.contains($0.id) }) else { return [] }
      state = State()
      state.selection = JourneySelection(journey: journey)
      return [.show(pane)]
    case .action, .segment, .metric, .decision, .experiment, .assumption:
      break
    }
    return []
  }

  // MARK: What is selected

  static func selectedJourney(_ state: State, _ workspace: Workspace) -> Journey? {
    state.selection.journey.flatMap(workspace.journey) ?? workspace.journeys.first
  }

  static func selectedStage(_ state: State, in journey: Journey) -> Stage? {
    journey.stages.first { $0.id == state.selection.stage } ?? journey.stages.first
  }

  static func selectedTouchpoint(_ state: State, _ workspace: Workspace) -> Touchpoint? {
    guard let journey = selectedJourney(state, workspace), let stage = selectedStage(state, in: journey) else { return nil }
    return stage.touchpoints.first { $0.id == state.selection.touchpoint }
  }
}

extension WorkbenchState {
  public var journeyPane: JourneyPane.State {
    get { panes[JourneyPane.self] }
    set { panes[JourneyPane.self] = newValue }
  }
}

extension Pane {
  public static var journey: Pane { JourneyPane.pane }
}
