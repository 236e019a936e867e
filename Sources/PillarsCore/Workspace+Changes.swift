extension Workspace {
  /// The documents that differ between `self` and `other`, including journeys and reviews
  /// present in only one of them: what a save must write or remove.
  public func changedDocuments(since other: Workspace) -> Set<DocumentRef> {
    var changed = Set<DocumentRef>()
    if manifest != other.manifest { changed.insert(.manifest) }
    if pillars != other.pillars { changed.insert(.pillars) }
    if promise != other.promise { changed.insert(.promise) }
    if segments != other.segments { changed.insert(.segments) }
    if scorecard.definitions != other.scorecard.definitions { changed.insert(.scorecard) }
    let myMetrics = Dictionary(scorecard.metrics.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
    let theirMetrics = Dictionary(
      other.scorecard.metrics.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
    for id in Set(myMetrics.keys).union(theirMetrics.keys) where myMetrics[id] != theirMetrics[id] {
      changed.insert(.history(id))
    }
    let mine = Dictionary(journeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let theirs = Dictionary(other.journeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in Set(mine.keys).union(theirs.keys) where mine[id] != theirs[id] { changed.insert(.journey(id)) }
    let myReviews = Dictionary(reviews.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })
    let theirReviews = Dictionary(other.reviews.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })
    for week in Set(myReviews.keys).union(theirReviews.keys) where myReviews[week] != theirReviews[week] {
      changed.insert(.review(week))
    }
    return changed
  }

  /// `self` with the given documents taken from `other` (a reload of what changed on disk).
  public func replacing(_ documents: Set<DocumentRef>, from other: Workspace) -> Workspace {
    var result = self
    for document in documents {
      switch document {
      case .manifest: result.manifest = other.manifest
      case .pillars: result.pillars = other.pillars
      case .promise: result.promise = other.promise
      case .segments: result.segments = other.segments
      case .scorecard:
        // The definitions come from `other`; each metric keeps this side's values, which the
        // histories taken below then replace.
        let kept = Dictionary(
          result.scorecard.metrics.map { ($0.id, $0.observations) }, uniquingKeysWith: { first, _ in first })
        result.scorecard = other.scorecard
        for index in result.scorecard.metrics.indices {
          result.scorecard.metrics[index].observations = kept[result.scorecard.metrics[index].id] ?? []
        }
      case .history:
        break
      case .journey(let id):
        result.journeys.removeAll { $0.id == id }
        if let journey = other.journey(id) { result.journeys.append(journey) }
        result.journeys.sort { $0.id < $1.id }
      case .review(let week):
        result.reviews.removeAll { $0.week == week }
        if let review = other.review(week) { result.reviews.append(review) }
        result.reviews.sort { $0.week < $1.week }
      }
    }
    for case .history(let id) in documents {
      guard let index = result.scorecard.metrics.firstIndex(where: { $0.id == id }) else { continue }
      result.scorecard.metrics[index].observations = other.scorecard[id]?.observations ?? []
    }
    return result
  }
}
