/// Writing numbers as canonical JSON text, and reading integers out of it.
enum JSONNumberText {
  /// The shortest text that reads back as `value`: no decimal point for whole numbers below 10^15,
  /// otherwise Swift's shortest round-trip form with a tidy exponent (`1e-7`, `2.5e20`).
  /// Nil for NaN and infinity, which JSON cannot hold.
  static func text(for value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value == value.rounded(.towardZero) && abs(value) < 1e15 {
      return String(Int64(value))
    }
    let described = value.description
    guard let e = described.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      return described.hasSuffix(".0") ? String(described.dropLast(2)) : described
    }
    var mantissa = String(described[..<e])
    if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
    var exponent = described[described.index(after: e)...]
    var negative = false
    if exponent.first == "+" || exponent.first == "-" {
      negative = exponent.first == "-"
      exponent = exponent.dropFirst()
    }
    let digits = exponent.drop { $0 == "0" }
    return mantissa + "e" + (negative ? "-" : "") + (digits.isEmpty ? "0" : String(digits))
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
