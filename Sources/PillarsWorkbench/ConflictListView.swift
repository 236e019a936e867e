import PillarsCore
import PillarsJSON
import PillarsMerge
import ScreenKit

/// The merge conflicts: one line each, and the highlighted one's base, ours and theirs side by
/// side under its document, entity and field; while a value is typed, the field for it.
struct ConflictListView: Widget {
  var state: WorkbenchState
  var list: ConflictList

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let conflicts = state.allMergeConflicts
    let outer = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 3))
    buffer.fill(outer, style: theme[.text])
    let title = "Merge conflicts · \(conflicts.count) · o ours · t theirs · e edit · Esc closes"
    Block(title: title, titleStyle: theme[.title], borderStyle: theme[.accent]).render(in: outer, into: &buffer)
    let box = outer.inset(by: 1)
    guard conflicts.indices.contains(list.selected), box.height > 4 else { return }
    let listRows = min(conflicts.count, max(1, box.height / 3))
    let first = max(0, list.selected - listRows + 1)
    for (row, conflict) in conflicts.enumerated().dropFirst(first).prefix(listRows) {
      let y = box.y + row - first
      let selected = row == list.selected
      if selected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
      let style = selected ? theme[.selection] : theme[.text]
      buffer.write(Line([Span(" ⚡ " + conflict.document.path + "  ", style: theme.style(.muted, on: style)),
        Span(conflict.subject, style: style)]).truncated(toWidth: box.width), x: box.x, y: y)
    }
    let conflict = conflicts[list.selected]
    var y = box.y + listRows + 1
    buffer.write(TextLayout.truncate(" " + heading(of: conflict), toWidth: box.width), x: box.x, y: y, style: theme[.accent])
    y += 1
    if let field = list.value {
      renderValueField(field, conflict: conflict, in: Rect(x: box.x, y: y, width: box.width, height: box.bottom - y), into: &buffer)
      return
    }
    let sides: [(String, String)] = [("Base", side(conflict.base, conflict, place: nil)),
      ("Ours (in the file now)", side(conflict.ours, conflict, place: conflict.oursPlace)),
      ("Theirs", side(conflict.theirs, conflict, place: conflict.theirsPlace))]
    let columns = Rect(x: box.x, y: y, width: box.width, height: box.bottom - y).columns([.fill, .fill, .fill], spacing: 1)
    for ((label, text), column) in zip(sides, columns) where column.height > 1 {
      buffer.write(TextLayout.truncate(" " + label, toWidth: column.width), x: column.x, y: column.y, style: theme[.title])
      StyledText(text, style: theme[.text]).render(
        in: Rect(x: column.x + 1, y: column.y + 1, width: max(1, column.width - 1), height: column.height - 1), into: &buffer)
    }
  }

  /// Document, entity and field: `journeys/x.json · touchpoint 'Kickoff call' · emotion`.
  private func heading(of conflict: MergeConflict) -> String {
    var parts = [conflict.document.path]
    if let entity = conflict.entity { parts.append("\(StrategyWords.noun(for: entity.type)) '\(conflict.entityName ?? entity.id)'") }
    parts.append(conflict.field.isEmpty ? "the whole \(conflict.entity == nil ? "document" : "item")"
      : conflict.field.map(StrategyWords.label(for:)).joined(separator: " › "))
    return parts.joined(separator: " · ")
  }

  /// What a side holds, as text to read: the value, "deleted", or where it put a moved item.
  private func side(_ value: JSONValue?, _ conflict: MergeConflict, place: EntityPlace?) -> String {
    switch conflict.kind {
    case .moved: return place.map { "put it " + $0.description } ?? "left it where it was"
    case .deleted: return value == nil ? "deleted it" : ConflictList.text(of: value)
    case .changed, .unreadable: return value == nil ? "(none)" : ConflictList.text(of: value)
    }
  }

  private func renderValueField(_ field: TextField, conflict: MergeConflict, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let hint = ConflictList.holdsText(conflict) ? "The value to keep (text) · Enter keeps it · Esc cancels · C-o $EDITOR"
      : "The value to keep (a number, true/false, or JSON) · Enter keeps it · Esc cancels"
    buffer.write(TextLayout.truncate(" " + hint, toWidth: area.width), x: area.x, y: area.y, style: theme[.muted])
    var bottom = area.bottom
    if let refusal = list.refusal {
      bottom -= 1
      buffer.write(TextLayout.truncate(" " + refusal, toWidth: area.width), x: area.x, y: bottom, style: theme[.danger])
    }
    let box = Rect(x: area.x + 1, y: area.y + 1, width: max(1, area.width - 2), height: max(0, bottom - area.y - 1))
    StyledText(field.text, style: theme[.input]).render(in: box, into: &buffer, cursor: field.cursor)
  }
}
