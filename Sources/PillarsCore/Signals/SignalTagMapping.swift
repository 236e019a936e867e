/// A helpdesk tag mapped to a theme in `signal-tags.json`, as `pillars signals map` and the
/// signals pane both do it. The counts already imported stay where they are: the tag's tickets
/// are counted for the theme when the export is imported again.
public struct SignalTagMapping: Equatable, Sendable {
  /// The tag as kept: normalised (``SignalTagMap/normalise(_:)``).
  public var tag: String
  public var theme: SignalThemeID
  /// Whether the theme was made for the tag.
  public var addedTheme: Bool
  /// The tickets of the last import that carried the tag, when it was listed as unmapped.
  public var tickets: Int?
  /// The documents the mapping changed.
  public var changed: Set<DocumentRef>

  /// "The tag feature_request now counts for Feature request (a new theme); import the export
  /// again to count its 14 tickets".
  public func sentence(in workspace: Workspace) -> String {
    let name = workspace.signalTheme(theme)?.name ?? theme.rawValue
    let added = addedTheme ? " (a new theme)" : ""
    let again = tickets.map { "; import the export again to count its \(plural($0, "ticket"))" } ?? ""
    return "The tag \(tag) now counts for \(name)\(added)\(again)"
  }
}

/// Why a tag could not be mapped, in words for the user.
public struct SignalTagMappingRefusal: Error, Equatable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

extension Workspace {
  /// Maps `tag` to the theme whose id or name (ignoring case) is `theme`, adding a theme of that
  /// name when there is none, and takes the tag off the unmapped list. The counts do not move.
  public mutating func mapSignalTag(_ tag: String, toTheme theme: String) -> Result<SignalTagMapping, SignalTagMappingRefusal> {
    let key = SignalTagMap.normalise(tag)
    guard !key.isEmpty, !key.contains(where: { $0.isNewline || $0 == "," }) else {
      return .failure(SignalTagMappingRefusal("a tag is one word or phrase without commas or line breaks"))
    }
    let wanted = theme.trimmingWhitespace
    var changed: Set<DocumentRef> = [.signalTags]
    let id: SignalThemeID
    var added = false
    // An id before a name: a theme may be named what another's id is.
    if let found = signalThemes.first(where: { $0.id.rawValue == wanted })
      ?? signalThemes.first(where: { $0.name.lowercased() == wanted.lowercased() })
    {
      id = found.id
    } else {
      guard !wanted.isEmpty else { return .failure(SignalTagMappingRefusal("name the theme")) }
      guard !wanted.contains(where: \.isNewline) else { return .failure(SignalTagMappingRefusal("a theme's name is one line")) }
      id = SignalThemeID.make(from: wanted, avoiding: signalThemes.map(\.id))
      signalThemes.append(SignalTheme(id: id, name: wanted))
      signalThemes.sort { $0.id < $1.id }
      changed.insert(.signalTheme(id))
      added = true
    }
    signalTags.tags[key] = id
    let tickets = signalTags.unmapped.removeValue(forKey: key)
    return .success(SignalTagMapping(tag: key, theme: id, addedTheme: added, tickets: tickets, changed: changed))
  }
}

extension SignalTagMap {
  /// A theme's name made from a helpdesk tag: `feature_request` becomes "Feature request".
  public static func themeName(forTag tag: String) -> String {
    let words = SignalTagMap.normalise(tag).split { $0 == "_" || $0 == "-" || $0 == " " }.joined(separator: " ")
    guard let first = words.first else { return "" }
    return first.uppercased() + words.dropFirst()
  }
}
