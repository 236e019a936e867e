import PillarsCore
import PillarsJSON

/// The strategy's diff: what changed between two versions of a workspace's documents, entity by
/// entity, in strategy words. Pure: the caller reads the versions (from git, from disk).
public enum StrategyDiff {
  /// The changes between two sets of documents (the files each version holds, parsed; a document
  /// missing from a set is absent in that version). Schema 1 scorecards, which held the weekly
  /// values, are compared as if their values were in history files, so a move to schema 2 is no change.
  public static func compare(before: [DocumentRef: JSONValue], after: [DocumentRef: JSONValue]) -> [StrategyChange] {
    let (old, new) = (splittingValues(before), splittingValues(after))
    let names = metricNames(new[.scorecard]).merging(metricNames(old[.scorecard])) { first, _ in first }
    return Set(old.keys).union(new.keys).sorted().flatMap { document in
      compare(document, before: old[document], after: new[document], metricNames: names)
    }
  }

  /// The changes to one document.
  static func compare(_ document: DocumentRef, before: JSONValue?, after: JSONValue?, metricNames: [String: String]) -> [StrategyChange] {
    let title = title(of: document, after ?? before, metricNames: metricNames)
    let make = { (trail: [String], entity: EntityReference?, name: String?, what: StrategyChange.What) in
      StrategyChange(document: document, title: title, trail: trail, entity: entity, entityName: name, what: what)
    }
    guard let before else { return [make([], nil, nil, .added)] }
    guard let after else { return [make([], nil, nil, .removed)] }
    guard before != after else { return [] }
    guard let old = EntityLayout(before, kind: document.kind), let new = EntityLayout(after, kind: document.kind) else {
      return [make([], nil, nil, .changed(field: [], from: nil, to: nil))]
    }
    var changes: [StrategyChange] = []
    let lists = Set(old.containers.keys).union(new.containers.keys)
    // The document's own fields.
    for (field, from, to) in fieldChanges(before, after, owner: nil, lists: lists) {
      changes.append(make([], nil, nil, .changed(field: field, from: from, to: to)))
    }
    let movedInList = reordered(old, new)
    var counts: [[String]: (recorded: Int, corrected: Int, removed: Int)] = [:]
    var countOrder: [[String]] = []
    var seen = Set<EntityReference>()
    for reference in (new.order + old.order) where seen.insert(reference).inserted {
      let (was, now) = (old.placements[reference], new.placements[reference])
      let layout = now == nil ? old : new
      let trail = self.trail(of: reference, in: layout)
      let name = (now ?? was).flatMap { displayName(reference, $0.value) }
      if reference.type == "observation" {
        if countOrder.contains(trail) == false { countOrder.append(trail) }
        var count = counts[trail] ?? (0, 0, 0)
        if was == nil { count.recorded += 1 } else if now == nil { count.removed += 1 } else if was?.value != now?.value { count.corrected += 1 }
        counts[trail] = count
        continue
      }
      guard let was else {
        changes.append(make(trail, reference, name, .added))
        continue
      }
      guard let now else {
        changes.append(make(trail, reference, name, .removed))
        continue
      }
      if was.container != now.container || movedInList.contains(reference) { changes.append(make(trail, reference, name, .moved)) }
      for (field, from, to) in fieldChanges(was.value, now.value, owner: reference, lists: lists) {
        changes.append(make(trail, reference, name, .changed(field: field, from: from, to: to)))
      }
    }
    for trail in countOrder {
      guard let count = counts[trail], count != (0, 0, 0) else { continue }
      changes.append(make(trail, nil, nil, .values(recorded: count.recorded, corrected: count.corrected, removed: count.removed)))
    }
    return changes
  }

  /// Changed fields of two versions of an object, lists of entities left out (their entities are compared one by one).
  private static func fieldChanges(
    _ before: JSONValue, _ after: JSONValue, owner: EntityReference?, lists: Set<EntityLayout.Container>, field: [String] = []
  ) -> [([String], JSONValue?, JSONValue?)] {
    guard let old = before.members, let new = after.members else { return before == after ? [] : [(field, before, after)] }
    var keys = Set<String>()
    for member in old + new where member.key != "$schema" && member.key != "schemaVersion" { keys.insert(member.key) }
    return keys.sorted().flatMap { key -> [([String], JSONValue?, JSONValue?)] in
      let path = field + [key]
      guard !lists.contains(EntityLayout.Container(owner: owner, field: path.map { .key($0) })) else { return [] }
      let (from, to) = (before[key], after[key])
      guard from != to else { return [] }
      if let from, let to, from.members != nil, to.members != nil { return fieldChanges(from, to, owner: owner, lists: lists, field: path) }
      return [(path, from, to)]
    }
  }

  /// Entities moved within their list: those outside the longest run kept in the old order.
  private static func reordered(_ old: EntityLayout, _ new: EntityLayout) -> Set<EntityReference> {
    var result = Set<EntityReference>()
    for (container, list) in new.containers {
      guard let before = old.containers[container] else { continue }
      let kept = list.filter { old.placements[$0]?.container == container }
      let was = before.filter { new.placements[$0]?.container == container }
      guard kept != was, let matches = Alignment.matches(was, kept) else { continue }
      for (index, match) in matches.enumerated() where match == nil { result.insert(was[index]) }
    }
    return result
  }

  private static func trail(of reference: EntityReference, in layout: EntityLayout) -> [String] {
    var names: [String] = []
    var owner = layout.placements[reference]?.container.owner
    while let current = owner, let placement = layout.placements[current] {
      names.insert(displayName(current, placement.value) ?? current.id, at: 0)
      owner = placement.container.owner
    }
    return names
  }

  /// What an entity is called: its name, its text, or its id.
  static func displayName(_ reference: EntityReference, _ value: JSONValue) -> String? {
    if let name = value["name"]?.text { return name }
    if let text = value["text"]?.text { return StrategyWords.shortened(text, to: 40) }
    if let week = value["week"]?.text { return week }
    return reference.id.replacingDashes
  }

  static func title(of document: DocumentRef, _ tree: JSONValue?, metricNames: [String: String]) -> String {
    let name = tree?["name"]?.text
    switch document.kind.rawValue {
    case "workspace": return "Workspace"
    case "journey": return "Journey \(name ?? document.key ?? "")"
    case "review": return "Review \(document.key ?? "")"
    case "history":
      let metric = document.key ?? ""
      return "Scorecard: \(metricNames[metric] ?? metric)"
    default:
      let kind = document.kind.rawValue.replacingDashes
      let title = kind.prefix(1).uppercased() + kind.dropFirst()
      return document.key.map { "\(title) \(name ?? $0)" } ?? title
    }
  }

  private static func metricNames(_ scorecard: JSONValue?) -> [String: String] {
    var names: [String: String] = [:]
    for metric in scorecard?["metrics"]?.elements ?? [] {
      if let id = metric["id"]?.text, let name = metric["name"]?.text { names[id] = name }
    }
    return names
  }

  /// A schema 1 scorecard's weekly values as history documents (where the set has none of its own),
  /// and the scorecard without them.
  private static func splittingValues(_ documents: [DocumentRef: JSONValue]) -> [DocumentRef: JSONValue] {
    var result = documents.mapValues(\.normalized)
    guard let scorecard = result[.scorecard], var metrics = scorecard["metrics"]?.elements,
      metrics.contains(where: { $0["observations"] != nil })
    else { return result }
    for (index, metric) in metrics.enumerated() {
      guard let observations = metric["observations"], let id = metric["id"]?.text else { continue }
      let history = DocumentRef(.history, key: id)
      if result[history] == nil {
        result[history] = JSONValue.object([("metric", .string(id)), ("observations", observations), ("schemaVersion", .number(2))])
      }
      metrics[index] = metric.replacing([.key("observations")], with: nil) ?? metric
    }
    result[.scorecard] = scorecard.replacing([.key("metrics")], with: JSONValue(.array(metrics))) ?? scorecard
    return result
  }
}
