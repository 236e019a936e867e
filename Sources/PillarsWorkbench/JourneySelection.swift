import PillarsCore

/// Which journey, stage and touchpoint the journey pane points at, by id, so that a reload
/// or a reorder never moves the cursor onto another item.
public struct JourneySelection: Equatable, Sendable {
  public var journey: JourneyID?
  public var stage: StageID?
  /// Nil when the selected stage has no touchpoints.
  public var touchpoint: TouchpointID?
  /// The lane (row) of the selected cell.
  public var lane: JourneyLane = .touchpoint

  public init(journey: Journey? = nil) {
    self.journey = journey?.id
    self.stage = journey?.stages.first?.id
    self.touchpoint = journey?.stages.first?.touchpoints.first?.id
  }
}
