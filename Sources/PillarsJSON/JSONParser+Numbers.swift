extension JSONParser {
  /// Reads a number and keeps its text: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = location
    let startIndex = index
    if peek == UInt8(ascii: "-") {
      advance()
      guard peek?.isDigit == true else {
        throw error("expected a digit after \"-\", found \(describeNext())")
      }
    }
    if peek == UInt8(ascii: "0"), index + 1 < bytes.count, bytes[index + 1].isDigit {
      while peek?.isDigit == true { advance() }
      let text = String(decoding: bytes[startIndex..<index], as: UTF8.self)
      throw error("numbers cannot start with a zero: found \(text)", at: start)
    }
    skipDigits()
    if peek == UInt8(ascii: ".") {
      advance()
      guard peek?.isDigit == true else {
        throw error("expected a digit after the decimal point, found \(describeNext())")
      }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      advance()
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
      guard peek?.isDigit == true else {
        throw error("expected a digit in the exponent, found \(describeNext())")
      }
      skipDigits()
    }
    return text(startIndex..<index)
  }

  private mutating func skipDigits() {
    while peek?.isDigit == true { advance() }
  }
}

extension UInt8 {
  var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
