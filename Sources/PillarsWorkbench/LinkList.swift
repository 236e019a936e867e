import PillarsCore

/// The links an experiment or an assumption keeps (segments, assumptions, experiments, touchpoints),
/// edited one per line: each line an id or a name, each read back to an id, or refused with the line.
enum LinkList {
  /// The lines of a list field, trimmed, without empty ones.
  static func lines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// Each line matched by id or, ignoring case, by name; nil with the first line that matches nothing.
  static func resolve<ID: Hashable>(
    _ text: String, among items: [(id: ID, rawID: String, name: String)], what: String
  ) -> Result<[ID], EditRefusal> {
    var found: [ID] = []
    for line in lines(text) {
      let lower = line.lowercased()
      guard let item = items.first(where: { $0.rawID == line }) ?? items.first(where: { $0.name.lowercased() == lower })
      else { return .failure("no \(what) \"\(shortQuote(line))\": write its id or its name, one per line") }
      if !found.contains(item.id) { found.append(item.id) }
    }
    return .success(found)
  }

  static func segments(_ text: String, in workspace: Workspace) -> Result<[SegmentID], EditRefusal> {
    resolve(text, among: workspace.segments.segments.map { ($0.id, $0.id.rawValue, $0.name) }, what: "segment")
  }

  static func assumptions(_ text: String, in workspace: Workspace) -> Result<[AssumptionID], EditRefusal> {
    resolve(text, among: workspace.assumptions.assumptions.map { ($0.id, $0.id.rawValue, $0.statement) }, what: "assumption")
  }

  static func experiments(_ text: String, in workspace: Workspace) -> Result<[ExperimentID], EditRefusal> {
    resolve(text, among: workspace.experiments.map { ($0.id, $0.id.rawValue, $0.name) }, what: "experiment")
  }

  /// Touchpoints as `journey-id/touchpoint-id`, or a touchpoint's id or name, looked for in the
  /// current-state journeys first.
  static func touchpoints(_ text: String, in workspace: Workspace) -> Result<[TouchpointLink], EditRefusal> {
    let journeys = workspace.journeys.filter { $0.state == .current } + workspace.journeys.filter { $0.state != .current }
    let items = journeys.flatMap { journey in
      journey.touchpoints.map { entry in
        let link = TouchpointLink(journey: journey.id, touchpoint: entry.touchpoint.id)
        return (id: link, rawID: link.description, name: entry.touchpoint.name)
      }
    }
    var found: [TouchpointLink] = []
    for line in lines(text) {
      let lower = line.lowercased()
      guard
        let item = items.first(where: { $0.rawID == line }) ?? items.first(where: { $0.id.touchpoint.rawValue == line })
          ?? items.first(where: { $0.name.lowercased() == lower })
      else { return .failure("no touchpoint \"\(shortQuote(line))\": write journey-id/touchpoint-id or its name, one per line") }
      if !found.contains(item.id) { found.append(item.id) }
    }
    return .success(found)
  }

  /// A theme's touchpoints, written as ``touchpoints(_:in:)`` reads them, each with its stage.
  static func touchpointPaths(_ text: String, in workspace: Workspace) -> Result<[TouchpointPath], EditRefusal> {
    touchpoints(text, in: workspace).map { links in
      links.compactMap { link in
        guard let journey = workspace.journey(link.journey), let (s, _) = journey.position(of: link.touchpoint) else { return nil }
        return TouchpointPath(journey: link.journey, stage: journey.stages[s].id, touchpoint: link.touchpoint)
      }
    }
  }

  /// A friction point as its field writes it: `journey-id/touchpoint-id: what gets in the way`.
  static func line(of link: FrictionLink) -> String { "\(link.journey)/\(link.touchpoint): \(link.friction)" }

  /// Friction points, one per line: as ``line(of:)`` writes them, or the friction's text, or
  /// `touchpoint name: text`, ignoring case; looked for in the current-state journeys first.
  static func friction(_ text: String, in workspace: Workspace) -> Result<[FrictionLink], EditRefusal> {
    let journeys = workspace.journeys.filter { $0.state == .current } + workspace.journeys.filter { $0.state != .current }
    let items = journeys.flatMap { journey in
      journey.touchpoints.flatMap { stage, touchpoint in
        touchpoint.friction.filter { !$0.isBlank }.map { friction in
          (link: FrictionLink(journey: journey.id, stage: stage.id, touchpoint: touchpoint.id, friction: friction),
            named: "\(touchpoint.name): \(friction)".lowercased())
        }
      }
    }
    var found: [FrictionLink] = []
    for line in lines(text) {
      let lower = line.lowercased()
      guard
        let item = items.first(where: { Self.line(of: $0.link) == line }) ?? items.first(where: { $0.link.friction.lowercased() == lower })
          ?? items.first(where: { $0.named == lower })
      else { return .failure("no friction point \"\(shortQuote(line))\" on the journeys: write its text as the touchpoint has it, one per line") }
      if !found.contains(item.link) { found.append(item.link) }
    }
    return .success(found)
  }

  /// A touchpoint link as a row shows it: its name, or its ids when it is gone.
  static func name(of link: TouchpointLink, in workspace: Workspace) -> String {
    guard let journey = workspace.journey(link.journey), let (s, t) = journey.position(of: link.touchpoint) else {
      return link.description
    }
    return journey.stages[s].touchpoints[t].name
  }

  /// A date typed as YYYY-MM-DD, or nothing for an empty text.
  static func date(_ text: String) -> Result<CalendarDate?, EditRefusal> {
    let trimmed = text.trimmingWhitespace
    guard !trimmed.isEmpty else { return .success(nil) }
    guard let date = CalendarDate(trimmed) else { return .failure("\"\(shortQuote(trimmed))\" is not a date; write YYYY-MM-DD") }
    return .success(date)
  }
}
