import PillarsCore

/// Writing the definition fields of a metric and the notes on its weeks.
extension EditTarget {
  /// Whether committing adds an item (a metric, a decision, an action, a touchpoint...): an empty text is refused, not ignored.
  public var createsItem: Bool {
    switch self {
    case .newMetric, .newDecision, .newItem: true
    default: false
    }
  }

  /// Applies `text` to the metric this target names; returns why not, leaving `scorecard` as it was.
  func applyToMetric(_ text: String, _ scorecard: inout ScorecardDocument) -> EditRefusal? {
    if case .newMetric(let layer, let after) = self {
      let name = text.trimmingWhitespace
      guard !name.isEmpty else { return "a metric needs a name" }
      let id = MetricID(Slug.unique(Slug.make(from: name), avoiding: Set(scorecard.metrics.map(\.id.rawValue))))
      let position = after.flatMap { a in scorecard.metrics.firstIndex { $0.id == a } }.map { $0 + 1 } ?? scorecard.metrics.count
      scorecard.metrics.insert(Metric(id: id, name: name, layer: layer), at: position)
      return nil
    }
    let id: MetricID
    switch self {
    case .metricName(let m), .metricLayer(let m), .metricUnit(let m), .metricDirection(let m), .metricWarning(let m),
      .metricScale(let m), .metricDescription(let m), .metricNote(let m, _):
      id = m
    default: return "not a metric field"
    }
    guard let index = scorecard.metrics.firstIndex(where: { $0.id == id }) else { return "the metric is gone" }
    var metric = scorecard.metrics[index]
    switch self {
    case .metricName:
      let name = text.trimmingWhitespace
      guard !name.isEmpty else { return "a metric needs a name" }
      metric.name = name
    case .metricLayer:
      guard let layer = MetricLayer(rawValue: text) else { return "unknown layer \"\(text)\"" }
      metric.layer = layer
    case .metricUnit: metric.unit = text.trimmingWhitespace
    case .metricDirection:
      guard let direction = GoodDirection(rawValue: text) else { return "unknown direction \"\(text)\"" }
      metric.direction = direction
    case .metricWarning:
      if text.trimmingWhitespace.isEmpty {
        metric.warning = nil
      } else {
        guard let number = NumberField.parse(text, allowPercent: metric.unit == "%") else { return "\"\(text)\" is not a number" }
        if let refusal = metric.refusal(of: number) { return EditRefusal(refusal) }
        metric.warning = number
      }
    case .metricScale:
      if text.trimmingWhitespace.isEmpty {
        metric.scale = nil
      } else {
        guard let scale = MetricScale(text: text) else { return "write the scale as lowest to highest, for example 1 to 5" }
        guard scale.lowest < scale.highest else { return "the lowest value must be below the highest" }
        let bounds = NumberBounds.metricValues
        guard bounds.contains(scale.lowest), bounds.contains(scale.highest) else {
          return "a scale runs between -1e15 and 1e15 at most"
        }
        metric.scale = scale
      }
    case .metricDescription: metric.description = text
    case .metricNote(_, let week):
      guard let observation = metric.observation(for: week) else { return "no value for \(week) yet; enter the value first" }
      let note = text.trimmingWhitespace
      metric.record(observation.value, for: week, note: note.isEmpty ? nil : note)
    default: break
    }
    scorecard.metrics[index] = metric
    return nil
  }
}
