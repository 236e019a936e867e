/// How a metric's value reads with its unit, the same on every screen, page and command:
/// `42%`, `0.7 h`, `15800 EUR`; a plain `score` needs no unit.
public enum MetricValueText {
  public static func text(_ value: Double, unit: String, digits: Int = 2) -> String {
    let number = value.compactText(digits: digits)
    return number + suffix(counted(unit, by: number))
  }

  /// A difference between two values: for a percentage, percentage points (`2 pp`, since 40% to
  /// 42% is not a rise of 2%); otherwise as a value reads.
  public static func difference(_ value: Double, unit: String, digits: Int = 2) -> String {
    guard unit.trimmingWhitespace == "%" else { return text(value, unit: unit, digits: digits) }
    return value.compactText(digits: digits) + " pp"
  }

  /// The unit as the number says it: `1 day`, `2 days`, `1 hour`. Only a unit of one word is
  /// turned, and a singular only into the plural of the units of time.
  static func counted(_ unit: String, by number: String) -> String {
    let word = unit.trimmingWhitespace
    guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return unit }
    let one = number == "1" || number == "-1"
    let lower = word.lowercased()
    if one, lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss") { return String(word.dropLast()) }
    if !one, timeUnits.contains(lower) { return word + "s" }
    return unit
  }

  private static let timeUnits: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year"]

  /// What follows the number: `%`, ` h`, or nothing.
  public static func suffix(_ unit: String) -> String {
    let unit = unit.trimmingWhitespace
    if unit.isEmpty || unit.lowercased() == "score" { return "" }
    return unit == "%" ? "%" : " " + unit
  }
}
