import PillarsCore

/// The channel charter overlay: the channels on the left, the highlighted one's entry and counts
/// beside them; opened, a channel's fields take the highlight and Enter edits one.
public struct CharterBrowser: Equatable, Sendable {
  /// The highlighted channel, by name, so a reload never moves the highlight onto another channel.
  public var channel: String
  /// The highlighted field of the opened channel; nil while the list of channels has the focus.
  public var field: CharterField?

  public init(channel: String, field: CharterField? = nil) {
    self.channel = channel
    self.field = field
  }

  /// The highlighted channel's place among the rows; the first when it is gone.
  func index(in rows: [CharterOverview.Row]) -> Int {
    let key = ChannelCharter.key(channel)
    return rows.firstIndex { ChannelCharter.key($0.name) == key } ?? 0
  }

  /// The field the highlight is on, as the editing machinery names it.
  var target: EditTarget? { field.map { .charter(channel, $0) } }
}
