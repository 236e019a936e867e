extension SignalFilter {
  /// A channel as the import keeps it: the helpdesks' "Email" and " email " are one channel.
  public static func channel(named name: String) -> SignalFilter { .channel(SignalTagMap.normalise(name)) }

  /// A segment named by its id or, ignoring case, its name; nil when the workspace has no such segment.
  public static func segment(named name: String, in workspace: Workspace) -> SignalFilter? {
    let wanted = name.trimmingWhitespace
    if workspace.segments[SegmentID(wanted)] != nil { return .segment(wanted) }
    let lower = wanted.lowercased()
    return workspace.segments.segments.first { $0.name.lowercased() == lower }.map { .segment($0.id.rawValue) }
  }

  /// The channels the themes' counts hold, in alphabetical order.
  public static func channels(in themes: [SignalTheme]) -> [String] {
    var seen: Set<String> = []
    for theme in themes {
      for entry in theme.weeks { seen.formUnion(entry.channels.keys) }
    }
    return seen.sorted()
  }

  /// What a ranking can count: all contacts, each segment of the workspace, each channel seen.
  public static func choices(in workspace: Workspace) -> [SignalFilter] {
    [.all] + workspace.segments.segments.map { .segment($0.id.rawValue) } + channels(in: workspace.signalThemes).map { .channel($0) }
  }

  /// "segment: Busy clinics", "channel: email", "all contacts": a segment by its name.
  public func title(in workspace: Workspace) -> String {
    switch self {
    case .all: "all contacts"
    case .channel(let channel): "channel: \(channel)"
    case .segment(let segment): "segment: \(workspace.segments[SegmentID(segment)]?.name ?? segment)"
    }
  }
}
