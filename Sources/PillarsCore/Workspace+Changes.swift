extension Workspace {
  /// The documents that differ between `self` and `other`, including journeys and reviews
  /// present in only one of them: what a save must write or remove.
  public func changedDocuments(since other: Workspace) -> Set<DocumentRef> {
    registry.kinds.reduce(into: []) { $0.formUnion($1.definition.changedDocuments(in: self, since: other)) }
  }

  /// `self` with the given documents taken from `other` (a reload of what changed on disk).
  /// Kinds take theirs in file order, so a metric's values (its history) land after its definition.
  public func replacing(_ documents: Set<DocumentRef>, from other: Workspace) -> Workspace {
    var result = self
    let byKind = Dictionary(grouping: documents, by: \.kind)
    for kind in registry.fileOrder {
      for document in byKind[kind] ?? [] { kind.definition.take(document, from: other, into: &result) }
    }
    return result
  }
}
