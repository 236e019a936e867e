import Foundation
import ScreenKit

/// JSON for other programs: pretty-printed with sorted keys, and with every control character
/// written as a `\u` escape, so the output is inert in a terminal and reads back unchanged.
enum JSONOutput {
  static func text(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// The encoder escapes C0 controls inside strings but leaves DEL, the C1 controls, the
  /// bidirectional controls and the line separators as they are; outside strings there are only
  /// spaces and line feeds, so every such scalar left is inside a string and can be escaped.
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
