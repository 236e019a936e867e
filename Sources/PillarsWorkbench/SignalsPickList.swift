import PillarsCore
import ScreenKit

/// The signals pane's lists: whose contacts to count, the tags that map to no theme, and the
/// themes a tag can be mapped to. The highlighted row is the pane's `row`.
struct SignalsPickList: Widget {
  var workbench: WorkbenchState
  var pane: SignalsPane.State

  /// What a mapping does and does not do, as `pillars signals map` does it.
  static let countsNote =
    "The counts already imported do not move: the tag's tickets count for the theme when the export is imported again."

  func render(in area: Rect, into buffer: inout Buffer) {
    let style = workbench.theme
    let workspace = workbench.workspace
    var title = ""
    var notes: [String] = []
    var rows: [(text: String, muted: String)] = []
    var empty = ""
    switch pane.mode {
    case .ranking, .theme:
      return
    case .filters(let choices):
      title = " Count whose contacts?   (Enter: count these · Esc: keep \(pane.filter.title(in: workspace)))"
      notes = ["The ranking, the 80% line, the shares and the trends then count only these contacts."]
      rows = choices.map { choice in
        (text: (choice == pane.filter ? "• " : "  ") + (choice == .all ? "All contacts" : choice.title(in: workspace)), muted: "")
      }
    case .tags:
      let tags = workspace.signalTags.unmappedByCount
      title = " Tags that map to no theme · \(plural(tags.count, "tag")) on \(plural(tags.reduce(0) { $0 + $1.count }, "ticket")) of the last import"
      notes = ["Enter maps the highlighted tag to a theme, or to a new theme named after it.", Self.countsNote]
      let width = min(40, max(12, (tags.map(\.tag.terminalWidth).max() ?? 0) + 2))
      rows = tags.map { (text: "  " + TextLayout.pad($0.tag, toWidth: width), muted: plural($0.count, "ticket")) }
      empty = "Every tag of the last import maps to a theme."
    case .mapping(let tag):
      let tickets = workspace.signalTags.unmapped[tag].map { " (\(plural($0, "ticket")))" } ?? ""
      title = " Map the tag \(tag)\(tickets) to a theme   (Esc: back to the tags)"
      notes = [Self.countsNote]
      rows = SignalsPane.mappingChoices(for: tag, in: workspace).map { choice in
        switch choice {
        case .newTheme(let name): (text: "  + a new theme: \(name)", muted: "")
        case .theme(let id):
          (text: "  " + (workspace.signalTheme(id)?.name ?? id.rawValue),
            muted: workspace.signalTheme(id).map { $0.owner.isBlank ? "" : "owner \($0.owner)" } ?? "")
        }
      }
    }
    buffer.write(TextLayout.truncate(title, toWidth: area.width), x: area.x, y: area.y, style: style[.title])
    var y = area.y + 1
    for note in notes where y < area.bottom {
      y += StyledText(note, style: style[.muted]).render(
        in: Rect(x: area.x + 1, y: y, width: max(1, area.width - 2), height: min(2, area.bottom - y)), into: &buffer)
    }
    y += 1
    guard !rows.isEmpty else {
      if y < area.bottom { buffer.write(TextLayout.truncate(" " + empty, toWidth: area.width), x: area.x, y: y, style: style[.ok]) }
      return
    }
    let visible = max(1, area.bottom - y)
    let first = ListView.offset(keeping: pane.row, visibleRows: visible, itemCount: rows.count, from: 0)
    let textWidth = min(area.width, max(24, (rows.map(\.text.terminalWidth).max() ?? 0) + 2))
    for (index, row) in rows.enumerated().dropFirst(first) where y < area.bottom {
      let selected = index == pane.row
      let base = selected ? style[.selection] : style[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
      buffer.write(Line([
        Span(TextLayout.pad(row.text, toWidth: textWidth), style: base),
        Span(row.muted, style: style.style(.muted, on: base)),
      ]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
  }
}
