/// Everything a team keeps about its customer strategy: the documents of one workspace folder.
public struct Workspace: Equatable, Sendable {
  public var manifest: WorkspaceManifest
  public var pillars: PillarsDocument
  public var promise: PromiseDocument
  public var segments: SegmentsDocument
  public var scorecard: ScorecardDocument
  /// Ordered by id.
  public var journeys: [Journey]
  /// Ordered by week.
  public var reviews: [Review]

  public init(
    manifest: WorkspaceManifest, pillars: PillarsDocument = PillarsDocument(),
    promise: PromiseDocument = PromiseDocument(), segments: SegmentsDocument = SegmentsDocument(),
    scorecard: ScorecardDocument = ScorecardDocument(), journeys: [Journey] = [], reviews: [Review] = []
  ) {
    self.manifest = manifest
    self.pillars = pillars
    self.promise = promise
    self.segments = segments
    self.scorecard = scorecard
    self.journeys = journeys.sorted { $0.id < $1.id }
    self.reviews = reviews.sorted { $0.week < $1.week }
  }

  /// A new, empty but valid workspace.
  public static func empty(name: String, owner: String = "") -> Workspace {
    Workspace(manifest: WorkspaceManifest(name: name, owner: owner))
  }

  /// Every document of the workspace, in a stable order.
  public var documentRefs: [DocumentRef] {
    [.manifest, .pillars, .promise, .segments, .scorecard] + scorecard.metrics.map { .history($0.id) }
      + journeys.map { .journey($0.id) } + reviews.map { .review($0.week) }
  }

  /// The weekly values of a metric on the scorecard, as its history document holds them.
  public func history(of id: MetricID) -> MetricHistory? {
    scorecard[id].map { MetricHistory(metric: id, observations: $0.observations) }
  }

  public func journey(_ id: JourneyID) -> Journey? { journeys.first { $0.id == id } }

  public func review(_ week: ISOWeek) -> Review? { reviews.first { $0.week == week } }

  /// Wish-words from the built-in list and the workspace's own additions.
  public var wishWords: [String] { WishWords.builtIn + manifest.extraWishWords }
}
