import PillarsJSON
import ScreenKit

/// JSON for other programs, written as the documents are (the canonical writer: sorted keys,
/// two-space indent, numbers as the shortest text that reads back the same), with every control
/// character written as a `\u` escape, so the output is inert in a terminal and reads back unchanged.
enum JSONOutput {
  static func text(_ value: some Encodable) throws -> String {
    let bytes = try CanonicalJSONWriter.write(try JSONValueEncoder().encode(value))
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return escapingControls(text)
  }

  /// The writer escapes C0 controls inside strings but leaves DEL, the C1 controls and the
  /// bidirectional controls as they are; outside strings there are only spaces and line feeds,
  /// so every such scalar left is inside a string and can be escaped.
  static func escapingControls(_ json: String) -> String {
    var escaped = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if SafeText.isUnsafe(scalar) || scalar == "\t" || scalar.value == 0x2028 || scalar.value == 0x2029 {
        escaped.append(contentsOf: "\\u".unicodeScalars)
        let hex = String(scalar.value, radix: 16, uppercase: false)
        escaped.append(contentsOf: (String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
      } else {
        escaped.append(scalar)
      }
    }
    return String(escaped)
  }
}
