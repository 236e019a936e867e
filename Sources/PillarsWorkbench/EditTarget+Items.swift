import PillarsCore

extension EditTarget {
  func itemKind(in workspace: Workspace) -> Kind {
    switch self {
    case .segmentList: .text(multiline: true)
    case .segmentScore: .choice(Segment.scoreRange.map { (String($0), String($0)) })
    case .journeySegment: .choice([("(none)", "")] + workspace.segments.ranked.map { ($0.name, $0.id.rawValue) })
    case .journeyState: .choice([("current state: how it is today", "current"), ("future state: how it should be", "future")])
    default: .text(multiline: false)
    }
  }

  func itemLabel(in workspace: Workspace) -> String {
    switch self {
    case .action(let p, _, let field): "\(p.title) · \(field.label)"
    case .segmentList(let s, let field): "\(workspace.segments[s]?.name ?? s.rawValue) · \(field.label) (one per line)"
    case .segmentScore(let s, let score): "\(workspace.segments[s]?.name ?? s.rawValue) · \(score.label) (1-5)"
    case .stageName(let j, let s): "\(workspace.journey(j)?.name ?? j.rawValue) · stage \(stage(j, s, workspace)?.name ?? s.rawValue)"
    case .journeyName(let j): "\(workspace.journey(j)?.name ?? j.rawValue) · name"
    case .journeySegment(let j): "\(workspace.journey(j)?.name ?? j.rawValue) · for segment"
    case .journeyState(let j): "\(workspace.journey(j)?.name ?? j.rawValue) · current or future state"
    case .newItem(let item):
      switch item {
      case .action(let p): "\(p.title) · new action"
      case .touchpoint(let j, let s): "\(stage(j, s, workspace)?.name ?? s.rawValue) · new touchpoint"
      case .stage(let j, _): "\(workspace.journey(j)?.name ?? j.rawValue) · new stage"
      case .segment: "New segment · name"
      case .journey: "New journey · name"
      }
    default: ""
    }
  }

  var itemDocument: DocumentRef {
    switch self {
    case .action: .pillars
    case .segmentList, .segmentScore: .segments
    case .stageName(let j, _), .journeyName(let j), .journeySegment(let j), .journeyState(let j): .journey(j)
    case .newItem(let item):
      switch item {
      case .action: .pillars
      case .touchpoint(let j, _), .stage(let j, _): .journey(j)
      case .segment: .segments
      case .journey: .manifest
      }
    default: .manifest
    }
  }

  func itemText(in workspace: Workspace) -> String {
    switch self {
    case .action(let p, let a, let field):
      guard let action = workspace.pillars[p].actions.first(where: { $0.id == a }) else { return "" }
      switch field {
      case .text: return action.text
      case .owner: return action.owner
      case .due: return action.due?.description ?? ""
      }
    case .segmentList(let s, let field): return workspace.segments[s].map { field.items(of: $0).joined(separator: "\n") } ?? ""
    case .segmentScore(let s, let score): return workspace.segments[s].map { String(score.value(of: $0)) } ?? ""
    case .stageName(let j, let s): return stage(j, s, workspace)?.name ?? ""
    case .journeyName(let j): return workspace.journey(j)?.name ?? ""
    case .journeySegment(let j): return workspace.journey(j)?.segment?.rawValue ?? ""
    case .journeyState(let j): return workspace.journey(j)?.state.rawValue ?? ""
    default: return ""
    }
  }

  /// Writes the text into `workspace`, or returns why not.
  func applyItem(_ text: String, to workspace: inout Workspace, today: CalendarDate) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .action(let p, let a, let field):
      guard let index = workspace.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return "the action is gone" }
      switch field {
      case .text:
        guard !trimmed.isEmpty else { return "an action needs some words" }
        workspace.pillars[p].actions[index].text = trimmed
      case .owner: workspace.pillars[p].actions[index].owner = trimmed
      case .due:
        if trimmed.isEmpty {
          workspace.pillars[p].actions[index].due = nil
        } else {
          guard let date = CalendarDate(trimmed) else { return "\"\(shortQuote(trimmed))\" is not a date; write YYYY-MM-DD" }
          workspace.pillars[p].actions[index].due = date
        }
      }
    case .segmentList(let s, let field):
      guard let index = workspace.segments.segments.firstIndex(where: { $0.id == s }) else { return "the segment is gone" }
      let items = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
      field.set(items, on: &workspace.segments.segments[index])
    case .segmentScore(let s, let score):
      guard let index = workspace.segments.segments.firstIndex(where: { $0.id == s }) else { return "the segment is gone" }
      guard let value = Int(trimmed), Segment.scoreRange.contains(value) else { return "a score runs from 1 to 5" }
      score.set(value, on: &workspace.segments.segments[index])
    case .stageName(let j, let s):
      guard !trimmed.isEmpty else { return "a stage needs a name" }
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }),
        let si = workspace.journeys[ji].stages.firstIndex(where: { $0.id == s })
      else { return "the stage is gone" }
      workspace.journeys[ji].stages[si].name = trimmed
    case .journeyName(let j):
      guard !trimmed.isEmpty else { return "a journey needs a name" }
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return "the journey is gone" }
      workspace.journeys[ji].name = trimmed
    case .journeySegment(let j):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return "the journey is gone" }
      guard trimmed.isEmpty || workspace.segments[SegmentID(trimmed)] != nil else { return "no segment \"\(shortQuote(trimmed))\"" }
      workspace.journeys[ji].segment = trimmed.isEmpty ? nil : SegmentID(trimmed)
    case .journeyState(let j):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return "the journey is gone" }
      guard let value = JourneyState(rawValue: trimmed) else { return "a journey is a current or a future state" }
      workspace.journeys[ji].state = value
    case .newItem(let item):
      return add(item, named: trimmed, to: &workspace)
    default:
      break
    }
    return nil
  }

  private func add(_ item: NewItem, named name: String, to workspace: inout Workspace) -> EditRefusal? {
    guard !name.isEmpty else { return "a name is needed; Esc adds nothing" }
    switch item {
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
    }
    return nil
  }

  private func stage(_ j: JourneyID, _ s: StageID, _ workspace: Workspace) -> Stage? {
    workspace.journey(j)?.stages.first { $0.id == s }
  }
}
