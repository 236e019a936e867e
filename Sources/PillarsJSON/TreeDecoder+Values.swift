extension TreeDecoder {
  func decodeNil() -> Bool { node.content == .null }

  func decodeBool() throws -> Bool {
    guard case .bool(let flag) = node.content else { throw mismatch(expected: "true or false") }
    return flag
  }

  func decodeString() throws -> String {
    guard case .string(let text) = node.content else { throw mismatch(expected: "a string") }
    return text
  }

  func decodeFloat<F: BinaryFloatingPoint & LosslessStringConvertible>(_ type: F.Type) throws -> F {
    guard case .number(let text) = node.content else { throw mismatch(expected: "a number") }
    guard let value = F(text), value.isFinite else { throw failure("number too large: \(text)") }
    return value
  }

  /// Whole numbers: `1.0` and `1e2` are accepted, `1.5` is not, and numbers beyond the type's range are reported.
  func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    guard case .number(let text) = node.content else { throw mismatch(expected: "a whole number") }
    if let value = I(text) { return value }
    let negative = text.hasPrefix("-")
    if JSONNumberText.isInteger(text) {
      if negative && !I.isSigned { throw failure("expected a whole number of 0 or more, found \(text)") }
      throw failure(negative ? "number too small: \(text)" : "number too large: \(text)")
    }
    guard let value = Double(text), value.isFinite else { throw failure("number too large: \(text)") }
    guard value == value.rounded(.towardZero) else { throw failure("expected a whole number, found \(text)") }
    if let exact = I(exactly: value) { return exact }
    if negative && !I.isSigned { throw failure("expected a whole number of 0 or more, found \(text)") }
    throw failure(negative ? "number too small: \(text)" : "number too large: \(text)")
  }
}
