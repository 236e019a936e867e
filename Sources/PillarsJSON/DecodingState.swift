/// What all decoders of one document share: the warnings found so far.
final class DecodingState {
  let ignoredRootKeys: Set<String>
  var warnings: [JSONDiagnostic] = []
  private var reported: Set<ValuePath> = []

  init(ignoredRootKeys: Set<String>) { self.ignoredRootKeys = ignoredRootKeys }

  func reportUnknownKeys<Key: CodingKey>(of members: [JSONMember], at path: ValuePath, knownAs: Key.Type) {
    for member in members where Key(stringValue: member.key) == nil {
      if path.isRoot && ignoredRootKeys.contains(member.key) { continue }
      let memberPath = path.appending(member.key)
      guard reported.insert(memberPath).inserted else { continue }
      warnings.append(
        JSONDiagnostic(
          "unknown field \"\(member.key)\" is ignored and will not be kept when Pillars saves this file",
          at: memberPath, location: member.keyLocation ?? member.value.location))
    }
  }
}
