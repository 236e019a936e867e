/// A current-state journey against a future-state one (or any journey against another: `current`
/// is the one compared from), stage by stage: what the future adds, removes or changes. Stages
/// and touchpoints are matched by id first, then by name.
public struct JourneyComparison: Equatable, Sendable {
  /// One stage of either journey and what differs in it.
  public struct StageDifference: Equatable, Sendable {
    public enum Presence: Equatable, Sendable { case both, onlyCurrent, onlyFuture }
    public var name: String
    public var presence: Presence
    public var added: [String]
    public var removed: [String]
    /// Touchpoints in both, with the fields that differ: `Kickoff call: emotion, promise`.
    public var changed: [String]

    public init(name: String, presence: Presence, added: [String], removed: [String], changed: [String]) {
      self.name = name
      self.presence = presence
      self.added = added
      self.removed = removed
      self.changed = changed
    }

    public var isUnchanged: Bool { presence == .both && added.isEmpty && removed.isEmpty && changed.isEmpty }
  }

  public var current: Journey
  public var future: Journey
  public var stages: [StageDifference]

  public init(current: Journey, future: Journey) {
    self.current = current
    self.future = future
    var result: [StageDifference] = []
    var unmatchedFuture = future.stages
    for stage in current.stages {
      if let index = Self.match(stage, in: unmatchedFuture, id: \.id, name: \.name) {
        let other = unmatchedFuture.remove(at: index)
        result.append(Self.difference(stage, other))
      } else {
        result.append(StageDifference(name: stage.name, presence: .onlyCurrent, added: [],
          removed: stage.touchpoints.map(\.name), changed: []))
      }
    }
    for stage in unmatchedFuture {
      result.append(StageDifference(name: stage.name, presence: .onlyFuture, added: stage.touchpoints.map(\.name),
        removed: [], changed: []))
    }
    stages = result
  }

  /// What `journey` is compared with, when the workspace says so: the journey it is based on,
  /// or else the one journey based on it. Nil when nothing says (no `basedOn`, one naming a
  /// journey that is gone, or several journeys based on this one): then the user picks.
  public static func pair(for journey: Journey, in workspace: Workspace) -> JourneyComparison? {
    if let base = journey.basedOn, base != journey.id, let earlier = workspace.journeys.first(where: { $0.id == base }) {
      return JourneyComparison(current: earlier, future: journey)
    }
    let derived = workspace.journeys.filter { $0.basedOn == journey.id && $0.id != journey.id }
    guard derived.count == 1 else { return nil }
    return JourneyComparison(current: journey, future: derived[0])
  }

  /// `journey` against one the user picked: a current state comes first against a future one;
  /// otherwise the picked journey is the one compared from.
  public static func picked(_ other: Journey, for journey: Journey) -> JourneyComparison {
    journey.state == .current && other.state == .future
      ? JourneyComparison(current: journey, future: other) : JourneyComparison(current: other, future: journey)
  }

  private static func difference(_ now: Stage, _ next: Stage) -> StageDifference {
    var added: [String] = []
    var changed: [String] = []
    var remaining = now.touchpoints
    for touchpoint in next.touchpoints {
      guard let index = match(touchpoint, in: remaining, id: \.id, name: \.name) else {
        added.append(touchpoint.name)
        continue
      }
      let old = remaining.remove(at: index)
      let fields = changedFields(old, touchpoint)
      if !fields.isEmpty { changed.append("\(touchpoint.name): \(fields.joined(separator: ", "))") }
    }
    return StageDifference(name: next.name, presence: .both, added: added, removed: remaining.map(\.name), changed: changed)
  }

  private static func changedFields(_ a: Touchpoint, _ b: Touchpoint) -> [String] {
    var fields: [String] = []
    if a.name != b.name { fields.append("name") }
    if a.channel != b.channel { fields.append("channel") }
    if a.team != b.team { fields.append("team") }
    if a.doing != b.doing || a.thinking != b.thinking || a.feeling != b.feeling { fields.append("doing/thinking/feeling") }
    if a.emotion != b.emotion { fields.append("emotion \(a.emotion) → \(b.emotion)") }
    if a.friction != b.friction { fields.append("friction") }
    if a.promise != b.promise { fields.append("promise \(a.promise.rawValue) → \(b.promise.rawValue)") }
    if a.reach != b.reach { fields.append("reach") }
    if a.handoff != b.handoff { fields.append(b.handoff ? "handoff added" : "handoff removed") }
    return fields
  }

  private static func match<T, ID: Equatable>(_ item: T, in list: [T], id: (T) -> ID, name: (T) -> String) -> Int? {
    if let index = list.firstIndex(where: { id($0) == id(item) }) { return index }
    let key = name(item).trimmingWhitespace.lowercased()
    return list.firstIndex { name($0).trimmingWhitespace.lowercased() == key }
  }
}
