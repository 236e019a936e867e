import PillarsCore

/// Moving around: panes, rows, stages and journeys, always by stable id.
extension Workbench {
  static func show(_ pane: Pane, _ state: inout WorkbenchState) {
    guard pane != state.pane else { return }
    state.pane = pane
    state.detailOpen = false
    state.detailRow = 0
  }

  static func move(rows delta: Int, _ state: inout WorkbenchState) {
    if state.detailOpen || state.pane == .promise {
      let count = detailFields(state).count
      state.detailRow = clamp(state.detailRow + delta, count)
      return
    }
    switch state.pane {
    case .pillars:
      let kinds = PillarKind.allCases
      let index = kinds.firstIndex(of: state.pillarSelection) ?? 0
      state.pillarSelection = kinds[clamp(index + delta, kinds.count)]
    case .promise:
      break
    case .journey:
      let lanes = JourneyLane.allCases
      state.journeySelection.lane = lanes[clamp(state.journeySelection.lane.rawValue + delta, lanes.count)]
    case .scorecard:
      let metrics = orderedMetrics(state.workspace)
      guard !metrics.isEmpty else { return }
      let index = metrics.firstIndex { $0.id == state.metricSelection } ?? 0
      state.metricSelection = metrics[clamp(index + delta, metrics.count)].id
    case .segments:
      let segments = listedSegments(state)
      guard !segments.isEmpty else { return }
      let index = segments.firstIndex { $0.id == state.segmentSelection } ?? 0
      state.segmentSelection = segments[clamp(index + delta, segments.count)].id
    }
  }

  /// Left and right move along the journey map's columns: every touchpoint, stage by stage.
  static func move(columns delta: Int, _ state: inout WorkbenchState) {
    guard state.pane == .journey, !state.detailOpen else {
      if state.pane == .pillars && !state.detailOpen { move(rows: delta, &state) }
      return
    }
    guard let journey = selectedJourney(state) else { return }
    let columns = JourneyColumn.columns(of: journey)
    guard !columns.isEmpty else { return }
    let index = JourneyColumn.index(of: state.journeySelection, in: columns) ?? 0
    let column = columns[clamp(index + delta, columns.count)]
    state.journeySelection.stage = column.stage
    state.journeySelection.touchpoint = column.touchpoint
  }

  static func switchJourney(by delta: Int, _ state: inout WorkbenchState) {
    let journeys = state.workspace.journeys
    guard !journeys.isEmpty else {
      state.message = .info("this workspace has no journeys yet")
      return
    }
    if state.pane != .journey { show(.journey, &state) }
    let index = journeys.firstIndex { $0.id == state.journeySelection.journey } ?? 0
    let next = journeys[(index + delta + journeys.count) % journeys.count]
    state.journeySelection = JourneySelection(journey: next)
  }

  static func open(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if state.detailOpen || state.pane == .promise { return beginEdit(&state) }
    switch state.pane {
    case .journey where selectedTouchpoint(state) == nil:
      state.message = .info("no touchpoint selected")
    case .scorecard where state.metricSelection == nil, .segments where state.segmentSelection == nil:
      state.message = .info("nothing to open")
    case .pillars, .promise, .journey, .scorecard, .segments:
      state.detailOpen = true
      state.detailRow = 0
    }
    return []
  }

  static func clamp(_ index: Int, _ count: Int) -> Int { max(0, min(count - 1, index)) }

  // MARK: Selection lookups

  static func selectedJourney(_ state: WorkbenchState) -> Journey? {
    state.journeySelection.journey.flatMap(state.workspace.journey) ?? state.workspace.journeys.first
  }

  static func selectedStage(_ state: WorkbenchState, in journey: Journey) -> Stage? {
    journey.stages.first { $0.id == state.journeySelection.stage } ?? journey.stages.first
  }

  static func selectedTouchpoint(_ state: WorkbenchState) -> Touchpoint? {
    guard let journey = selectedJourney(state), let stage = selectedStage(state, in: journey) else { return nil }
    return stage.touchpoints.first { $0.id == state.journeySelection.touchpoint }
  }

  /// Segments in the order the segments pane lists them: ranked by score, or as the team arranged them.
  static func listedSegments(_ state: WorkbenchState) -> [Segment] {
    state.segmentsInOwnOrder ? state.workspace.segments.segments : state.workspace.segments.ranked
  }

  /// Metrics in the order the scorecard pane lists them: by layer, then as in the document.
  static func orderedMetrics(_ workspace: Workspace) -> [Metric] {
    MetricLayer.allCases.flatMap { workspace.scorecard.metrics(in: $0) }
  }

  /// After a reload or an undo, points every selection at something that still exists.
  static func repairSelections(_ state: inout WorkbenchState) {
    let workspace = state.workspace
    if let id = state.metricSelection, workspace.scorecard[id] == nil {
      state.metricSelection = orderedMetrics(workspace).first?.id
    } else if state.metricSelection == nil {
      state.metricSelection = orderedMetrics(workspace).first?.id
    }
    if state.segmentSelection.flatMap({ workspace.segments[$0] }) == nil {
      state.segmentSelection = workspace.segments.ranked.first?.id
    }
    guard let journey = state.journeySelection.journey.flatMap(workspace.journey) else {
      state.journeySelection = JourneySelection(journey: workspace.journeys.first)
      return
    }
    guard let stage = journey.stages.first(where: { $0.id == state.journeySelection.stage }) else {
      state.journeySelection = JourneySelection(journey: journey)
      return
    }
    if !stage.touchpoints.contains(where: { $0.id == state.journeySelection.touchpoint }) {
      state.journeySelection.touchpoint = stage.touchpoints.first?.id
    }
  }
}
