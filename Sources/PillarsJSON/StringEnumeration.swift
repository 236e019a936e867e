/// Finds the allowed raw values of string-backed enumerations, so an unknown value can be
/// answered with the list a person may choose from.
enum StringEnumeration {
  /// The raw values in declaration order, or nil when the type is not a `CaseIterable` enumeration of strings.
  static func allowedValues(of type: Any.Type) -> [String]? {
    guard let caseIterable = type as? any CaseIterable.Type else { return nil }
    return rawValues(of: caseIterable)
  }

  private static func rawValues<T: CaseIterable>(of type: T.Type) -> [String]? {
    var values: [String] = []
    for value in type.allCases {
      guard let representable = value as? any RawRepresentable, let raw = representable.rawValue as? String else {
        return nil
      }
      values.append(raw)
    }
    return values.isEmpty ? nil : values
  }
}
