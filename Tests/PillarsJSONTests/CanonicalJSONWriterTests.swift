import PillarsJSON
import Testing

private struct Reading: Codable, Equatable {
  var label: String
  var value: Double
  var count: Int
  var flags: [Bool]
  var tags: [String: String]
  var missing: String?
  var nothing: [Int]
}

@Suite("The canonical writer")
struct CanonicalJSONWriterTests {
  private func written(_ value: JSONValue) throws -> String {
    String(decoding: try CanonicalJSONWriter.write(value), as: UTF8.self)
  }

  private func written<T: Encodable>(encoding value: T) throws -> String {
    try written(try JSONValueEncoder().encode(value))
  }

  @Test("sorted keys, two-space indent, one item a line, empty containers inline, newline at the end")
  func canonicalForm() throws {
    let value = try parse(#"{"zeta": [1, {"b": true, "a": null}], "alpha": {}, "beta": [], "Beta": "x"}"#)
    #expect(
      try written(value) == """
        {
          "Beta": "x",
          "alpha": {},
          "beta": [],
          "zeta": [
            1,
            {
              "a": null,
              "b": true
            }
          ]
        }

        """)
    #expect(try written(JSONValue(.array([]))) == "[]\n")
  }

  @Test("counts by name are written as any other map of names, empty ones inline")
  func countsByName() throws {
    struct Week: Encodable {
      var channels: [String: Int]
      var owners: [String: String]
      var empty: [String: Int]
    }
    let week = Week(channels: ["phone": -2, "chat": 3, "Email": 0], owners: ["phone": "Ana", "chat": "Bo"], empty: [:])
    #expect(
      try written(encoding: week) == """
        {
          "channels": {
            "Email": 0,
            "chat": 3,
            "phone": -2
          },
          "empty": {},
          "owners": {
            "chat": "Bo",
            "phone": "Ana"
          }
        }

        """)
  }

  @Test("keys sort by their UTF-8 bytes")
  func keyOrder() throws {
    let value = try parse(#"{"😀": 1, "é": 2, "z": 3, "$schema": 4, "Z": 5, "e": 6}"#)
    let keys = try written(value).split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: "\"")[1] }
    #expect(keys == ["$schema", "Z", "e", "z", "é", "😀"])
  }

  @Test("strings escape only quotes, backslashes, control characters and the line separators")
  func stringEscapes() throws {
    let text = "say \"hi\" \\ tab\tline\nret\r\u{08}\u{0C}\u{01}\u{1F} café 👍🏽 / \u{2028}\u{2029}\u{7F}"
    #expect(
      try written(JSONValue(.string(text)))
        == #""say \"hi\" \\ tab\tline\nret\r\b\f\u0001\u001f café 👍🏽 / \u2028\u2029\#u{7F}""# + "\n")
  }

  @Test(
    "doubles are written in their shortest form, whole ones without a decimal point",
    arguments: [
      (0.1, "0.1"), (1e-7, "1e-7"), (12.5, "12.5"), (100.0, "100"), (-0.0, "0"), (-3.0, "-3"),
      (1e21, "1e21"), (123456789012.0, "123456789012"), (2.5e-300, "2.5e-300"), (Double.leastNonzeroMagnitude, "5e-324"),
      (Double.greatestFiniteMagnitude, "1.7976931348623157e308"), (1.0 / 3.0, "0.3333333333333333"),
      (1e15, "1000000000000000"), (-999_999_999_999_999.0, "-999999999999999"), (1e16, "1e16"), (0.0001, "0.0001"),
      (1e-5, "1e-5"), (-4.25e-12, "-4.25e-12"),
    ])
  func doubles(value: Double, text: String) throws {
    #expect(try written(encoding: value) == text + "\n")
    let back = try JSONValueDecoder().decode(Double.self, from: try parse(text)).value
    #expect(back == value)
  }

  /// Swift's shortest round-trip text, with the canonical form's rules: whole numbers below 10^15
  /// as integers, no `.0`, a tidy exponent.
  private func described(_ value: Double) -> String {
    if value == value.rounded(.towardZero) && abs(value) < 1e15 { return String(Int64(value)) }
    let text = value.description
    let parts = text.split(separator: "e", maxSplits: 1)
    let mantissa = parts[0].hasSuffix(".0") ? String(parts[0].dropLast(2)) : String(parts[0])
    guard parts.count == 2 else { return mantissa }
    var exponent = parts[1]
    let negative = exponent.first == "-"
    if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
    let digits = exponent.drop { $0 == "0" }
    return mantissa + "e" + (negative ? "-" : "") + (digits.isEmpty ? "0" : String(digits))
  }

  @Test("seeded doubles of every shape are written as Swift's shortest text with the canonical rules")
  func seededDoubles() throws {
    var state: UInt64 = 17
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    var powers = [1.0]
    for _ in 1...22 { powers.append(powers[powers.count - 1] * 10) }
    for round in 0..<10_000 {
      let value: Double
      switch round % 4 {
      case 0:
        // A decimal as people type it: up to 17 digits, up to 18 of them after the point.
        value = Double(next() % 100_000_000_000_000_000) / powers[Int(next() % 19)]
      case 1: value = Double(bitPattern: next() << 11 | next() % 2048)
      case 2: value = Double(next() % 10_000) / 1000 * powers[Int(next() % 23)] / powers[Int(next() % 23)]
      default: value = Double(next() % 1_000_000) / 1000 + [0.001, 1e-3, 1e15, 999_999_999_999_999.9][Int(next() % 4)]
      }
      guard value.isFinite else { continue }
      for signed in [value, -value] {
        var bytes: [UInt8] = []
        #expect(CanonicalJSONWriter.appendNumber(signed, to: &bytes))
        #expect(String(decoding: bytes, as: UTF8.self) == described(signed), "\(signed.bitPattern)")
      }
    }
  }

  @Test("number text read from a file is written canonically, long integers digit for digit")
  func parsedNumbers() throws {
    let value = try parse("[1.50, 1E+2, -0, 123456789012345678901234567890, 0.000001]")
    #expect(
      try written(value) == "[\n  1.5,\n  100,\n  0,\n  123456789012345678901234567890,\n  1e-6\n]\n")
  }

  @Test("NaN and infinity are refused with the path of the value")
  func refusesNonFinite() throws {
    #expect(throws: JSONDiagnostic("nan cannot be written in JSON; only finite numbers can", at: [2, "value"])) {
      try JSONValueEncoder().encode([["value": 1.0], ["value": 2.0], ["value": Double.nan]])
    }
    #expect(throws: JSONDiagnostic("inf cannot be written in JSON; only finite numbers can", at: .root)) {
      try JSONValueEncoder().encode(Double.infinity)
    }
    #expect(throws: JSONDiagnostic("1e999 cannot be written in JSON; only finite numbers can", at: ["a"])) {
      try CanonicalJSONWriter.write(JSONValue(.object([JSONMember("a", JSONValue(.number("1e999")))])))
    }
  }

  @Test("encoding leaves out nil optionals and keeps empty arrays")
  func optionals() throws {
    let reading = Reading(label: "x", value: 1, count: 2, flags: [], tags: [:], missing: nil, nothing: [])
    #expect(
      try written(encoding: reading) == """
        {
          "count": 2,
          "flags": [],
          "label": "x",
          "nothing": [],
          "tags": {},
          "value": 1
        }

        """)
  }

  @Test("writing, reading and writing again gives the same bytes and the same value")
  func roundTrip() throws {
    let reading = Reading(
      label: "Naïve \"quote\" \\ 🚀\n\t\u{1}", value: 0.1, count: -42, flags: [true, false],
      tags: ["b": "2", "a": "1", "é": "accent"], missing: "here", nothing: [1, 2, 3])
    let first = try CanonicalJSONWriter.write(try JSONValueEncoder().encode(reading))
    let tree = try JSONParser.parse(first)
    let decoded = try JSONValueDecoder().decode(Reading.self, from: tree).value
    #expect(decoded == reading)
    #expect(try CanonicalJSONWriter.write(tree) == first)
    #expect(try CanonicalJSONWriter.write(try JSONValueEncoder().encode(decoded)) == first)
  }
}
