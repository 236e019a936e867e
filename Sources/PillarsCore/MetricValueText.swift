/// How a metric's value reads with its unit, the same on every screen, page and command:
/// `42%`, `0.7 h`, `15800 EUR`; a plain `score` needs no unit.
public enum MetricValueText {
  public static func text(_ value: Double, unit: String, digits: Int = 2) -> String {
    value.compactText(digits: digits) + suffix(unit)
  }

  /// What follows the number: `%`, ` h`, or nothing.
  public static func suffix(_ unit: String) -> String {
    let unit = unit.trimmingWhitespace
    if unit.isEmpty || unit.lowercased() == "score" { return "" }
    return unit == "%" ? "%" : " " + unit
  }
}
