import PillarsCore

/// Two branches from one base: the kinds of edit two people make to one document at once, for
/// showing what a merge keeps (the tests, the merge trial). Seeded: the same base and seed give
/// the same pairs.
public struct EditPair: Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    // Edits that merge cleanly.
    case differentFields = "different fields of one touchpoint"
    case differentEntities = "different touchpoints"
    case bothAdd = "both add a touchpoint at the same place"
    case deleteAndEditAnother = "one deletes a touchpoint, the other edits another"
    case differentMoves = "each moves a different touchpoint"
    case moveAndEdit = "one moves a touchpoint, the other edits it"
    case differentWeeks = "values recorded for different weeks"
    case differentReviewEntries = "different decisions and notes of one review"
    case sameChange = "the same change on both sides"
    case longTextDifferentLines = "different lines of a pillar's notes"
    case longTextDifferentWords = "different words of a segment's description"
    // Edits that conflict.
    case sameField = "one field set to different values"
    case deleteAndEdit = "one deletes a touchpoint, the other edits it"
    case moveToDifferentPlaces = "one touchpoint moved to different places"
    case sameLine = "the same line of a pillar's notes"
    case sameWeek = "different values for the same week"

    /// Whether a merge must report a conflict.
    public var conflicts: Bool {
      switch self {
      case .sameField, .deleteAndEdit, .moveToDifferentPlaces, .sameLine, .sameWeek: true
      default: false
      }
    }
  }

  public var kind: Kind
  /// The one document both sides changed.
  public var document: DocumentRef
  public var base: Workspace
  public var ours: Workspace
  public var theirs: Workspace
  /// For edits that merge: the base with our edit, then theirs, applied one after the other.
  public var expected: Workspace?
}

public enum EditPairs {
  /// `count` pairs on `workspace`, the kinds taken in turn. The workspace needs a journey with at
  /// least two stages and three touchpoints, a metric with four weeks of values and a review.
  public static func make(count: Int, from workspace: Workspace, seed: UInt64) -> [EditPair] {
    var random = SeededGenerator(seed: seed)
    let kinds = EditPair.Kind.allCases
    var pairs: [EditPair] = []
    var attempt = 0
    // A kind the drawn touchpoints do not suit is drawn again, a bounded number of times.
    while pairs.count < count, attempt < count * 4 {
      if let made = pair(kinds[pairs.count % kinds.count], number: attempt, workspace, &random) { pairs.append(made) }
      attempt += 1
    }
    return pairs
  }

  typealias Edit = (inout Workspace) -> Void

  static func pair(_ kind: EditPair.Kind, number: Int, _ workspace: Workspace, _ random: inout SeededGenerator) -> EditPair? {
    var base = workspace
    let journeys = base.journeys.filter { $0.stages.count >= 2 && $0.touchpoints.count >= 3 }
    guard !journeys.isEmpty else { return nil }
    let journey = random.pick(journeys)
    let spots = journey.stages.flatMap { stage in stage.touchpoints.map { (stage: stage.id, touchpoint: $0.id) } }
    let first = random.pick(spots)
    let second = random.pick(spots.filter { $0.touchpoint != first.touchpoint })
    let stages = journey.stages.map(\.id)
    let known = Set(spots.map(\.touchpoint))
    let tag = "\(number)"
    var document = DocumentRef.journey(journey.id)
    let ours: Edit
    let theirs: Edit
    switch kind {
    case .differentFields:
      ours = touchpoint(first.touchpoint, in: journey.id) { $0.emotion = $0.emotion == 2 ? 1 : 2 }
      theirs = touchpoint(first.touchpoint, in: journey.id) { $0.channel = "Channel \(tag)" }
    case .differentEntities:
      ours = touchpoint(first.touchpoint, in: journey.id) { $0.name += " (revised \(tag))" }
      theirs = touchpoint(second.touchpoint, in: journey.id) { $0.promise = $0.promise == .broken ? .atRisk : .broken }
    case .bothAdd:
      let after = random.chance(0.2) ? nil : first.touchpoint
      ours = insert(Touchpoint(id: TouchpointID("ours-\(tag)"), name: "Added by us \(tag)"), in: journey.id, first.stage, after: after, skipping: known)
      theirs = insert(Touchpoint(id: TouchpointID("theirs-\(tag)"), name: "Added by them \(tag)"), in: journey.id, first.stage, after: after, skipping: known)
    case .deleteAndEditAnother:
      ours = delete(first.touchpoint, in: journey.id)
      theirs = touchpoint(second.touchpoint, in: journey.id) { $0.feeling = "Relieved \(tag)" }
    case .differentMoves:
      // Moves far enough apart that neither lands next to the other's item or place: how ties
      // and gone neighbours are ordered is shown by the merge's own tests.
      let firstTarget = random.pick(spots)
      func around(_ item: TouchpointID, _ target: (stage: StageID, touchpoint: TouchpointID)) -> Set<TouchpointID> {
        let list = spots.filter { $0.stage == target.stage }.map(\.touchpoint)
        let next = list.firstIndex(of: target.touchpoint).flatMap { list.indices.contains($0 + 1) ? list[$0 + 1] : nil }
        return Set([item, target.touchpoint] + (next.map { [$0] } ?? []))
      }
      let taken = around(first.touchpoint, firstTarget)
      guard !taken.contains(second.touchpoint),
        let secondTarget = spots.filter({ around(second.touchpoint, $0).isDisjoint(with: taken) }).randomElement(using: &random)
      else { return nil }
      ours = move(first.touchpoint, in: journey.id, to: firstTarget.stage, after: firstTarget.touchpoint, skipping: known)
      theirs = move(second.touchpoint, in: journey.id, to: secondTarget.stage, after: secondTarget.touchpoint, skipping: known)
    case .moveAndEdit:
      let target = random.pick(stages.filter { $0 != first.stage })
      ours = move(first.touchpoint, in: journey.id, to: target, after: nil, skipping: known)
      let reach = Double(random.int(1...99))
      theirs = touchpoint(first.touchpoint, in: journey.id) { $0.reach = reach }
    case .sameChange:
      let emotion = random.int(-2...2)
      ours = touchpoint(first.touchpoint, in: journey.id) { $0.emotion = emotion }
      theirs = ours
    case .sameField:
      let current = journey.touchpoints.first { $0.touchpoint.id == first.touchpoint }?.touchpoint.emotion ?? 0
      let values = [-2, -1, 0, 1, 2].filter { $0 != current }
      ours = touchpoint(first.touchpoint, in: journey.id) { $0.emotion = values[0] }
      theirs = touchpoint(first.touchpoint, in: journey.id) { $0.emotion = values[1] }
    case .deleteAndEdit:
      ours = delete(first.touchpoint, in: journey.id)
      theirs = touchpoint(first.touchpoint, in: journey.id) { $0.thinking = "Worth it after all \(tag)" }
    case .moveToDifferentPlaces:
      let targets = stages.filter { $0 != first.stage }
      guard targets.count >= 2 else { return nil }
      ours = move(first.touchpoint, in: journey.id, to: targets[0], after: nil, skipping: known)
      theirs = move(first.touchpoint, in: journey.id, to: targets[1], after: nil, skipping: known)
    case .differentWeeks, .sameWeek:
      guard let metric = random.pick(base.scorecard.metrics.filter { $0.observations.count >= 4 } + [nil]) ?? base.scorecard.metrics.first(where: { $0.observations.count >= 4 }),
        let index = base.scorecard.metrics.firstIndex(where: { $0.id == metric.id })
      else { return nil }
      document = .history(metric.id)
      let observations = metric.observations.sorted { $0.week < $1.week }
      let (early, late) = (observations[observations.count - 3], observations[observations.count - 2])
      // The base lacks two weeks that each side then records, with values the metric has taken.
      base.scorecard.metrics[index].observations.removeAll { $0.week == early.week || $0.week == late.week }
      ours = record(metric.id, early.week, early.value)
      if kind == .sameWeek {
        guard let other = observations.first(where: { $0.value != early.value }) else { return nil }
        theirs = record(metric.id, early.week, other.value)
      } else {
        theirs = record(metric.id, late.week, late.value)
      }
    case .differentReviewEntries:
      guard let review = random.pick(base.reviews + [nil]) ?? base.reviews.first else { return nil }
      document = .review(review.week)
      let metrics = base.scorecard.metrics.map(\.id)
      guard metrics.count >= 2 else { return nil }
      ours = { workspace in
        guard let at = workspace.reviews.firstIndex(where: { $0.week == review.week }) else { return }
        workspace.reviews[at].decisions.append(Decision(id: DecisionID("ours-\(tag)"), kind: .start, text: "Call every churned customer"))
        workspace.reviews[at].notes[metrics[0].rawValue] = "Up after the fix \(tag)"
      }
      theirs = { workspace in
        guard let at = workspace.reviews.firstIndex(where: { $0.week == review.week }) else { return }
        workspace.reviews[at].decisions.append(Decision(id: DecisionID("theirs-\(tag)"), kind: .stop, text: "Stop the weekly digest"))
        workspace.reviews[at].notes[metrics[1].rawValue] = "Flat, watch it \(tag)"
      }
    case .longTextDifferentLines, .sameLine:
      let pillar = random.pick(PillarKind.allCases)
      document = .pillars
      set(&base, pillar) { $0.notes = "Owner: the support lead\nCadence: weekly\nOpen question: routing\nNext: the knowledge base" }
      ours = setting(pillar) { $0.notes = $0.notes.replacingLine(0, with: "Owner: the head of support \(tag)") }
      theirs = setting(pillar) { $0.notes = $0.notes.replacingLine(kind == .sameLine ? 0 : 3, with: "Next: the routing rules \(tag)") }
    case .longTextDifferentWords:
      guard let segment = random.pick(base.segments.segments + [nil]) ?? base.segments.segments.first,
        let index = base.segments.segments.firstIndex(where: { $0.id == segment.id })
      else { return nil }
      document = .segments
      let words = "Contractors with five to twenty people who quote jobs on site and invoice from the van at the end of the day."
      base.segments.segments[index].description = words
      ours = { $0.segments.segments[index].description = $0.segments.segments[index].description.replacingWord("five", with: "three \(tag)") }
      theirs = { $0.segments.segments[index].description = $0.segments.segments[index].description.replacingWord("van", with: "truck \(tag)") }
    }
    var mine = base
    ours(&mine)
    var yours = base
    theirs(&yours)
    var expected: Workspace?
    if !kind.conflicts {
      var both = mine
      theirs(&both)
      expected = both
    }
    return EditPair(kind: kind, document: document, base: base, ours: mine, theirs: yours, expected: expected)
  }

  // MARK: Edits

  static func touchpoint(_ id: TouchpointID, in journey: JourneyID, _ change: @escaping (inout Touchpoint) -> Void) -> Edit {
    { workspace in
      guard let j = workspace.journeys.firstIndex(where: { $0.id == journey }) else { return }
      for s in workspace.journeys[j].stages.indices {
        if let t = workspace.journeys[j].stages[s].touchpoints.firstIndex(where: { $0.id == id }) {
          change(&workspace.journeys[j].stages[s].touchpoints[t])
        }
      }
    }
  }

  static func delete(_ id: TouchpointID, in journey: JourneyID) -> Edit {
    { workspace in
      guard let j = workspace.journeys.firstIndex(where: { $0.id == journey }) else { return }
      for s in workspace.journeys[j].stages.indices { workspace.journeys[j].stages[s].touchpoints.removeAll { $0.id == id } }
    }
  }

  /// Puts `touchpoint` after `anchor` (first when nil) and after any touchpoints added there
  /// since the base, as a merge orders insertions that tie.
  static func insert(_ touchpoint: Touchpoint, in journey: JourneyID, _ stage: StageID, after anchor: TouchpointID?, skipping known: Set<TouchpointID>) -> Edit {
    { workspace in
      guard let j = workspace.journeys.firstIndex(where: { $0.id == journey }),
        let s = workspace.journeys[j].stages.firstIndex(where: { $0.id == stage })
      else { return }
      var list = workspace.journeys[j].stages[s].touchpoints
      var index = anchor.flatMap { a in list.firstIndex { $0.id == a }.map { $0 + 1 } } ?? 0
      while index < list.count, !known.contains(list[index].id) { index += 1 }
      list.insert(touchpoint, at: index)
      workspace.journeys[j].stages[s].touchpoints = list
    }
  }

  static func move(_ id: TouchpointID, in journey: JourneyID, to stage: StageID, after anchor: TouchpointID?, skipping known: Set<TouchpointID>) -> Edit {
    { workspace in
      guard let j = workspace.journeys.firstIndex(where: { $0.id == journey }),
        let moved = workspace.journeys[j].touchpoints.first(where: { $0.touchpoint.id == id })?.touchpoint
      else { return }
      delete(id, in: journey)(&workspace)
      insert(moved, in: journey, stage, after: anchor == id ? nil : anchor, skipping: known)(&workspace)
    }
  }

  static func record(_ metric: MetricID, _ week: ISOWeek, _ value: Double) -> Edit {
    { workspace in
      guard let m = workspace.scorecard.metrics.firstIndex(where: { $0.id == metric }) else { return }
      workspace.scorecard.metrics[m].observations.append(Observation(week: week, value: value))
      workspace.scorecard.metrics[m].observations.sort { $0.week < $1.week }
    }
  }

  static func set(_ workspace: inout Workspace, _ pillar: PillarKind, _ change: (inout Pillar) -> Void) {
    guard let p = workspace.pillars.pillars.firstIndex(where: { $0.id == pillar }) else { return }
    change(&workspace.pillars.pillars[p])
  }

  static func setting(_ pillar: PillarKind, _ change: @escaping (inout Pillar) -> Void) -> Edit {
    { set(&$0, pillar, change) }
  }
}

extension String {
  fileprivate func replacingWord(_ word: String, with replacement: String) -> String {
    split(separator: " ", omittingEmptySubsequences: false).map { $0 == word ? replacement : String($0) }.joined(separator: " ")
  }

  fileprivate func replacingLine(_ index: Int, with line: String) -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.indices.contains(index) else { return self }
    lines[index] = line
    return lines.joined(separator: "\n")
  }
}
