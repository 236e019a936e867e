import PillarsCore
import ScreenKit

/// Every field of the selected touchpoint in full, beside or below the journey map, with its
/// stage's goal: the map's cells are cut, the panel is not (it wraps).
struct TouchpointPanel: Widget {
  var touchpoint: Touchpoint
  var stage: Stage
  /// The lane selected on the map: its field stands out.
  var lane: JourneyLane
  var state: WorkbenchState

  /// A field as the panel and the one-line summary say it.
  static func value(of field: TouchpointField, in touchpoint: Touchpoint) -> String {
    switch field {
    case .promise: return touchpoint.promise.label
    case .handoff: return touchpoint.handoff ? "yes: the customer is handed between channels here" : "no"
    case .reach: return touchpoint.reach.map { "\($0.compactText)% of customers" } ?? ""
    case .emotion: return (touchpoint.emotion > 0 ? "+" : "") + "\(touchpoint.emotion)"
    case .friction: return touchpoint.friction.joined(separator: " · ")
    case .name, .channel, .team, .doing, .thinking, .feeling:
      return field.text(of: touchpoint).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard area.height > 0, area.width > 10 else { return }
    buffer.fill(area, style: theme[.text])
    var y = area.y
    buffer.write(TextLayout.truncate(" \(touchpoint.name) · \(stage.name)", toWidth: area.width), x: area.x, y: y, style: theme[.title])
    y += 1
    let labelWidth = min(16, area.width / 3)
    let valueWidth = max(1, area.width - labelWidth - 2)
    var rows: [(String, String, Bool)] = [("Stage goal", stage.goal.isBlank ? "none yet: S sets it" : stage.goal, false)]
    rows += TouchpointField.allCases.map { field in (field.title, Self.value(of: field, in: touchpoint), field == lane.field) }
    let metrics = touchpoint.metrics.map { state.workspace.scorecard[$0]?.name ?? $0.rawValue }
    rows.append(("Watched by", metrics.isEmpty ? "no metric (m links one)" : metrics.joined(separator: ", "), false))
    for (label, value, selected) in rows where y < area.bottom {
      let lines = TextLayout.wrap(value.isBlank ? "—" : value, toWidth: valueWidth)
      let labelStyle = selected ? theme[.accent] : theme[.muted]
      buffer.write(" " + TextLayout.truncate(label, toWidth: labelWidth - 1), x: area.x, y: y, style: labelStyle)
      for line in lines where y < area.bottom {
        buffer.write(line, x: area.x + labelWidth + 1, y: y, style: theme[.text], maxWidth: valueWidth)
        y += 1
      }
    }
  }
}
