/// The channel charter as the team reads it: each channel with the team's entry beside what the
/// journeys say of it. Today's channels come first, counted from the current-state journeys only;
/// what the future-state journeys plan is kept apart on each row, never added to today's counts.
///
/// Rows: every channel today's journeys use, in journey order; then channels only a future state
/// plans; then entries no journey uses any more, in the charter's order.
public struct CharterOverview: Equatable, Sendable {
  /// Where a channel stands in the journeys.
  public enum Use: Equatable, Sendable {
    /// A current-state journey uses it.
    case today
    /// Only a future-state journey uses it: it does not exist yet.
    case plannedOnly
    /// The charter names it, but no journey uses it any more.
    case unused
  }

  public struct Row: Equatable, Sendable {
    /// The channel as the journeys (or, for an unused one, the charter) spell it.
    public var name: String
    public var use: Use
    /// What the team wrote, or nil when it has not begun this channel's entry.
    public var entry: CharterEntry?
    /// What today's journeys say of it; nil when none uses it.
    public var today: ChannelCharter.Channel?
    /// What the future-state journeys plan for it; nil when none does.
    public var planned: ChannelCharter.Channel?
  }

  public var rows: [Row]
  /// Touchpoints of today's journeys that name no channel: they cannot be chartered until they do.
  public var touchpointsWithoutChannel: Int
  /// Whether any journey is a future state, so "planned: none" can be told from "no plan yet".
  public var hasFutureState: Bool

  public init(_ workspace: Workspace) {
    let current = ChannelCharter.current(in: workspace)
    let planned = ChannelCharter.planned(in: workspace)
    let charter = workspace.charter
    var rows: [Row] = []
    var seen: Set<String> = []
    for channel in current.channels where !channel.name.isEmpty {
      seen.insert(ChannelCharter.key(channel.name))
      rows.append(Row(name: channel.name, use: .today, entry: charter[channel: channel.name], today: channel,
        planned: planned.channel(named: channel.name)))
    }
    for channel in planned.channels where !channel.name.isEmpty && !seen.contains(ChannelCharter.key(channel.name)) {
      seen.insert(ChannelCharter.key(channel.name))
      rows.append(Row(name: channel.name, use: .plannedOnly, entry: charter[channel: channel.name], today: nil, planned: channel))
    }
    for entry in charter.channels where !entry.channel.isBlank && !seen.contains(ChannelCharter.key(entry.channel)) {
      seen.insert(ChannelCharter.key(entry.channel))
      rows.append(Row(name: entry.channel.trimmingWhitespace, use: .unused, entry: entry, today: nil, planned: nil))
    }
    self.rows = rows
    touchpointsWithoutChannel = current.channels.first { $0.name.isEmpty }?.touchpointCount ?? 0
    hasFutureState = workspace.journeys.contains { $0.state == .future }
  }

  /// The row of that channel, compared as the charter groups channels.
  public func row(named name: String) -> Row? {
    let key = ChannelCharter.key(name)
    return rows.first { ChannelCharter.key($0.name) == key }
  }
}
