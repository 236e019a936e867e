import PillarsCore
import PillarsJSON

/// Writes a metric's history file straight into bytes, byte for byte what ``CanonicalJSONWriter``
/// writes of the encoder's tree: the one document that grows with the weeks, and an import
/// rewrites hundreds of them, so no tree is built.
enum HistoryWriter {
  /// The canonical bytes of `history` with its `$schema`; nil when a value is not finite, so
  /// that the general path reports it with its path.
  static func bytes(_ history: MetricHistory, schema: String) -> [UInt8]? {
    var output: [UInt8] = []
    // About 60 bytes a week: the reservation spares most of the array's regrowth.
    output.reserveCapacity(256 + history.observations.count * 64)
    // The members in the order of their keys' bytes: $schema, metric, observations, schemaVersion.
    output.append(contentsOf: "{\n  \"$schema\": ".utf8)
    CanonicalJSONWriter.appendString(schema, to: &output)
    output.append(contentsOf: ",\n  \"metric\": ".utf8)
    CanonicalJSONWriter.appendString(history.metric.rawValue, to: &output)
    output.append(contentsOf: ",\n  \"observations\": ".utf8)
    if history.observations.isEmpty {
      output.append(contentsOf: "[]".utf8)
    } else {
      output.append(contentsOf: "[\n".utf8)
      let last = history.observations.count - 1
      for (index, observation) in history.observations.enumerated() {
        // An observation's keys in order too: note, value, week.
        append("    {\n", to: &output)
        if let note = observation.note {
          append("      \"note\": ", to: &output)
          CanonicalJSONWriter.appendString(note, to: &output)
          append(",\n", to: &output)
        }
        append("      \"value\": ", to: &output)
        guard CanonicalJSONWriter.appendNumber(observation.value, to: &output) else { return nil }
        append(",\n      \"week\": ", to: &output)
        appendWeek(observation.week, to: &output)
        append(index < last ? "\n    },\n" : "\n    }\n", to: &output)
      }
      output.append(contentsOf: "  ]".utf8)
    }
    output.append(contentsOf: ",\n  \"schemaVersion\": ".utf8)
    output.append(contentsOf: String(history.schemaVersion).utf8)
    output.append(contentsOf: "\n}\n".utf8)
    return output
  }

  /// Appends constant text as one copy of its bytes.
  private static func append(_ text: StaticString, to output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  /// The week as a JSON string, `"2026-W47"`, its digits written without making a string.
  private static func appendWeek(_ week: ISOWeek, to output: inout [UInt8]) {
    guard (0...9999).contains(week.year), (0...99).contains(week.week) else {
      return CanonicalJSONWriter.appendString(week.description, to: &output)
    }
    let zero = UInt8(ascii: "0")
    output.append(UInt8(ascii: "\""))
    output.append(zero + UInt8(week.year / 1000))
    output.append(zero + UInt8(week.year / 100 % 10))
    output.append(zero + UInt8(week.year / 10 % 10))
    output.append(zero + UInt8(week.year % 10))
    output.append(contentsOf: "-W".utf8)
    output.append(zero + UInt8(week.week / 10))
    output.append(zero + UInt8(week.week % 10))
    output.append(UInt8(ascii: "\""))
  }
}
