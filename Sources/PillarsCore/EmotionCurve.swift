/// How a journey feels, stage by stage: each touchpoint's emotion, each stage's mean, and the low points.
public struct EmotionCurve: Equatable, Sendable {
  /// One touchpoint on the curve.
  public struct Point: Equatable, Sendable {
    public var stageID: StageID
    public var touchpointID: TouchpointID
    public var touchpointName: String
    /// The team that owns the touchpoint.
    public var team: String
    /// -2 (very negative) to +2 (very positive).
    public var emotion: Int

    public init(stageID: StageID, touchpointID: TouchpointID, touchpointName: String, team: String, emotion: Int) {
      self.stageID = stageID
      self.touchpointID = touchpointID
      self.touchpointName = touchpointName
      self.team = team
      self.emotion = emotion
    }
  }

  /// One stage of the curve and its touchpoints, in journey order.
  public struct StageCurve: Equatable, Sendable {
    public var stageID: StageID
    public var stageName: String
    public var points: [Point]
    /// The mean emotion of the stage's touchpoints; nil when the stage has none.
    public var mean: Double?

    public init(stageID: StageID, stageName: String, points: [Point]) {
      self.stageID = stageID
      self.stageName = stageName
      self.points = points
      // Summed as doubles, so no emotion can overflow the sum.
      mean = points.isEmpty ? nil : points.reduce(0.0) { $0 + Double($1.emotion) } / Double(points.count)
    }
  }

  /// Emotion at or below this is a low point worth a look.
  public static let lowPointThreshold = -1

  public var stages: [StageCurve]
  /// The touchpoints at the journey's lowest emotion, when that is -1 or below; in journey order.
  public var lowPoints: [Point]
  /// The stages with the lowest mean, when that mean is -1 or below; in journey order.
  public var lowStages: [StageID]

  public init(journey: Journey) {
    stages = journey.stages.map { stage in
      StageCurve(
        stageID: stage.id, stageName: stage.name,
        points: stage.touchpoints.map {
          Point(stageID: stage.id, touchpointID: $0.id, touchpointName: $0.name, team: $0.team, emotion: $0.emotion)
        })
    }
    let threshold = Double(EmotionCurve.lowPointThreshold)
    let points = stages.flatMap(\.points)
    if let lowest = points.map(\.emotion).min(), lowest <= EmotionCurve.lowPointThreshold {
      lowPoints = points.filter { $0.emotion == lowest }
    } else {
      lowPoints = []
    }
    if let lowestMean = stages.compactMap(\.mean).min(), lowestMean <= threshold {
      lowStages = stages.filter { $0.mean == lowestMean }.map(\.stageID)
    } else {
      lowStages = []
    }
  }

  /// Whether a touchpoint is one of the low points.
  public func isLowPoint(_ stage: StageID, _ touchpoint: TouchpointID) -> Bool {
    lowPoints.contains { $0.stageID == stage && $0.touchpointID == touchpoint }
  }
}
