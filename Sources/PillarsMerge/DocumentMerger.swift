import PillarsCore
import PillarsJSON

/// One three-way merge of a document's three normalized trees, guided by the entities its kind
/// declares: lists of entities are merged by id (each entity placed once, by the side that moved
/// or inserted it), everything else field by field.
struct DocumentMerger {
  typealias Container = EntityLayout.Container

  enum Side { case base, ours, theirs }

  /// Where a kept entity goes: the list, and which side's order places it there.
  struct Decision {
    var side: Side
    var container: Container
  }

  let document: DocumentRef
  let base: EntityLayout
  let ours: EntityLayout
  let theirs: EntityLayout
  private(set) var conflicts: [MergeConflict] = []
  private var decisions: [EntityReference: Decision] = [:]
  private var members: [Container: [EntityReference]] = [:]
  /// Owner and field prefixes under which entity lists sit: values there are never taken whole.
  private var holdsLists: Set<Container> = []

  init(document: DocumentRef, base: EntityLayout, ours: EntityLayout, theirs: EntityLayout) {
    self.document = document
    self.base = base
    self.ours = ours
    self.theirs = theirs
  }

  mutating func merge(base baseTree: JSONValue?, ours ourTree: JSONValue, theirs theirTree: JSONValue) -> JSONValue {
    for layout in [base, ours, theirs] {
      for container in layout.containers.keys {
        for length in 0...container.field.count {
          holdsLists.insert(Container(owner: container.owner, field: Array(container.field.prefix(length))))
        }
      }
    }
    decidePlaces()
    orderLists()
    return value(baseTree, ourTree, theirTree, owner: nil, field: []) ?? ourTree
  }

  private func layout(_ side: Side) -> EntityLayout {
    switch side {
    case .base: base
    case .ours: ours
    case .theirs: theirs
    }
  }

  // MARK: Where each entity goes

  private mutating func decidePlaces() {
    let movedByUs = moved(in: ours)
    let movedByThem = moved(in: theirs)
    var seen = Set<EntityReference>()
    let all = (base.order + ours.order + theirs.order).filter { seen.insert($0).inserted }
    for reference in all {
      let (b, o, t) = (base.placements[reference], ours.placements[reference], theirs.placements[reference])
      let (weMoved, theyMoved) = (movedByUs.contains(reference), movedByThem.contains(reference))
      switch (b, o, t) {
      case (.some, .some, .some):
        if weMoved && theyMoved && !isSamePlace(reference) {
          keep(reference, .ours)
          conflict(.moved, reference)
        } else {
          keep(reference, weMoved ? .ours : theyMoved ? .theirs : .base)
        }
      case (.some(let b), .some(let o), nil):
        decideDeletion(reference, base: b, changed: o, by: .ours, changedSideMoved: weMoved, deleter: theirs)
      case (.some(let b), nil, .some(let t)):
        decideDeletion(reference, base: b, changed: t, by: .theirs, changedSideMoved: theyMoved, deleter: ours)
      case (.some, nil, nil), (nil, nil, nil):
        break
      case (nil, .some, nil):
        keep(reference, .ours)
      case (nil, nil, .some):
        keep(reference, .theirs)
      case (nil, .some(let o), .some(let t)):
        keep(reference, .ours)
        if o.container != t.container { conflict(.moved, reference) }
      }
    }
  }

  /// One side deleted the entity: it goes, unless the other side changed it (a conflict, and it
  /// stays) or it went only with an owner that stays.
  private mutating func decideDeletion(
    _ reference: EntityReference, base b: EntityLayout.Placement, changed kept: EntityLayout.Placement, by side: Side,
    changedSideMoved: Bool, deleter: EntityLayout
  ) {
    let place: Side = changedSideMoved ? side : .base
    if let owner = b.container.owner, deleter.placements[owner] == nil, decisions[owner] != nil {
      keep(reference, place)
    } else if kept.value != b.value || changedSideMoved {
      keep(reference, place)
      conflict(.deleted, reference)
    }
  }

  private mutating func keep(_ reference: EntityReference, _ side: Side) {
    // The list's owner must stay too; by construction it does (a change inside an entity changes
    // the entity), so this only guards against losing the entity if that ever fails.
    for candidate in [side, .ours, .theirs, .base] {
      guard let placement = layout(candidate).placements[reference] else { continue }
      if let owner = placement.container.owner, decisions[owner] == nil { continue }
      decisions[reference] = Decision(side: candidate, container: placement.container)
      return
    }
    conflict(.deleted, reference)
  }

  /// The entities `side` moved: into another list, or within one (those outside the longest run
  /// it kept in the base's order).
  private func moved(in side: EntityLayout) -> Set<EntityReference> {
    var result = Set<EntityReference>()
    for (reference, placement) in side.placements {
      if let was = base.placements[reference], was.container != placement.container { result.insert(reference) }
    }
    for (container, list) in side.containers {
      guard let baseList = base.containers[container] else { continue }
      let now = list.filter { base.placements[$0]?.container == container }
      let before = baseList.filter { side.placements[$0]?.container == container }
      guard now != before else { continue }
      guard let matches = Alignment.matches(before, now) else {
        result.formUnion(now)
        continue
      }
      for (index, match) in matches.enumerated() where match == nil { result.insert(before[index]) }
    }
    return result
  }

  private func isSamePlace(_ reference: EntityReference) -> Bool {
    ours.placements[reference]?.container == theirs.placements[reference]?.container
      && ours.predecessor(of: reference) == theirs.predecessor(of: reference)
  }

  /// Each list in its merged order: the base's order of what neither side moved, then our
  /// insertions and moves where we put them, then theirs, after ours where they tie.
  private mutating func orderLists() {
    var containers = Set(base.containers.keys).union(ours.containers.keys).union(theirs.containers.keys)
    for decision in decisions.values { containers.insert(decision.container) }
    for container in containers {
      var list = (base.containers[container] ?? []).filter {
        decisions[$0]?.side == .base && decisions[$0]?.container == container
      }
      var placedByUs = Set<EntityReference>()
      for side in [Side.ours, .theirs] {
        let order = layout(side).containers[container] ?? []
        for (position, reference) in order.enumerated() {
          guard let decision = decisions[reference], decision.side == side, decision.container == container else { continue }
          var index = 0
          for previous in order[..<position].reversed() {
            if let at = list.firstIndex(of: previous) {
              index = at + 1
              break
            }
          }
          if side == .theirs {
            while index < list.count, placedByUs.contains(list[index]) { index += 1 }
          } else {
            placedByUs.insert(reference)
          }
          list.insert(reference, at: index)
        }
      }
      members[container] = list
    }
  }

  // MARK: Values

  private mutating func value(_ b: JSONValue?, _ o: JSONValue?, _ t: JSONValue?, owner: EntityReference?, field: [ValuePath.Component]) -> JSONValue? {
    let here = Container(owner: owner, field: field)
    if let list = members[here], base.containers[here] != nil || ours.containers[here] != nil || theirs.containers[here] != nil {
      guard o != nil || t != nil || !list.isEmpty else { return nil }
      return JSONValue(.array(list.compactMap { entity($0) }))
    }
    let whole = !holdsLists.contains(here)
    if whole {
      if o == t { return o }
      if b == o { return t }
      if b == t { return o }
    }
    if o?.members != nil || t?.members != nil, o?.members != nil || o == nil, t?.members != nil || t == nil, !whole || (o != nil && t != nil) {
      return object(b, o, t, owner: owner, field: field)
    }
    if let b = b?.text, let o = o?.text, let t = t?.text, TextMerge.isLong(o) || TextMerge.isLong(t),
      let merged = TextMerge.merge(base: b, ours: o, theirs: t)
    {
      return JSONValue(.string(merged))
    }
    if let merged = Self.mergeSets(b?.elements ?? [], o?.elements, t?.elements) { return JSONValue(.array(merged)) }
    conflicts.append(
      MergeConflict(.changed, in: document, entity: owner, entityName: owner.flatMap(name(of:)), field: Self.keys(field),
        base: b, ours: o, theirs: t))
    // Ours stays; a deletion against a change keeps the change, so nothing is lost from the file.
    return o ?? t
  }

  private mutating func object(_ b: JSONValue?, _ o: JSONValue?, _ t: JSONValue?, owner: EntityReference?, field: [ValuePath.Component]) -> JSONValue {
    var keys = Set<String>()
    for side in [b, o, t] { for member in side?.members ?? [] { keys.insert(member.key) } }
    var members: [JSONMember] = []
    for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      if let merged = value(b?[key], o?[key], t?[key], owner: owner, field: field + [.key(key)]) {
        members.append(JSONMember(key, merged))
      }
    }
    return JSONValue(.object(members))
  }

  /// A kept entity's element: each side's version merged, a side without it counting as unchanged.
  private mutating func entity(_ reference: EntityReference) -> JSONValue? {
    let b = base.placements[reference]?.value
    let o = ours.placements[reference]?.value
    let t = theirs.placements[reference]?.value
    return value(b, o ?? b ?? t, t ?? b ?? o, owner: reference, field: [])
  }

  /// Lists of distinct plain values (friction points, metric ids) merged as sets that keep their
  /// order: removals from either side, then insertions where each side made them. Nil when the
  /// lists are not such lists, or a side reordered them.
  static func mergeSets(_ b: [JSONValue], _ o: [JSONValue]?, _ t: [JSONValue]?) -> [JSONValue]? {
    guard let o, let t else { return nil }
    for list in [b, o, t] {
      guard list.allSatisfy(\.isScalar), Set(list).count == list.count else { return nil }
    }
    let (inOurs, inTheirs) = (Set(o), Set(t))
    for side in [o, t] {
      let kept = Set(side)
      guard b.filter(kept.contains) == side.filter(Set(b).contains) else { return nil }
    }
    var result = b.filter { inOurs.contains($0) && inTheirs.contains($0) }
    var ourInsertions = Set<JSONValue>()
    for (side, list) in [(0, o), (1, t)] {
      for (position, element) in list.enumerated() where !b.contains(element) && !result.contains(element) {
        var index = 0
        for previous in list[..<position].reversed() {
          if let at = result.firstIndex(of: previous) {
            index = at + 1
            break
          }
        }
        if side == 1 { while index < result.count, ourInsertions.contains(result[index]) { index += 1 } } else { ourInsertions.insert(element) }
        result.insert(element, at: index)
      }
    }
    return result
  }

  // MARK: Conflicts

  private mutating func conflict(_ kind: MergeConflict.Kind, _ reference: EntityReference) {
    var conflict = MergeConflict(
      kind, in: document, entity: reference, entityName: name(of: reference), base: base.placements[reference]?.value,
      ours: ours.placements[reference]?.value, theirs: theirs.placements[reference]?.value)
    if kind == .moved {
      conflict.oursPlace = place(of: reference, in: ours)
      conflict.theirsPlace = place(of: reference, in: theirs)
    }
    conflicts.append(conflict)
  }

  private func place(of reference: EntityReference, in layout: EntityLayout) -> EntityPlace? {
    guard let placement = layout.placements[reference] else { return nil }
    let owner = placement.container.owner
    let after = layout.predecessor(of: reference)
    return EntityPlace(
      owner: owner, ownerName: owner.flatMap(name(of:)), field: Self.keys(placement.container.field), after: after,
      afterName: after.flatMap(name(of:)))
  }

  /// The entity's `name`, as we have it, or as they or the base have it.
  func name(of reference: EntityReference) -> String? {
    for layout in [ours, theirs, base] {
      if let name = layout.placements[reference]?.value["name"]?.text { return name }
    }
    return nil
  }

  static func keys(_ field: [ValuePath.Component]) -> [String] {
    field.compactMap {
      if case .key(let key) = $0 { return key }
      return nil
    }
  }
}
