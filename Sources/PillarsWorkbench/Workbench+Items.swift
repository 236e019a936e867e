import PillarsCore

/// Adding, moving, marking and removing the items of each pane: actions, stages, touchpoints,
/// segments and journeys. Every change goes through `change`, so each is one undo step.
extension Workbench {
  static func runItemCommand(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch command {
    case .moveItemUp: return moveItem(by: -1, &state)
    case .moveItemDown: return moveItem(by: 1, &state)
    case .moveItemLeft: return moveTouchpoint(by: -1, &state)
    case .moveItemRight: return moveTouchpoint(by: 1, &state)
    case .moveStageLeft: return moveStage(by: -1, &state)
    case .moveStageRight: return moveStage(by: 1, &state)
    case .toggleDone: return toggleDone(&state)
    case .markPrimary: return markPrimary(&state)
    case .takeDraft: takeDraft(&state)
    case .addStage:
      guard let journey = journeyHere(&state) else { return [] }
      openNew(.stage(journey.id, after: selectedStage(state, in: journey)?.id), &state)
    case .newJourney: openNew(.journey, &state)
    case .renameJourney:
      guard let journey = journeyHere(&state) else { return [] }
      openEditor(.journey(journey.id, .name), &state)
    case .setJourneySegment:
      guard let journey = journeyHere(&state) else { return [] }
      openEditor(.journey(journey.id, .segment), &state)
    case .setJourneyState:
      guard let journey = journeyHere(&state) else { return [] }
      openEditor(.journey(journey.id, .state), &state)
    case .renameStage:
      guard let journey = journeyHere(&state), let stage = selectedStage(state, in: journey) else { return [] }
      openEditor(.stage(journey.id, stage.id, .name), &state)
    case .editStageGoal:
      guard let journey = journeyHere(&state), let stage = selectedStage(state, in: journey) else { return [] }
      openEditor(.stage(journey.id, stage.id, .goal), &state)
    case .duplicateJourney: return duplicateJourney(&state)
    case .deleteJourney:
      guard let journey = journeyHere(&state) else { return [] }
      let touchpoints = journey.touchpoints.count
      state.overlay = .confirm(Confirmation(consequence: .delete(.journey(journey.id)),
        question: "Delete the journey \"\(journey.name)\" with its \(plural(journey.stages.count, "stage")) and \(plural(touchpoints, "touchpoint"))? (y/n)"))
    case .deleteStage:
      guard let journey = journeyHere(&state), let stage = selectedStage(state, in: journey) else { return [] }
      state.overlay = .confirm(Confirmation(consequence: .delete(.stage(journey.id, stage.id)),
        question: "Delete the stage \"\(stage.name)\" and its \(plural(stage.touchpoints.count, "touchpoint"))? (y/n)"))
    case .promiseHistory:
      guard !state.workspace.promise.history.isEmpty else {
        state.message = .info("the promise has no earlier sentences yet")
        return []
      }
      state.overlay = .promiseHistory(selected: 0)
    default: break
    }
    return []
  }

  /// `a`: adds what the pane holds, asking for its name first.
  static func add(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch state.pane {
    case .pillars:
      guard state.detailOpen else {
        state.message = .info("open a pillar (Enter) to add an action to it")
        return []
      }
      openNew(.action(state.pillarSelection), &state)
    case .journey:
      guard let journey = selectedJourney(state) else {
        openNew(.journey, &state)
        return []
      }
      guard let stage = selectedStage(state, in: journey) else {
        openNew(.stage(journey.id, after: nil), &state)
        return []
      }
      openNew(.touchpoint(journey.id, stage.id), &state)
    case .segments: openNew(.segment, &state)
    case .promise: state.message = .info("the promise is one sentence: e edits it, t takes the builder's draft")
    case .scorecard: return addMetric(&state)
    }
    return []
  }

  static func openNew(_ item: NewItem, _ state: inout WorkbenchState) {
    openEditor(.newItem(item), &state)
  }

  static func openEditor(_ target: EditTarget, _ state: inout WorkbenchState) {
    if let reason = state.readOnlyDocuments[target.document] {
      state.message = .error("\(target.document.path) is read-only: \(reason)")
      return
    }
    state.overlay = .editing(FieldEditor(target: target, workspace: state.workspace))
  }

  /// After an add: points the pane at the new item, the only one `after` has and `before` lacks.
  static func selectAdded(_ item: NewItem, before: Workspace, _ state: inout WorkbenchState) {
    let after = state.workspace
    switch item {
    case .action(let p):
      let old = Set(before.pillars[p].actions.map(\.id))
      if let index = after.pillars[p].actions.firstIndex(where: { !old.contains($0.id) }) {
        state.detailRow = PillarField.allCases.count + index * ActionField.allCases.count
      }
    case .touchpoint(let j, let s):
      let old = Set(before.journey(j)?.touchpoints.map(\.touchpoint.id) ?? [])
      guard let stage = after.journey(j)?.stages.first(where: { $0.id == s }),
        let added = stage.touchpoints.first(where: { !old.contains($0.id) })
      else { return }
      state.journeySelection.stage = s
      state.journeySelection.touchpoint = added.id
      state.journeySelection.lane = .touchpoint
    case .stage(let j, _):
      let old = Set(before.journey(j)?.stages.map(\.id) ?? [])
      guard let stage = after.journey(j)?.stages.first(where: { !old.contains($0.id) }) else { return }
      state.journeySelection.stage = stage.id
      state.journeySelection.touchpoint = nil
    case .segment:
      let old = Set(before.segments.segments.map(\.id))
      state.segmentSelection = after.segments.segments.first { !old.contains($0.id) }?.id ?? state.segmentSelection
    case .journey:
      let old = Set(before.journeys.map(\.id))
      if let journey = after.journeys.first(where: { !old.contains($0.id) }) {
        state.journeySelection = JourneySelection(journey: journey)
        show(.journey, &state)
      }
    case .metric:
      selectAddedMetric(before: before, &state)
    case .decision:
      break  // The review shows its decisions in order; the new one is last.
    }
  }

  // MARK: Pillar actions

  /// The action whose row is highlighted in the open pillar.
  static func selectedAction(_ state: WorkbenchState) -> (PillarKind, ActionID, ActionField)? {
    guard state.pane == .pillars, state.detailOpen else { return nil }
    let fields = detailFields(state)
    guard fields.indices.contains(state.detailRow), case .action(let p, let a, let field) = fields[state.detailRow] else { return nil }
    return (p, a, field)
  }

  static func toggleDone(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let (p, a, _) = selectedAction(state) else {
      state.message = .info("x marks an action done: open a pillar and pick one of its actions")
      return []
    }
    var workspace = state.workspace
    guard let index = workspace.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return [] }
    workspace.pillars[p].actions[index].done.toggle()
    let done = workspace.pillars[p].actions[index].done
    let effects = change(to: workspace, label: done ? "mark action done" : "reopen action", &state)
    state.message = .info(done ? "action done — u to undo" : "action open again — u to undo")
    return effects
  }

  static func moveItem(by delta: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch state.pane {
    case .pillars:
      guard let (p, a, _) = selectedAction(state) else {
        state.message = .info("K and J move an action: open a pillar and pick one of its actions")
        return []
      }
      var workspace = state.workspace
      guard let index = workspace.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return [] }
      let target = index + delta
      guard workspace.pillars[p].actions.indices.contains(target) else { return [] }
      workspace.pillars[p].actions.swapAt(index, target)
      state.detailRow += delta * ActionField.allCases.count
      return change(to: workspace, label: "move action", &state)
    case .journey:
      return moveTouchpoint(by: delta, &state)
    case .segments:
      guard state.segmentsInOwnOrder else {
        state.message = .info("segments are ranked by score: press o to list them in your own order, then K and J move them")
        return []
      }
      guard let id = state.segmentSelection,
        let index = state.workspace.segments.segments.firstIndex(where: { $0.id == id }),
        state.workspace.segments.segments.indices.contains(index + delta)
      else { return [] }
      var workspace = state.workspace
      workspace.segments.segments.swapAt(index, index + delta)
      return change(to: workspace, label: "move segment \(workspace.segments.segments[index + delta].name)", &state)
    case .promise, .scorecard:
      state.message = .info("nothing here to move")
    }
    return []
  }

  /// Moves the selected touchpoint one place along the map, into the next stage at its edge.
  static func moveTouchpoint(by delta: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard state.pane == .journey, let journey = selectedJourney(state), let touchpoint = selectedTouchpoint(state),
      let ji = state.workspace.journeys.firstIndex(where: { $0.id == journey.id }), let (s, i) = journey.position(of: touchpoint.id)
    else {
      state.message = .info("H and L move the selected touchpoint along the journey map")
      return []
    }
    var stages = journey.stages
    let target = i + delta
    if stages[s].touchpoints.indices.contains(target) {
      stages[s].touchpoints.swapAt(i, target)
    } else {
      let next = s + (delta < 0 ? -1 : 1)
      guard stages.indices.contains(next) else { return [] }
      stages[s].touchpoints.remove(at: i)
      if delta < 0 { stages[next].touchpoints.append(touchpoint) } else { stages[next].touchpoints.insert(touchpoint, at: 0) }
      state.journeySelection.stage = stages[next].id
    }
    var workspace = state.workspace
    workspace.journeys[ji].stages = stages
    return change(to: workspace, label: "move touchpoint \(touchpoint.name)", &state)
  }

  static func moveStage(by delta: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let journey = journeyHere(&state), let stage = selectedStage(state, in: journey),
      let ji = state.workspace.journeys.firstIndex(where: { $0.id == journey.id }),
      let s = journey.stages.firstIndex(where: { $0.id == stage.id })
    else { return [] }
    guard journey.stages.indices.contains(s + delta) else { return [] }
    var workspace = state.workspace
    workspace.journeys[ji].stages.swapAt(s, s + delta)
    return change(to: workspace, label: "move stage \(stage.name)", &state)
  }

  // MARK: Segments, promise, journeys

  static func markPrimary(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard state.pane == .segments, let id = state.segmentSelection, let segment = state.workspace.segments[id] else {
      state.message = .info("p marks the primary segment: go to the segments (5) and pick one")
      return []
    }
    guard !segment.primary else {
      state.message = .info("\(segment.name) is already the primary segment")
      return []
    }
    var workspace = state.workspace
    for index in workspace.segments.segments.indices {
      workspace.segments.segments[index].primary = workspace.segments.segments[index].id == id
    }
    let effects = change(to: workspace, label: "make \(segment.name) primary", &state)
    state.message = .info("\(segment.name) is now the primary segment — u to undo")
    return effects
  }

  /// `t`: opens the sentence editor holding the builder's draft, to refine before Enter.
  static func takeDraft(_ state: inout WorkbenchState) {
    guard state.pane == .promise else {
      state.message = .info("t takes the builder's draft into the promise: go to the promise (2)")
      return
    }
    let builder = state.workspace.promise.builder
    let draft = builder.draft(segmentName: builder.segment.flatMap { state.workspace.segments[$0]?.name })
    openEditor(.promise(.sentence), &state)
    guard case .editing(var editor) = state.overlay else { return }
    editor.field = TextField(draft, multiline: true)
    state.overlay = .editing(editor)
  }

  static func restorePromise(_ index: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let history = Array(state.workspace.promise.history.reversed())
    guard history.indices.contains(index) else { return [] }
    var workspace = state.workspace
    workspace.promise.commit(sentence: history[index].sentence, on: state.today)
    let effects = change(to: workspace, label: "restore an earlier promise", &state)
    state.message = .info("restored the promise from before \(history[index].replacedOn) — u to undo")
    return effects
  }

  static func duplicateJourney(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let journey = journeyHere(&state) else { return [] }
    var workspace = state.workspace
    var copy = journey
    copy.name = journey.name + " · future state"
    copy.state = .future
    // Remembered, so that c compares the copy with the journey it came from.
    copy.basedOn = journey.id
    copy.id = JourneyID.make(from: journey.id.rawValue + "-future", avoiding: workspace.journeys.map(\.id))
    workspace.journeys.append(copy)
    workspace.journeys.sort { $0.id < $1.id }
    let effects = change(to: workspace, label: "duplicate journey \(journey.name)", &state)
    state.journeySelection = JourneySelection(journey: copy)
    state.message = .info("made a future-state copy — r renames it, u undoes")
    return effects
  }

  /// The journey the journey pane shows; says so when there is none.
  private static func journeyHere(_ state: inout WorkbenchState) -> Journey? {
    guard state.pane == .journey, let journey = selectedJourney(state) else {
      state.message = .info(state.pane == .journey ? "this workspace has no journeys yet: n makes one" : "go to the journey map (3) first")
      return nil
    }
    return journey
  }
}
