/// The checks Pillars runs, each with a stable name for output and filtering.
public enum Rule: String, CaseIterable, Sendable {
  // The document itself.
  case invalidDocument = "document.invalid"
  case newerSchema = "document.newer-schema"
  case outOfRange = "value.out-of-range"
  case emptyName = "value.empty-name"
  case malformedID = "id.malformed"
  case duplicateID = "id.duplicate"
  case danglingReference = "reference.dangling"
  case journeyFileName = "journey.file-name"
  case historyFileName = "history.file-name"
  case duplicateObservation = "metric.duplicate-week"
  case outsideScale = "metric.outside-scale"
  case futureWeek = "metric.future-week"
  case mergeConflict = "merge.conflict"
  // The promise.
  case promiseEmpty = "promise.empty"
  case promiseSentences = "promise.sentences"
  case promiseWishWords = "promise.wish-words"
  case promiseNotMeasurable = "promise.not-measurable"
  case proofCount = "promise.proof-count"
  // The pillars.
  case pillarEmpty = "pillar.empty"
  case pillarNoOwner = "pillar.no-owner"
  case actionOverdue = "pillar.action-overdue"
  case decisionOverdue = "review.decision-overdue"
  // The journey.
  case stageWithoutTouchpoints = "journey.empty-stage"
  case brokenPromiseWithoutTeam = "journey.broken-without-team"
  // The scorecard.
  case metricWithoutTarget = "metric.no-target"
  case missingLayer = "scorecard.missing-layer"
  case staleMetric = "metric.stale"
  case divergence = "scorecard.divergence"
  // The segments.
  case noPrimarySegment = "segment.no-primary"
  case severalPrimarySegments = "segment.several-primary"
  // The loop: experiments and assumptions.
  case experimentPastEnd = "experiment.past-end"
  case experimentUnmeasured = "experiment.no-measure"
  case assumptionUntested = "assumption.untested"
  // Customer signals.
  case driverWithoutOwner = "signals.driver-no-owner"
  case driverWithoutTouchpoint = "signals.driver-no-touchpoint"
  case fixNotWorking = "signals.fix-not-working"
  case growingFriction = "signals.friction-growing"
  // The channel charter.
  case channelWithoutCharter = "charter.channel-missing"
  case fixedWithoutDate = "signals.fixed-without-date"
  case duplicateSignalWeek = "signals.duplicate-week"

  /// The pillar whose health the finding speaks of.
  public var pillar: PillarKind? {
    switch self {
    case .promiseEmpty, .promiseSentences, .promiseWishWords, .promiseNotMeasurable, .proofCount:
      .defineThePromise
    case .stageWithoutTouchpoints, .brokenPromiseWithoutTeam: .designTheJourney
    case .metricWithoutTarget, .missingLayer, .staleMetric, .divergence: .measureAndAdapt
    case .noPrimarySegment, .severalPrimarySegments: .knowYourCustomers
    case .driverWithoutOwner, .driverWithoutTouchpoint, .fixNotWorking, .growingFriction, .fixedWithoutDate: .knowYourCustomers
    case .duplicateSignalWeek: nil
    case .channelWithoutCharter: .equipTheTeam
    case .decisionOverdue, .experimentPastEnd, .experimentUnmeasured, .assumptionUntested: .measureAndAdapt
    case .pillarEmpty, .pillarNoOwner, .actionOverdue, .invalidDocument, .newerSchema, .outOfRange, .emptyName,
      .malformedID, .duplicateID, .danglingReference, .journeyFileName, .historyFileName,
      .duplicateObservation, .outsideScale, .futureWeek, .mergeConflict:
      nil
    }
  }
}
