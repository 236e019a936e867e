import PillarsCore

/// The channel charter overlay: the channels on the left, the highlighted one's entry and counts
/// beside them; opened, a channel's fields take the highlight and Enter edits one.
public struct CharterBrowser: Equatable, Sendable {
  /// The highlighted channel, by name, so a reload never moves the highlight onto another channel.
  public var channel: String
  /// The highlighted field of the opened channel; nil while the list of channels has the focus.
  public var field: CharterField?

  /// The overview as last worked out, kept between keystrokes.
  var memo: Kept<OverviewMemo> = Kept()

  public init(channel: String, field: CharterField? = nil) {
    self.channel = channel
    self.field = field
  }

  /// An overview and the journeys and charter it was worked out from: a large workspace's 4,000
  /// touchpoints are not counted again for a keystroke that only moves the highlight.
  struct OverviewMemo: Sendable {
    var journeys: [Journey]
    var charter: CharterDocument
    var overview: CharterOverview
  }

  /// The overview of `workspace`: the memo while the journeys and the charter are the ones it
  /// came from (the journeys compare by identity first), else worked out.
  func overview(of workspace: Workspace) -> CharterOverview {
    if let memo = memo.value, memo.journeys == workspace.journeys, memo.charter == workspace.charter { return memo.overview }
    return CharterOverview(workspace)
  }

  /// Keeps the overview of `workspace` for the next keystroke and frame.
  mutating func remember(_ workspace: Workspace) {
    memo.value = OverviewMemo(journeys: workspace.journeys, charter: workspace.charter, overview: overview(of: workspace))
  }

  /// The highlighted channel's place among the rows; the first when it is gone.
  func index(in rows: [CharterOverview.Row]) -> Int {
    let key = ChannelCharter.key(channel)
    return rows.firstIndex { ChannelCharter.key($0.name) == key } ?? 0
  }

  /// The field the highlight is on, as the editing machinery names it.
  var target: EditTarget? { field.map { .charter(channel, $0) } }
}
