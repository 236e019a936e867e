/// What all decoders of one document share: the warnings found so far.
final class DecodingState {
  let ignoredRootKeys: Set<String>
  var warnings: [JSONDiagnostic] = []
  private var reported: Set<ValuePath> = []
  /// The allowed values of each type asked about, so the dynamic cast runs once per type.
  private var enumerations: [ObjectIdentifier: [String]?] = [:]

  init(ignoredRootKeys: Set<String>) { self.ignoredRootKeys = ignoredRootKeys }

  /// The raw values of a string enumeration, or nil for any other type.
  func allowedValues(of type: Any.Type) -> [String]? {
    let id = ObjectIdentifier(type)
    if let known = enumerations[id] { return known }
    let found = StringEnumeration.allowedValues(of: type)
    enumerations[id] = .some(found)
    return found
  }

  func reportUnknownKeys<Key: CodingKey>(of members: [JSONMember], in decoder: TreeDecoder, knownAs: Key.Type) {
    for member in members where Key(stringValue: member.key) == nil {
      if decoder.isRoot && ignoredRootKeys.contains(member.key) { continue }
      let memberPath = decoder.path.appending(member.key)
      guard reported.insert(memberPath).inserted else { continue }
      warnings.append(
        JSONDiagnostic(
          "unknown field \"\(member.key)\" is ignored and will not be kept when Pillars saves this file",
          at: memberPath, location: member.keyLocation ?? member.value.location))
    }
  }
}
