/// Which values a metric can hold: the same rules for `pillars record`, `pillars import`, the
/// screens and `pillars check`.
extension Metric {
  /// Why `value` cannot be recorded for `week`, in words for the person entering it; nil when it can.
  /// A week after `currentWeek` has not happened, so it has no value yet.
  public func refusal(ofValue value: Double, for week: ISOWeek, currentWeek: ISOWeek) -> String? {
    if let computed = computedRefusal { return computed }
    if week > currentWeek {
      return "\(week) has not started yet; values can be recorded up to this week, \(currentWeek)"
    }
    return refusal(of: value)
  }

  /// Why no value can be recorded at all: the metric is computed; nil for a recorded metric.
  public var computedRefusal: String? {
    source.map { "\(name) is computed from the customer signals (\($0.rawValue): \($0.title)); its values cannot be recorded" }
  }

  /// Why `value` cannot be a value, target or warning threshold of this metric: past the bound
  /// every document keeps (``NumberBounds/metricValueLimit``), or outside the metric's scale.
  public func refusal(of value: Double) -> String? {
    guard value.isFinite, NumberBounds.metricValues.contains(value) else {
      return "\(NumberBounds.text(value)) is too large; a value must be between \(NumberBounds.describe(NumberBounds.metricValues))"
    }
    if let scale, !scale.contains(value) {
      return "\(MetricValueText.text(value, unit: unit, digits: 6)) is outside the scale of \(name) (\(scale))"
    }
    return nil
  }
}
