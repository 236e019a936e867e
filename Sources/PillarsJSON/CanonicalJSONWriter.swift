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
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let text):
      guard let canonical = JSONNumberText.canonical(text) else {
        throw JSONDiagnostic("\(text) cannot be written in JSON; only finite numbers can", at: ValuePath(path))
      }
      output.append(contentsOf: canonical.utf8)
    case .string(let text): appendString(text, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(contentsOf: "[\n".utf8)
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
      guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(contentsOf: "{\n".utf8)
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (index, member) in sorted.enumerated() {
        writeIndent(indent + 1, into: &output)
        appendString(member.key, to: &output)
        output.append(contentsOf: ": ".utf8)
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

  /// Appends `text` as a JSON string in the canonical form, for a writer that builds a document's
  /// bytes without a tree: the UTF-8 bytes as they are, escaping only what JSON requires and the
  /// two line separators that some JavaScript readers choke on.
  public static func appendString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
        case UInt8(ascii: "\n"): output.append(contentsOf: #"\n"#.utf8)
        case UInt8(ascii: "\r"): output.append(contentsOf: #"\r"#.utf8)
        case UInt8(ascii: "\t"): output.append(contentsOf: #"\t"#.utf8)
        case 0x08: output.append(contentsOf: #"\b"#.utf8)
        case 0x0C: output.append(contentsOf: #"\f"#.utf8)
        case 0x00..<0x20: writeEscape(UInt32(byte), into: &output)
        case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] & 0xFE) == 0xA8:
          // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
          writeEscape(0x2000 | UInt32(bytes[index + 1] - 0xA8 + 0x28), into: &output)
          index += 2
        default: output.append(byte)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Appends the canonical text of `value`, as a tree holding it would be written; false, with
  /// nothing appended, for NaN and infinity.
  public static func appendNumber(_ value: Double, to output: inout [UInt8]) -> Bool {
    JSONNumberText.append(value, to: &output)
  }

  private static func writeEscape(_ scalar: UInt32, into output: inout [UInt8]) {
    output.append(contentsOf: "\\u\(String(scalar, radix: 16).leftPadded(to: 4))".utf8)
  }
}
