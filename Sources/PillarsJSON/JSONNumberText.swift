/// Writing numbers as canonical JSON text, and reading integers out of it.
enum JSONNumberText {
  /// The shortest text that reads back as `value`: no decimal point for whole numbers below 10^15,
  /// otherwise Swift's shortest round-trip form with a tidy exponent (`1e-7`, `2.5e20`).
  /// Nil for NaN and infinity, which JSON cannot hold.
  static func text(for value: Double) -> String? {
    var bytes: [UInt8] = []
    guard append(value, to: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the text ``text(for:)`` gives, without making a string of it: a document writer
  /// appends a million numbers. False, with nothing appended, for NaN and infinity.
  static func append(_ value: Double, to output: inout [UInt8]) -> Bool {
    guard value.isFinite else { return false }
    if value == value.rounded(.towardZero) && abs(value) < 1e15 {
      appendInteger(Int64(value), to: &output)
      return true
    }
    if appendShortDecimal(value, to: &output) { return true }
    var described = value.description
    described.withUTF8 { bytes in
      let e = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
      var end = e ?? bytes.count
      if end >= 2 && bytes[end - 2] == UInt8(ascii: ".") && bytes[end - 1] == UInt8(ascii: "0") { end -= 2 }
      output.append(contentsOf: bytes[..<end])
      guard let e else { return }
      output.append(UInt8(ascii: "e"))
      var index = e + 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        if bytes[index] == UInt8(ascii: "-") { output.append(UInt8(ascii: "-")) }
        index += 1
      }
      while index < bytes.count && bytes[index] == UInt8(ascii: "0") { index += 1 }
      if index == bytes.count { output.append(UInt8(ascii: "0")) } else { output.append(contentsOf: bytes[index...]) }
    }
    return true
  }

  /// Appends `value` as a decimal of at most 15 significant digits when one reads back as it,
  /// the usual case for values people type; false, with nothing appended, otherwise.
  ///
  /// Up to 15 significant digits, at most one decimal with a given number of fraction digits
  /// reads back as `value`, so the one with the fewest is the shortest there is: the digits
  /// `description` gives, found without its general algorithm. `value * 10^k` is off by less than
  /// a quarter from that decimal's digits, so rounding it finds them.
  private static func appendShortDecimal(_ value: Double, to output: inout [UInt8]) -> Bool {
    let magnitude = abs(value)
    // Outside these bounds `description` may use an exponent.
    guard magnitude >= 1e-3, magnitude < 1e15 else { return false }
    var wholeDigits = 0
    while wholeDigits < 15 && exactPowersOfTen[wholeDigits] <= magnitude { wholeDigits += 1 }
    guard wholeDigits < 15 else { return false }
    for fractionDigits in 1...(15 - wholeDigits) {
      let scale = exactPowersOfTen[fractionDigits]
      let digits = (magnitude * scale).rounded()
      guard Double(digits) / scale == magnitude else { continue }
      let whole = UInt64(digits) / UInt64(scale), fraction = UInt64(digits) % UInt64(scale)
      if value < 0 { output.append(UInt8(ascii: "-")) }
      appendInteger(Int64(whole), to: &output)
      output.append(UInt8(ascii: "."))
      var divisor = UInt64(scale) / 10
      while divisor > 0 {
        output.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
        divisor /= 10
      }
      return true
    }
    return false
  }

  /// The decimal digits of `value`, with a minus sign when it is negative.
  private static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
    if value < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        count += 1
        buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      output.append(contentsOf: buffer[(buffer.count - count)...])
    }
  }

  /// The canonical form of number text read from a file; nil when it does not fit a double.
  /// Integers keep their digits, however long, so nothing is rounded away.
  static func canonical(_ text: String) -> String? {
    if isInteger(text) {
      if let value = Int64(text) { return String(value) }
      return isWellFormed(text) ? text : nil
    }
    // Text this type wrote is already canonical: the common case, checked without the grammar.
    if let value = Double(text), let written = self.text(for: value), written == text { return text }
    guard isWellFormed(text), let value = Double(text) else { return nil }
    return self.text(for: value)
  }

  /// Whether the text has no fraction and no exponent.
  static func isInteger(_ text: String) -> Bool {
    !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
  }

  /// Whether the text follows JSON's number grammar.
  static func isWellFormed(_ text: String) -> Bool {
    var parser = JSONParser(Array(text.utf8))
    guard let first = parser.peek, first == UInt8(ascii: "-") || first.isDigit else { return false }
    do {
      _ = try parser.parseNumber()
    } catch {
      return false
    }
    return parser.isAtEnd
  }
}
