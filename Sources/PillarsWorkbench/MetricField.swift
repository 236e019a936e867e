import PillarsCore

/// The definition fields of a metric, in the order its opened view shows them: the one list a
/// new field of `Metric` is added to on the screens.
public enum MetricField: String, CaseIterable, Hashable, Sendable {
  case name, layer, unit, direction, target, warning, scale, owner, description, source

  /// The field in the editor's title.
  public var label: String {
    switch self {
    case .name: "name"
    case .layer: "layer"
    case .unit: "unit"
    case .direction: "direction"
    case .target: "target"
    case .warning: "warning threshold"
    case .scale: "scale, lowest to highest (e.g. 1 to 5)"
    case .owner: "owner"
    case .description: "description"
    case .source: "values: recorded, or computed from the customer signals"
    }
  }

  /// The field's row title in the opened metric.
  public var title: String {
    switch self {
    case .name: "Name"
    case .layer: "Layer"
    case .unit: "Unit"
    case .direction: "Direction"
    case .target: "Target"
    case .warning: "Warning at"
    case .scale: "Scale"
    case .owner: "Owner"
    case .description: "Description"
    case .source: "Values"
    }
  }

  var kind: EditTarget.Kind {
    switch self {
    case .target, .warning: .number
    case .layer: .choice(MetricLayer.allCases.map { ($0.title, $0.rawValue) })
    case .direction:
      .choice([("higher is better", GoodDirection.up.rawValue), ("lower is better", GoodDirection.down.rawValue)])
    case .description: .text(multiline: true)
    case .name, .unit, .scale, .owner: .text(multiline: false)
    case .source: .choice([("recorded each week", Self.recorded)] + MetricSource.allCases.map { ($0.title, $0.rawValue) })
    }
  }

  /// The value as the editor holds it: a choice's value, a number as written.
  func text(of metric: Metric) -> String {
    switch self {
    case .name: metric.name
    case .layer: metric.layer.rawValue
    case .unit: metric.unit
    case .direction: metric.direction.rawValue
    case .target: metric.target?.compactText(digits: 6) ?? ""
    case .warning: metric.warning?.compactText(digits: 6) ?? ""
    case .scale: metric.scale?.description ?? ""
    case .owner: metric.owner
    case .description: metric.description
    case .source: metric.source?.rawValue ?? Self.recorded
    }
  }

  /// The choice that says the values are recorded, not computed.
  static let recorded = "recorded"

  /// The value as the opened metric shows it: words for a choice, numbers with their unit.
  func shownText(of metric: Metric) -> String {
    switch self {
    case .layer: metric.layer.title
    case .direction: metric.direction == .up ? "higher is better" : "lower is better"
    case .target: metric.target.map { formatValue($0, metric.unit) } ?? ""
    case .warning: metric.warning.map { formatValue($0, metric.unit) } ?? ""
    case .scale: metric.scale.map { "\(formatValue($0.lowest, metric.unit)) to \(formatValue($0.highest, metric.unit))" } ?? ""
    case .description: metric.description.split(separator: "\n").first.map(String.init) ?? ""
    case .name, .unit, .owner: text(of: metric)
    case .source: metric.source.map { "computed: \($0.title)" } ?? "recorded each week"
    }
  }

  /// Writes `text` into the metric; returns why not when the text is refused.
  func apply(_ text: String, to metric: inout Metric) -> EditRefusal? {
    switch self {
    case .name:
      let name = text.trimmingWhitespace
      guard !name.isEmpty else { return "a metric needs a name" }
      metric.name = name
    case .layer:
      guard let layer = MetricLayer(rawValue: text) else { return "unknown layer \"\(text)\"" }
      metric.layer = layer
    case .unit: metric.unit = text.trimmingWhitespace
    case .direction:
      guard let direction = GoodDirection(rawValue: text) else { return "unknown direction \"\(text)\"" }
      metric.direction = direction
    case .target, .warning:
      var number: Double?
      if !text.trimmingWhitespace.isEmpty {
        guard let parsed = NumberField.parse(text, allowPercent: metric.unit == "%") else { return "\"\(text)\" is not a number" }
        if let refusal = metric.refusal(of: parsed) { return EditRefusal(refusal) }
        number = parsed
      }
      if self == .target { metric.target = number } else { metric.warning = number }
    case .scale:
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
    case .owner: metric.owner = text.trimmingWhitespace
    case .description: metric.description = text
    case .source:
      if text == Self.recorded {
        metric.source = nil
      } else {
        guard let source = MetricSource(rawValue: text) else { return "unknown source \"\(text)\"" }
        metric.source = source
      }
    }
    return nil
  }
}
