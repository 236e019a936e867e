extension Stage {
  /// The mean emotion of the stage's touchpoints; nil when it has none. The one definition the
  /// emotion curve, the screens and the export share.
  public var meanEmotion: Double? { Stage.meanEmotion(of: touchpoints.map(\.emotion)) }

  /// The mean of some emotions, summed as doubles so no count or value can overflow.
  static func meanEmotion(of emotions: [Int]) -> Double? {
    guard !emotions.isEmpty else { return nil }
    return emotions.reduce(0.0) { $0 + Double($1) } / Double(emotions.count)
  }
}
