import PillarsCore
import PillarsJSON
import Testing

@testable import PillarsStore

/// A metric's history is written straight into bytes, for speed; they must be exactly what
/// the encoder writes, or every history file would change on its next save.
@Suite struct HistoryEncodingTests {
  /// What the general path writes for a history, with its `$schema`.
  static func throughTheEncoder(_ history: MetricHistory) throws -> [UInt8] {
    let tree = try JSONValueEncoder().encode(history)
    guard case .object(var members) = tree.content else { return [] }
    members.append(JSONMember("$schema", JSONValue(.string(DocumentCodec.schemaReference(for: .history)))))
    return try CanonicalJSONWriter.write(JSONValue(.object(members)))
  }

  @Test func theDirectWriterWritesTheSameBytesAsTheEncoder() throws {
    var seeded = SeededNumbers(seed: 11)
    let specials: [Double] = [0, -0.0, 1, -1, 0.1, 4.24, 1e15, -1e15, 999_999_999_999_999, 1e-7, 2.5e-300, 123.456789012345, 1e14 + 0.5]
    let notes: [String?] = [nil, "", "after the queue fix", "line one\nline two", "tab\there", "quote \" and \\ backslash",
      "\u{1B}[2J escape", "emoji 🇪🇺 and ß", "\u{2028} separator", "\u{0}nul"]
    for round in 0..<200 {
      let count = round % 40
      let observations = (0..<count).map { index -> Observation in
        let value = index % 3 == 0 ? specials[seeded.next(below: specials.count)] : seeded.double()
        let week = ISOWeek(year: 2000 + index / 50, week: 1 + index % 50) ?? ISOWeek(year: 2020, week: 1)!
        return Observation(week: week, value: value, note: notes[seeded.next(below: notes.count)])
      }
      let history = MetricHistory(metric: MetricID("metric-\(round)"), observations: observations)
      #expect(try DocumentCodec.encode(history, kind: .history) == Self.throughTheEncoder(history), "round \(round)")
    }
  }

  @Test func aValueThatIsNotFiniteIsStillNamedByItsPath() throws {
    let history = MetricHistory(
      metric: "csat", observations: [Observation(week: ISOWeek(year: 2026, week: 1)!, value: .infinity)])
    #expect(throws: JSONDiagnostic.self) { try DocumentCodec.encode(history, kind: .history) }
  }
}

/// A small seeded generator, so the comparison covers the same values every run.
struct SeededNumbers {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
  /// Doubles of every size and sign, with two to fifteen significant digits.
  mutating func double() -> Double {
    let mantissa = Double(Int64(bitPattern: next()) % 1_000_000_000_000_000) / 1e15
    let exponent = Double(next(below: 40)) - 20
    return mantissa * pow10(exponent)
  }
  private func pow10(_ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(abs(exponent)) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }
}
