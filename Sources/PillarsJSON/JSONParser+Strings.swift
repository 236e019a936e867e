extension JSONParser {
  /// Reads a string from its opening quote to its closing quote, resolving escapes.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = location
    advance()
    // Most strings have no escape: they are made straight from the file's bytes, without a buffer.
    var buffer: [UInt8]?
    var runStart = index
    while true {
      guard let byte = peek else {
        throw error("the file ends inside a string (opened at line \(start.line), column \(start.column))")
      }
      switch byte {
      case UInt8(ascii: "\""):
        let text: String
        if var escaped = buffer {
          escaped.append(contentsOf: bytes[runStart..<index])
          text = String(decoding: escaped, as: UTF8.self)
        } else {
          text = self.text(runStart..<index)
        }
        advance()
        return text
      case UInt8(ascii: "\\"):
        // Taken out of the optional while it grows, so appending never copies it.
        var escaped = buffer ?? []
        buffer = nil
        escaped.append(contentsOf: bytes[runStart..<index])
        try parseEscape(into: &escaped)
        buffer = escaped
        runStart = index
      case 0..<0x20:
        throw controlCharacterError(byte)
      default:
        advance()
      }
    }
  }

  private func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
      return error("a string cannot run over the end of the line; close it with \" or write \\n for a line break")
    }
    let code = "U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4)
    let escape = byte == UInt8(ascii: "\t") ? "\\t" : "\\u" + String(byte, radix: 16).leftPadded(to: 4)
    return error("a string cannot hold the control character \(code) as it is; write it as \(escape)")
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let start = location
    advance()
    guard let byte = peek else { throw error("the file ends inside a string, after a backslash") }
    let simple: UInt8? =
      switch byte {
      case UInt8(ascii: "\""): UInt8(ascii: "\"")
      case UInt8(ascii: "\\"): UInt8(ascii: "\\")
      case UInt8(ascii: "/"): UInt8(ascii: "/")
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      advance()
      buffer.append(simple)
      return
    }
    guard byte == UInt8(ascii: "u") else {
      throw error("\\\(describeNext().trimmingQuotes) is not a valid escape; write \\\\ for a backslash", at: start)
    }
    advance()
    let first = try parseHexCode(escapeStart: start)
    let scalar: Unicode.Scalar?
    switch first {
    case 0xD800...0xDBFF:
      guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
        throw loneSurrogate(first, at: start)
      }
      let secondStart = location
      advance()
      advance()
      let second = try parseHexCode(escapeStart: secondStart)
      guard (0xDC00...0xDFFF).contains(second) else { throw loneSurrogate(first, at: start) }
      scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    case 0xDC00...0xDFFF:
      throw error(
        "\\u\(hex(first)) is the second half of a surrogate pair without its first half", at: start)
    default:
      scalar = Unicode.Scalar(first)
    }
    guard let scalar else { throw error("\\u\(hex(first)) is not a character", at: start) }
    buffer.append(contentsOf: Array(String(scalar).utf8))
  }

  private func loneSurrogate(_ code: UInt32, at start: SourceLocation) -> JSONSyntaxError {
    error(
      "\\u\(hex(code)) is the first half of a surrogate pair; it must be followed by its second half (\\uDC00 to \\uDFFF)",
      at: start)
  }

  private func hex(_ code: UInt32) -> String { String(code, radix: 16, uppercase: true).leftPadded(to: 4) }

  private mutating func parseHexCode(escapeStart: SourceLocation) throws(JSONSyntaxError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek, let digit = byte.hexDigitValue else {
        throw error("\\u must be followed by four hexadecimal digits", at: escapeStart)
      }
      code = code << 4 + UInt32(digit)
      advance()
    }
    return code
  }
}

extension UInt8 {
  var hexDigitValue: UInt8? {
    switch self {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}

extension String {
  fileprivate var trimmingQuotes: String {
    hasPrefix("\"") && hasSuffix("\"") && count >= 2 ? String(dropFirst().dropLast()) : self
  }
}
