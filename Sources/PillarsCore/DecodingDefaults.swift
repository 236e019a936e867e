extension KeyedDecodingContainer {
  /// The value under `key`, or `fallback` when the key is absent or null.
  ///
  /// Documents are edited by hand: lists and notes may be left out, while ids and
  /// names stay required so that a typo in them is reported, not silently defaulted.
  func decode<T: Decodable>(_ key: Key, or fallback: @autoclosure () -> T) throws -> T {
    try decodeIfPresent(T.self, forKey: key) ?? fallback()
  }
}
