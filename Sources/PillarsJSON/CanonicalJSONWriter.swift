/// Writes JSON in the one canonical form Pillars keeps its files in, so that saving an
/// unchanged document gives the same bytes and a change shows as a small diff.
///
/// The form: keys sorted by their UTF-8 bytes, two spaces of indentation per level, one
/// member or element per line, `"key": value`, `[]` and `{}` for empty containers, a
/// newline at the end. Strings escape only `"`, `\`, control characters and U+2028/U+2029;
/// other text stays as UTF-8. Numbers are written in their shortest form and whole
/// numbers without a decimal point; NaN and infinity are refused.
public enum CanonicalJSONWriter {
  public static func write(_ value: JSONValue) throws(JSONDiagnostic) -> [UInt8] {
    var output: [UInt8] = []
    var path: [ValuePath.Component] = []
    try write(value, indent: 0, path: &path, into: &output)
    output.append(UInt8(ascii: "\n"))
    return output
  }

  private static func write(
    _ value: JSONValue, indent: Int, path: inout [ValuePath.Component], into output: inout [UInt8]
  ) throws(JSONDiagnostic) {
    switch value.content {
    case .null: output.append(contentsOf: Array("null".utf8))
    case .bool(let flag): output.append(contentsOf: Array((flag ? "true" : "false").utf8))
    case .number(let text):
      guard let canonical = JSONNumberText.canonical(text) else {
        throw JSONDiagnostic("\(text) cannot be written in JSON; only finite numbers can", at: ValuePath(path))
      }
      output.append(contentsOf: Array(canonical.utf8))
    case .string(let text): writeString(text, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append(contentsOf: Array("[]".utf8)) }
      output.append(contentsOf: Array("[\n".utf8))
      for (index, element) in elements.enumerated() {
        writeIndent(indent + 1, into: &output)
        path.append(.index(index))
        try write(element, indent: indent + 1, path: &path, into: &output)
        path.removeLast()
        if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      writeIndent(indent, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: Array("{}".utf8)) }
      output.append(contentsOf: Array("{\n".utf8))
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (index, member) in sorted.enumerated() {
        writeIndent(indent + 1, into: &output)
        writeString(member.key, into: &output)
        output.append(contentsOf: Array(": ".utf8))
        path.append(.key(member.key))
        try write(member.value, indent: indent + 1, path: &path, into: &output)
        path.removeLast()
        if index < sorted.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
      }
      writeIndent(indent, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func writeIndent(_ level: Int, into output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
  }

  private static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append(contentsOf: Array("\\\"".utf8))
      case "\\": output.append(contentsOf: Array("\\\\".utf8))
      case "\n": output.append(contentsOf: Array("\\n".utf8))
      case "\r": output.append(contentsOf: Array("\\r".utf8))
      case "\t": output.append(contentsOf: Array("\\t".utf8))
      case "\u{08}": output.append(contentsOf: Array("\\b".utf8))
      case "\u{0C}": output.append(contentsOf: Array("\\f".utf8))
      case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16).leftPadded(to: 4)
        output.append(contentsOf: Array("\\u\(hex)".utf8))
      default:
        output.append(contentsOf: Array(String(scalar).utf8))
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
