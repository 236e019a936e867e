import PillarsCore

/// One column of the journey map: a touchpoint under its stage, or an empty stage.
public struct JourneyColumn: Equatable, Sendable {
  public var stage: StageID
  public var stageIndex: Int
  public var touchpoint: TouchpointID?

  /// The map's columns left to right; a stage without touchpoints still gets one.
  public static func columns(of journey: Journey) -> [JourneyColumn] {
    journey.stages.enumerated().flatMap { index, stage in
      stage.touchpoints.isEmpty
        ? [JourneyColumn(stage: stage.id, stageIndex: index, touchpoint: nil)]
        : stage.touchpoints.map { JourneyColumn(stage: stage.id, stageIndex: index, touchpoint: $0.id) }
    }
  }

  public static func index(of selection: JourneySelection, in columns: [JourneyColumn]) -> Int? {
    columns.firstIndex { $0.stage == selection.stage && $0.touchpoint == selection.touchpoint }
      ?? columns.firstIndex { $0.stage == selection.stage }
  }
}
