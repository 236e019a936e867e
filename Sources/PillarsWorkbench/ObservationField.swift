import PillarsCore

/// The editable fields of one week of a metric: its value and the note on it.
public enum ObservationField: String, CaseIterable, Hashable, Sendable {
  case value, note

  public var label: String { rawValue }

  var kind: EditTarget.Kind {
    switch self {
    case .value: .number
    case .note: .text(multiline: true)
    }
  }

  func text(of metric: Metric, for week: ISOWeek) -> String {
    switch self {
    case .value: metric.observation(for: week)?.value.compactText(digits: 6) ?? ""
    case .note: metric.observation(for: week)?.note ?? ""
    }
  }

  /// Writes `text` into the week's observation; an empty value removes the week. A week after
  /// `currentWeek` has not happened, so it takes no value.
  func apply(_ text: String, to metric: inout Metric, for week: ISOWeek, currentWeek: ISOWeek) -> EditRefusal? {
    switch self {
    case .value:
      if text.trimmingWhitespace.isEmpty {
        metric.observations.removeAll { $0.week == week }
      } else {
        guard let number = NumberField.parse(text, allowPercent: metric.unit == "%") else { return "\"\(text)\" is not a number" }
        if let refusal = metric.refusal(ofValue: number, for: week, currentWeek: currentWeek) { return EditRefusal(refusal) }
        metric.record(number, for: week, note: metric.observation(for: week)?.note)
      }
    case .note:
      guard let observation = metric.observation(for: week) else { return "no value for \(week) yet; enter the value first" }
      let note = text.trimmingWhitespace
      metric.record(observation.value, for: week, note: note.isEmpty ? nil : note)
    }
    return nil
  }
}
