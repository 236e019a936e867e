extension JSONNumberText {
  /// The powers of ten from 10^0 to 10^22, all of which a `Double` holds exactly.
  static let exactPowersOfTen: [Double] = {
    var powers: [Double] = [1]
    for _ in 1...22 { powers.append(powers[powers.count - 1] * 10) }
    return powers
  }()

  /// The number `text` stands for, exactly as `Double(text)` reads it, but quicker for the
  /// plain decimals documents are full of (`107.7`, `-3`, `0.25`).
  ///
  /// A decimal of at most 15 digits is a whole number below 2^53 divided by an exact power of
  /// ten, and IEEE division rounds that correctly; any other text goes to the standard library.
  static func double(_ text: String) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var negative = false
    var afterPoint = false
    var atStart = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "-") where atStart:
        negative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        digits += 1
        if afterPoint { fractionDigits += 1 }
        if digits > 15 { return Double(text) }
      case UInt8(ascii: ".") where !afterPoint:
        afterPoint = true
      default:
        return Double(text)
      }
      atStart = false
    }
    guard digits > 0 else { return Double(text) }
    let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
    return negative ? -magnitude : magnitude
  }
}
