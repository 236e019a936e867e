/// The ranges every number of a document is checked against when it is read.
///
/// A number outside its range makes the document fail to load with the reason at its line and
/// column, so nothing downstream (the checks, the screens, the export) ever does arithmetic on a
/// value the model cannot hold: no overflow, no `Int` of an infinite or NaN `Double`.
public enum NumberBounds {
  /// Metric values, targets, warning thresholds and scale limits: at most 10^15 either side of
  /// zero. Large enough for any revenue in cents, small enough that differences, means and chart
  /// positions stay exact and finite.
  public static let metricValueLimit = 1e15
  public static let metricValues = -metricValueLimit...metricValueLimit

  /// How a range reads in a message: `-2 and 2`, `-1e15 and 1e15`.
  static func describe(_ range: ClosedRange<Double>) -> String {
    "\(text(range.lowerBound)) and \(text(range.upperBound))"
  }

  /// A bound or an offending value as written: `100`, `1e15`, `1e+308`.
  static func text(_ value: Double) -> String {
    if abs(value) == metricValueLimit { return value < 0 ? "-1e15" : "1e15" }
    return value.compactText(digits: 6)
  }
}

extension KeyedDecodingContainer {
  /// A whole number that must lie in `range`; `fallback` when absent.
  func decode(_ key: Key, in range: ClosedRange<Int>, or fallback: Int) throws -> Int {
    try checked(try decode(key, or: fallback), key, range)
  }

  /// A whole number that must be present and lie in `range`.
  func decode(_ key: Key, in range: ClosedRange<Int>) throws -> Int {
    try checked(try decode(Int.self, forKey: key), key, range)
  }

  private func checked(_ value: Int, _ key: Key, _ range: ClosedRange<Int>) throws -> Int {
    guard range.contains(value) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription: "must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
    }
    return value
  }

  /// A number that must lie in `range`, or nil when absent.
  func decodeIfPresent(_ key: Key, in range: ClosedRange<Double>, meaning: String = "") throws -> Double? {
    guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
    return try checked(value, key, range, meaning)
  }

  /// A number that must be present and lie in `range`.
  func decode(_ key: Key, in range: ClosedRange<Double>, meaning: String = "") throws -> Double {
    try checked(try decode(Double.self, forKey: key), key, range, meaning)
  }

  private func checked(_ value: Double, _ key: Key, _ range: ClosedRange<Double>, _ meaning: String) throws -> Double {
    guard value.isFinite, range.contains(value) else {
      let what = meaning.isEmpty ? "" : " (\(meaning))"
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription: "must be between \(NumberBounds.describe(range))\(what), found \(NumberBounds.text(value))")
    }
    return value
  }
}
