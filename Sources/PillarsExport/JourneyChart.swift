import PillarsCore

/// The emotion curve of a journey drawn twice: as a Mermaid `journey` diagram, and as a text chart
/// for readers whose viewer does not draw Mermaid.
enum JourneyChart {
  /// The lines inside a ```` ```mermaid ```` fence: a section per stage, a task per touchpoint,
  /// scored 1 to 5 from the emotion's -2 to +2, with the owning team as actor.
  static func mermaid(_ journey: Journey, _ curve: EmotionCurve) -> [String] {
    var lines = ["journey", "  title " + MarkdownText.mermaidLabel(journey.name, placeholder: "Journey")]
    for stage in curve.stages where !stage.points.isEmpty {
      lines.append("  section " + MarkdownText.mermaidLabel(stage.stageName, placeholder: "Stage"))
      for point in stage.points {
        let task = MarkdownText.mermaidLabel(point.touchpointName, placeholder: "Touchpoint")
        lines.append("    \(task): \(score(point.emotion)): \(MarkdownText.mermaidActor(point.team))")
      }
    }
    return lines
  }

  /// Mermaid scores a task from 1 (unhappy) to 5 (happy).
  static func score(_ emotion: Int) -> Int { clamp(emotion) + 3 }

  /// The lines inside a ```` ```text ```` fence: per stage its mean, per touchpoint a bar left of the
  /// axis for negative emotion and right of it for positive, the value and the name.
  static func text(_ curve: EmotionCurve) -> [String] {
    var lines: [String] = []
    for stage in curve.stages {
      let name = MarkdownText.codeLine(stage.stageName)
      var heading = name.isEmpty ? "Stage" : name
      if let mean = stage.mean {
        heading += " (mean \(ExportFormat.meanEmotion(mean)))"
      } else {
        heading += " (no touchpoints)"
      }
      if curve.lowStages.contains(stage.stageID) { heading += " ◀" }
      if !lines.isEmpty { lines.append("") }
      lines.append(heading)
      for point in stage.points {
        let emotion = ExportFormat.emotion(point.emotion)
        let padded = String(repeating: " ", count: max(0, 2 - emotion.count)) + emotion
        let name = MarkdownText.codeLine(point.touchpointName)
        var line = "  \(bar(point.emotion))  \(padded)  \(name.isEmpty ? "(unnamed)" : name)"
        if curve.isLowPoint(point.stageID, point.touchpointID) { line += " ◀" }
        lines.append(line)
      }
    }
    return lines
  }

  /// Two cells per step of emotion on either side of the axis: `████│    ` is -2, `    │██  ` is +1.
  static func bar(_ emotion: Int) -> String {
    let value = clamp(emotion)
    let negative = -min(value, 0)
    let positive = max(value, 0)
    let left = String(repeating: " ", count: 2 * (2 - negative)) + String(repeating: "█", count: 2 * negative)
    let right = String(repeating: "█", count: 2 * positive) + String(repeating: " ", count: 2 * (2 - positive))
    return left + "│" + right
  }

  private static func clamp(_ emotion: Int) -> Int {
    min(max(emotion, Touchpoint.emotionRange.lowerBound), Touchpoint.emotionRange.upperBound)
  }
}
