import PillarsCore
import ScreenKit

/// The review's "changed since the last review" lines: what the team changed in the strategy
/// since the last review was committed, as `pillars diff --since-review` says it.
extension ReviewView {
  /// How many lines the section shows at most, so the scorecard keeps the screen.
  static let changeLines = 3

  /// Draws the section from the top of `area`; returns the rows used (none outside git).
  func renderChangesSinceReview(in area: Rect, into buffer: inout Buffer) -> Int {
    guard let changes = state.changesSinceReview, area.height > 12 else { return 0 }
    let theme = state.theme
    let heading = changes.lines.isEmpty ? " Changed since the last review (\(changes.since)): nothing in the strategy"
      : " Changed since the last review (\(changes.since)): \(plural(changes.lines.count, "change"))"
    buffer.write(TextLayout.truncate(heading, toWidth: area.width), x: area.x, y: area.y, style: theme[.accent])
    var rows = 1
    let room = changes.lines.count > Self.changeLines ? Self.changeLines - 1 : Self.changeLines
    for line in changes.lines.prefix(room) {
      buffer.write(TextLayout.truncate("   " + line, toWidth: area.width), x: area.x, y: area.y + rows, style: theme[.text])
      rows += 1
    }
    if changes.lines.count > room {
      let more = "   … \(changes.lines.count - room) more: `pillars diff --since-review` lists them all"
      buffer.write(TextLayout.truncate(more, toWidth: area.width), x: area.x, y: area.y + rows, style: theme[.muted])
      rows += 1
    }
    return rows + 1
  }
}
