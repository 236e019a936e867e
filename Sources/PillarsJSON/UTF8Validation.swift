/// Checks that bytes are well-formed UTF-8 (Unicode table 3-7) before parsing, so a file saved
/// in another encoding is reported at its first bad byte instead of producing garbled text.
enum UTF8Validation {
  static func validate(_ bytes: [UInt8]) throws(JSONSyntaxError) {
    guard let bad = firstInvalidIndex(in: bytes) else { return }
    let hex = String(bytes[bad], radix: 16, uppercase: true).leftPadded(to: 2)
    throw JSONSyntaxError(
      "the file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8", at: location(of: bad, in: bytes))
  }

  /// Where the first byte that does not begin a well-formed sequence is, or nil when there is none.
  /// Lines and columns are left to the error: files are valid nearly always.
  private static func firstInvalidIndex(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      let raw = UnsafeRawPointer(base)
      let asciiMask: UInt64 = 0x8080_8080_8080_8080
      var index = 0
      while index < buffer.count {
        // Eight ASCII bytes at a time: the usual content of a document.
        if index + 8 <= buffer.count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & asciiMask == 0 {
          index += 8
          continue
        }
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        guard let length = sequenceLength(buffer, at: index) else { return index }
        index += length
      }
      return nil
    }
  }

  /// The line and column of the byte at `target`, in bytes that are well-formed up to it.
  /// A line ends at LF, CR or CR LF; each scalar counts as one column.
  private static func location(of target: Int, in bytes: [UInt8]) -> SourceLocation {
    var line = 1
    var column = 1
    var index = 0
    while index < target {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  /// The length of the well-formed sequence starting at `index`, or nil.
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
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
