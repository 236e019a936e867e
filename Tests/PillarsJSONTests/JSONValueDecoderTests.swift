import PillarsJSON
import Testing

/// Small stand-ins for the domain's documents, decoded the way the domain decodes.
private enum Keeping: String, Codable, CaseIterable {
  case kept
  case atRisk = "at-risk"
  case broken
  case notApplicable = "not-applicable"
}

private struct Week: Codable, Equatable {
  var text: String

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard text.count == 8, text.dropFirst(4).hasPrefix("-W") else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected an ISO week written YYYY-Www, found \"\(text)\"")
    }
    self.text = text
  }
}

private struct Touch: Decodable, Equatable {
  var name: String
  var emotion: Int
  var promise: Keeping
  var reach: Double?
}

private struct Stage: Decodable, Equatable {
  var name: String
  var touchpoints: [Touch]
}

private struct Journey: Decodable, Equatable {
  var stages: [Stage]
  var week: Week?
  var notes: [String: String]?
}

/// A type whose own initializer rejects one of its fields.
private struct Range: Decodable {
  var low: Int
  var high: Int

  enum CodingKeys: String, CodingKey { case low, high }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    low = try c.decode(Int.self, forKey: .low)
    high = try c.decode(Int.self, forKey: .high)
    guard high >= low else {
      throw DecodingError.dataCorruptedError(forKey: .high, in: c, debugDescription: "must not be below low")
    }
  }
}

/// A type that reads one field through a nested container, and rejects it there.
private struct Window: Decodable {
  var span: Int

  enum CodingKeys: String, CodingKey { case bounds }
  enum BoundKeys: String, CodingKey { case from, to }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let bounds = try c.nestedContainer(keyedBy: BoundKeys.self, forKey: .bounds)
    let from = try bounds.decode(Int.self, forKey: .from)
    let to = try bounds.decode(Int.self, forKey: .to)
    guard to >= from else {
      throw DecodingError.dataCorruptedError(forKey: .to, in: bounds, debugDescription: "must not end before it starts")
    }
    span = to - from
  }
}

@Suite("Decoding with paths and positions")
struct JSONValueDecoderTests {
  private func failure<T: Decodable>(_ type: T.Type, _ text: String) throws -> JSONDiagnostic? {
    let tree = try parse(text)
    do {
      _ = try JSONValueDecoder().decode(type, from: tree)
      return nil
    } catch {
      return error
    }
  }

  private static let journey = """
    {
      "stages": [
        {
          "name": "Onboarding",
          "touchpoints": [
            {"name": "Welcome mail", "emotion": 1, "promise": "kept"},
            {"name": "First call", "emotion": EMOTION, "promise": PROMISE, "reach": REACH}
          ]
        }
      ]
    }
    """

  private func journey(emotion: String = "0", promise: String = "\"kept\"", reach: String = "12.5") -> String {
    JSONValueDecoderTests.journey
      .replacing("EMOTION", with: emotion)
      .replacing("PROMISE", with: promise)
      .replacing("REACH", with: reach)
  }

  @Test("a well-formed document decodes")
  func decodes() throws {
    let decoded = try JSONValueDecoder().decode(Journey.self, from: try parse(journey()))
    #expect(decoded.value.stages[0].touchpoints[1] == Touch(name: "First call", emotion: 0, promise: .kept, reach: 12.5))
    #expect(decoded.warnings.isEmpty)
  }

  @Test("a value of the wrong type names its path and position")
  func wrongType() throws {
    #expect(
      try failure(Journey.self, journey(emotion: "\"abc\""))
        == JSONDiagnostic(
          "expected a whole number, found \"abc\"", at: ["stages", 0, "touchpoints", 1, "emotion"],
          location: at(7, 43)))
    #expect(
      try failure(Journey.self, journey(reach: "\"abc\""))?.description
        == "7:74: stages[0].touchpoints[1].reach: expected a number, found \"abc\"")
    #expect(
      try failure(Journey.self, #"{"stages": {"name": "x"}}"#)?.description
        == "1:12: stages: expected an array, found an object")
  }

  @Test("counts by name decode as the standard library decodes them, and a count that is not one is named")
  func countsByName() throws {
    struct Week: Decodable, Equatable {
      var channels: [String: Int]
      var segments: [String: Int]?
    }
    let week = try JSONValueDecoder().decode(Week.self, from: try parse(#"{"channels": {"chat": 3, "e-mail": 0, "phone": -2}, "segments": {}}"#))
    #expect(week.value == Week(channels: ["chat": 3, "e-mail": 0, "phone": -2], segments: [:]))
    // Not whole numbers: the general path decodes what it can and words the error at the member.
    let wrong = try failure(Week.self, #"{"channels": {"chat": 3, "phone": "two"}}"#)?.description
    #expect(wrong == #"1:35: channels.phone: expected a whole number, found "two""#)
    #expect(try failure(Week.self, #"{"channels": [1, 2]}"#)?.description == "1:14: channels: expected an object, found an array")
    #expect(try JSONValueDecoder().decode(Week.self, from: try parse(#"{"channels": {"a": 1e2}}"#)).value.channels == ["a": 100])
  }

  @Test("a value deep in the document is named by its whole path")
  func deepPath() throws {
    let stage = #"{"name": "S", "touchpoints": [{"name": "T", "emotion": 0, "promise": "kept"}]}"#
    let bad = #"{"name": "S", "touchpoints": [{"name": "T", "emotion": "low", "promise": "kept"}]}"#
    let text = "{\"stages\": [\n" + [stage, stage, bad].joined(separator: ",\n") + "\n]}"
    #expect(
      try failure(Journey.self, text)?.description
        == "4:56: stages[2].touchpoints[0].emotion: expected a whole number, found \"low\"")
  }

  @Test("an error a type raises in a nested container lands on the value it names")
  func nestedContainerError() throws {
    let text = #"[{"bounds": {"from": 1, "to": 2}}, {"bounds": {"from": 5, "to": 3}}]"#
    #expect(
      try failure([Window].self, text)
        == JSONDiagnostic("must not end before it starts", at: [1, "bounds", "to"], location: at(1, 65)))
  }

  @Test("large objects find their keys and report the unknown ones")
  func largeObjects() throws {
    let notes = (1...40).map { "\"metric-\($0)\": \"note \($0)\"" }.joined(separator: ", ")
    let touchpoint = (1...20).map { "\"extra\($0)\": \($0)" }.joined(separator: ", ")
    let text = #"{"stages": [{"name": "S", "touchpoints": [{"# + touchpoint
      + #", "name": "T", "emotion": 1, "promise": "broken"}]}], "notes": {"# + notes + "}}"
    let decoded = try JSONValueDecoder().decode(Journey.self, from: try parse(text))
    #expect(decoded.value.notes?.count == 40)
    #expect(decoded.value.notes?["metric-33"] == "note 33")
    #expect(decoded.value.stages[0].touchpoints == [Touch(name: "T", emotion: 1, promise: .broken)])
    #expect(decoded.warnings.count == 20)
    #expect(decoded.warnings.first?.path.description == "stages[0].touchpoints[0].extra1")
    let missing = #"{"stages": [{"name": "S", "touchpoints": [{"# + touchpoint + #", "name": "T", "emotion": 1}]}]}"#
    #expect(
      try failure(Journey.self, missing)?.description
        == "1:43: stages[0].touchpoints[0]: missing required field \"promise\"")
  }

  @Test("a missing field points at the object that lacks it")
  func missingField() throws {
    let text = "{\"stages\": [\n  {\"touchpoints\": []}\n]}"
    #expect(
      try failure(Journey.self, text)
        == JSONDiagnostic("missing required field \"name\"", at: ["stages", 0], location: at(2, 3)))
  }

  @Test("an unknown enumeration value lists the values allowed")
  func unknownEnumValue() throws {
    #expect(
      try failure(Journey.self, journey(promise: "\"sometimes\""))?.description
        == "7:57: stages[0].touchpoints[1].promise: \"sometimes\" is not one of: kept, at-risk, broken, not-applicable")
    #expect(
      try failure(Journey.self, journey(promise: "3"))?.message
        == "expected one of: kept, at-risk, broken, not-applicable; found 3")
  }

  @Test("whole numbers refuse fractions and numbers too large, and accept 2.0")
  func wholeNumbers() throws {
    #expect(try failure(Journey.self, journey(emotion: "1.5"))?.message == "expected a whole number, found 1.5")
    #expect(
      try failure(Journey.self, journey(emotion: "99999999999999999999"))?.message
        == "number too large: 99999999999999999999")
    #expect(try failure(Journey.self, journey(emotion: "-1e30"))?.message == "number too small: -1e30")
    #expect(try failure(Journey.self, journey(reach: "1e400"))?.message == "number too large: 1e400")
    let decoded = try JSONValueDecoder().decode(Journey.self, from: try parse(journey(emotion: "2.0", reach: "1e2")))
    #expect(decoded.value.stages[0].touchpoints[1].emotion == 2)
    #expect(decoded.value.stages[0].touchpoints[1].reach == 100)
    #expect(try failure(UInt8.self, "-1")?.message == "expected a whole number of 0 or more, found -1")
    #expect(try failure(Int8.self, "300")?.message == "number too large: 300")
  }

  @Test("decimals read exactly as the standard library reads them, to the last bit")
  func decimalsReadExactly() throws {
    var texts = [
      "0", "-0", "0.0", "-0.0", "107.7", "0.1", "0.3", "-3", "1e2", "2.5E-3", "123456789012345",
      "999999999999999", "1234567890123456", "0.000000000000001", "12345678.9012345", "4.35", "9007199254740993",
    ]
    // A fixed pseudo-random spread of mantissas and decimal points, up to 17 digits.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let digits = String(seed >> 7).prefix(Int(seed % 17) + 1)
      let point = Int(seed >> 59) % (digits.count + 1)
      let text = point == digits.count ? String(digits) : digits.prefix(point) + "." + digits.dropFirst(point)
      texts.append((seed & 1 == 0 ? "-" : "") + (text.hasPrefix(".") ? "0" + text : text))
    }
    struct Reading: Decodable { var value: Double }
    let array = "[" + texts.map { "{\"value\": \($0)}" }.joined(separator: ",") + "]"
    let decoded = try JSONValueDecoder().decode([Reading].self, from: try parse(array))
    #expect(decoded.value.count == texts.count)
    for (text, reading) in zip(texts, decoded.value) {
      #expect(reading.value.bitPattern == Double(text)?.bitPattern, "\(text)")
    }
  }

  @Test("errors from a type's own initializer keep their message and gain a path and position")
  func customInitializerErrors() throws {
    #expect(
      try failure(Journey.self, "{\"stages\": [],\n \"week\": \"2026-7\"}")
        == JSONDiagnostic(
          "expected an ISO week written YYYY-Www, found \"2026-7\"", at: ["week"], location: at(2, 10)))
    #expect(
      try failure([Range].self, "[{\"low\": 1, \"high\": 2}, {\"low\": 5, \"high\": 3}]")
        == JSONDiagnostic("must not be below low", at: [1, "high"], location: at(1, 44)))
  }

  @Test("null is a missing optional, but not a missing required value")
  func nulls() throws {
    let decoded = try JSONValueDecoder().decode(Journey.self, from: try parse(journey(reach: "null")))
    #expect(decoded.value.stages[0].touchpoints[1].reach == nil)
    #expect(try failure(Journey.self, journey(emotion: "null"))?.message == "expected a whole number, found null")
  }

  @Test("unknown fields are warnings with their position; expected root keys are not")
  func unknownFields() throws {
    let text = """
      {
        "$schema": "journey.schema.json",
        "colour": "blue",
        "stages": [{"name": "A", "touchpoints": [], "gaol": "typo"}],
        "notes": {"anything": "goes"}
      }
      """
    let decoder = JSONValueDecoder(ignoredRootKeys: ["$schema"])
    let decoded = try decoder.decode(Journey.self, from: try parse(text))
    #expect(
      decoded.warnings == [
        JSONDiagnostic(
          "unknown field \"colour\" is ignored and will not be kept when Pillars saves this file", at: ["colour"],
          location: at(3, 3)),
        JSONDiagnostic(
          "unknown field \"gaol\" is ignored and will not be kept when Pillars saves this file",
          at: ["stages", 0, "gaol"], location: at(4, 47)),
      ])
    #expect(decoded.value.notes == ["anything": "goes"])
    let strict = try JSONValueDecoder().decode(Journey.self, from: try parse(text))
    #expect(strict.warnings.map(\.path.description) == ["$schema", "colour", "stages[0].gaol"])
  }
}

extension ValuePath.Component: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  public init(stringLiteral value: String) { self = .key(value) }
  public init(integerLiteral value: Int) { self = .index(value) }
}
