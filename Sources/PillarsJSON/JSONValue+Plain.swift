/// The primitives a decoder reads in place, without a decoder of their own.
///
/// Each answers nil when the value is not a well-formed one of its kind, so the caller
/// can fall back to the general path that words the error.
extension JSONValue {
  var isNull: Bool {
    if case .null = content { return true }
    return false
  }

  var isString: Bool {
    if case .string = content { return true }
    return false
  }

  var plainBool: Bool? {
    if case .bool(let flag) = content { return flag }
    return nil
  }

  var plainString: String? {
    if case .string(let text) = content { return text }
    return nil
  }

  /// The number when it is finite as a `Double`, as `TreeDecoder.decodeFloat` accepts it.
  var plainDouble: Double? {
    guard case .number(let text) = content, let value = JSONNumberText.double(text), value.isFinite else { return nil }
    return value
  }

  /// The number when it is written as an `Int`, the first thing `TreeDecoder.decodeInteger` tries.
  var plainInt: Int? {
    guard case .number(let text) = content else { return nil }
    return Int(text)
  }

  /// The object as a map of names to whole numbers (counts by channel, by segment), when every
  /// member is written as an `Int`.
  var plainCounts: [String: Int]? {
    guard case .object(let members) = content else { return nil }
    var counts = [String: Int](minimumCapacity: members.count)
    for member in members {
      guard let value = member.value.plainInt else { return nil }
      counts[member.key] = value
    }
    return counts
  }
}
