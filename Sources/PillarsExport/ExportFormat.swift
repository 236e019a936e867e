import PillarsCore
import ScreenKit

/// How numbers, statuses and trends read on the exported pages.
enum ExportFormat {
  /// A metric value with its unit: `42%`, `0.7 h`, `15800 EUR`; a plain `score` needs no unit.
  static func value(_ value: Double, unit: String) -> Markdown {
    // The unit comes from the document, so it goes in escaped; escaping trims the space before it.
    let suffix = MetricValueText.suffix(unit)
    let space = suffix.hasPrefix(" ") ? " " : ""
    let unitText: Markdown = "\(String(suffix.dropFirst(space.count)))"
    return Markdown(verbatim: value.compactText + space) + unitText
  }

  /// The target with the way it should be met: `≥ 108%`, `≤ 12%`; `none` without one.
  static func target(of metric: Metric) -> Markdown {
    guard let target = metric.target else { return "none" }
    let comparison: Markdown = metric.direction == .up ? "≥ " : "≤ "
    return comparison + value(target, unit: metric.unit)
  }

  /// A status as word and symbol, so it reads without colour: `▲ at risk`.
  static func status(_ status: MetricStatus) -> Markdown {
    Markdown(verbatim: "\(status.symbol) \(status.label)")
  }

  /// A signed number: `+1.5`, `-0.25`, `0`.
  static func signed(_ number: Double) -> String {
    let text = number.compactText
    return number > 0 && text != "0" ? "+" + text : text
  }

  /// A change and whether it is an improvement: `+0.5, better`.
  static func change(_ delta: Double?, of metric: Metric) -> Markdown {
    guard let delta, delta.isFinite else { return "–" }
    let text = signed(delta)
    if text == "0" || text == "-0" { return "0, flat" }
    // A percentage moves by percentage points.
    let points = metric.unit.trimmingWhitespace == "%" ? " pp" : ""
    return Markdown(verbatim: text + points + (metric.direction.improves(delta) ? ", better" : ", worse"))
  }

  /// An emotion: `+2`, `0`, `-1`.
  static func emotion(_ emotion: Int) -> String { emotion > 0 ? "+\(emotion)" : "\(emotion)" }

  /// A mean emotion, to two decimals.
  static func meanEmotion(_ mean: Double) -> String { signed(mean) }

  /// Reach as a share of customers: `45%`, or `unknown`.
  /// A friction point's reach, or the volume by contacts that stands in for it when a theme links
  /// it: "84% by contacts (reach 35%)".
  static func reach(of entry: FrictionRanking.Entry) -> String {
    guard let volume = entry.contactVolume else { return reach(entry.reach) }
    return "\(volume.compactText(digits: 0))% by contacts (reach \(reach(entry.reach)))"
  }

  static func reach(_ reach: Double?) -> String {
    guard let reach, reach.isFinite else { return "unknown" }
    return reach.compactText + "%"
  }

  /// One mark per week, scaled between the lowest and highest value, as the screens draw it
  /// (ScreenKit's `Sparkline`); `·` where a week has no value.
  static func sparkline(_ values: [Double?]) -> String {
    Sparkline(values: values).glyphs(width: values.count, gap: "·")
  }

  /// The name of a metric, or its id marked as missing when the scorecard does not have it.
  static func metricName(_ id: MetricID, in workspace: Workspace) -> Markdown {
    if let metric = workspace.scorecard[id] { return "\(metric.name)" }
    return "\(id.rawValue) (not in the scorecard)"
  }

  /// A person or team, or a visible gap when nobody is named.
  static func owner(_ name: String) -> Markdown {
    name.isBlank ? "*nobody*" : "\(name)"
  }

  /// One line of plain text, for titles: control characters cleaned, line breaks as spaces.
  static func plain(_ text: String) -> String {
    MarkdownText.clean(text).split(separator: "\n").map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}
