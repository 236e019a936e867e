/// Checks that bytes are well-formed UTF-8 (Unicode table 3-7) before parsing, so a file saved
/// in another encoding is reported at its first bad byte instead of producing garbled text.
enum UTF8Validation {
  static func validate(_ bytes: [UInt8]) throws(JSONSyntaxError) {
    var index = 0
    var line = 1
    var column = 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
          line += 1
          column = 1
        } else {
          column += 1
        }
        continue
      }
      guard let length = sequenceLength(bytes, at: index) else {
        let hex = String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        throw JSONSyntaxError(
          "the file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8",
          at: SourceLocation(line: line, column: column))
      }
      index += length
      column += 1
    }
  }

  /// The length of the well-formed sequence starting at `index`, or nil.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let lead = bytes[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: return nil
    }
    guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return nil }
    return length
  }
}
