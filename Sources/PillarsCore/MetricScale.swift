/// The lowest and highest value a metric can take: CSAT runs from 1 to 5, a share from 0 to 100.
/// A value outside it cannot be true, so it is refused wherever values enter.
public struct MetricScale: Equatable, Sendable, Codable, CustomStringConvertible {
  public var lowest: Double
  public var highest: Double

  public init(lowest: Double, highest: Double) {
    self.lowest = lowest
    self.highest = highest
  }

  enum CodingKeys: String, CodingKey { case lowest, highest }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    lowest = try c.decode(.lowest, in: NumberBounds.metricValues)
    highest = try c.decode(.highest, in: NumberBounds.metricValues)
    guard lowest < highest else {
      throw DecodingError.dataCorruptedError(
        forKey: .highest, in: c,
        debugDescription: "must be above lowest (\(lowest.compactText(digits: 6))), found \(highest.compactText(digits: 6))")
    }
  }

  public func contains(_ value: Double) -> Bool { lowest <= value && value <= highest }

  /// `1 to 5`.
  public var description: String { "\(lowest.compactText(digits: 6)) to \(highest.compactText(digits: 6))" }

  /// Reads a scale as people type it: `1 to 5`, `0..100`; nil when it is not one.
  public init?(text: String) {
    let separators = [" to ", "..", "–", "—"]
    guard let separator = separators.first(where: { text.contains($0) }) else { return nil }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
    guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low.isFinite, high.isFinite,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) } })
    else { return nil }
    self.init(lowest: low, highest: high)
  }
}
