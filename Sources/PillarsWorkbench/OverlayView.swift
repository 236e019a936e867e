import PillarsCore
import PillarsJSON
import PillarsMerge
import ScreenKit

/// Draws whichever overlay stands over the pane, in a box centred on the screen.
struct OverlayView: Widget {
  var state: WorkbenchState
  var overlay: Overlay

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    switch overlay {
    case .help(let scroll, let filter):
      let lines = HelpText.lines(pane: state.pane, inReview: state.review != nil, inCheckpoint: state.checkpoint != nil,
        matching: filter?.text ?? "")
      let title = filter == nil ? "Keys · / filter · j k scroll · any other key closes" : "Keys · Esc all keys · Enter closes"
      let box = panel(in: area, width: 64, height: lines.count + 2 + (filter == nil ? 0 : 2), title: title, into: &buffer)
      var top = box.y
      if let filter {
        drawQuery("/", filter, in: box, into: &buffer)
        top += 2
        if lines.isEmpty { buffer.write(" no key matches", x: box.x, y: top, style: theme[.muted]) }
      }
      let rows = box.bottom - top
      for (row, line) in lines.dropFirst(min(scroll, max(0, lines.count - rows))).prefix(rows).enumerated() {
        buffer.write(Line(line.isHeading ? [Span(line.text, style: theme[.accent])]
          : [Span(TextLayout.pad(line.keys, toWidth: 16), style: theme[.title]), Span(line.text, style: theme[.text])])
          .truncated(toWidth: box.width), x: box.x, y: top + row)
      }
      if filter == nil { buffer.cursor = nil }
    case .palette(let palette):
      let matches = palette.matches(readonly: state.readonly)
      let box = panel(in: area, width: 60, height: min(16, matches.count + 3), title: "Command palette", into: &buffer)
      drawQuery(":", palette.query, in: box, into: &buffer)
      for (row, command) in matches.prefix(box.height - 2).enumerated() {
        let selected = row == palette.selected
        let y = box.y + 2 + row
        if selected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let keys = KeyMap.keys(for: command) ?? ""
        let style = selected ? theme[.selection] : theme[.text]
        buffer.write(TextLayout.pad(" " + command.title, toWidth: box.width - 12), x: box.x, y: y, style: style)
        buffer.write(TextLayout.pad(keys, toWidth: 11, alignment: .right), x: box.right - 11, y: y, style: theme.style(.muted, on: style))
      }
    case .search(let search):
      let box = panel(in: area, width: min(area.width - 4, 90), height: min(area.height - 4, max(4, search.hits.count + 3)),
        title: "Search the workspace · Enter jumps", into: &buffer)
      drawQuery("/", search.query, in: box, into: &buffer)
      if search.hits.isEmpty && !search.query.text.isBlank {
        buffer.write(" no match", x: box.x, y: box.y + 2, style: theme[.muted])
      }
      for (row, hit) in search.hits.prefix(box.height - 2).enumerated() {
        let y = box.y + 2 + row
        let selected = row == search.selected
        if selected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = selected ? theme[.selection] : theme[.text]
        buffer.write(Line([Span(" " + hit.title + "  ", style: style.patched(with: Style(bold: true))),
          Span(hit.snippet, style: theme.style(.muted, on: style))]).truncated(toWidth: box.width), x: box.x, y: y)
      }
    case .editing(let editor):
      if editor.target == .promise(.sentence) {
        // The promise is edited in place in its pane; only the refusal needs a line here.
        if let refusal = editor.refusal {
          buffer.write(TextLayout.truncate(" " + refusal, toWidth: area.width), x: 0, y: area.bottom - 2, style: theme[.danger])
        }
        return
      }
      EditorPanel(state: state, editor: editor).render(in: area, into: &buffer)
    case .confirm(let confirmation):
      let box = panel(in: area, width: min(area.width - 4, max(30, confirmation.question.terminalWidth + 4)), height: 3, title: "Confirm", into: &buffer)
      StyledText(confirmation.question, style: theme[.warning]).render(in: box.inset(horizontal: 1, vertical: 0), into: &buffer)
    case .conflict(let documents):
      let files = documents.sorted().map(\.path).joined(separator: ", ")
      let text = "\(files) changed on disk while you had unsaved edits. m: keep mine (overwrite the file) · t: take theirs (drop my edits)"
      let box = panel(in: area, width: min(area.width - 4, 70), height: 5, title: "Changed on disk", into: &buffer)
      StyledText(text, style: theme[.warning]).render(in: box.inset(horizontal: 1, vertical: 0), into: &buffer)
    case .changedOnDisk(let question):
      guard let conflict = question.current else { return }
      let count = question.merge.conflicts.count
      let text = "\(conflict.document.path) changed on disk while you had unsaved edits; the rest merged, but both changed "
        + "\(conflict.subject).\nMine: \(describe(conflict.ours, conflict.oursPlace))\nTheirs: \(describe(conflict.theirs, conflict.theirsPlace))"
        + "\nm: keep mine · t: take theirs"
      let box = panel(in: area, width: min(area.width - 4, 76), height: 7,
        title: "Changed on disk · \(question.choices.count + 1) of \(count)", into: &buffer)
      StyledText(text, style: theme[.warning]).render(in: box.inset(horizontal: 1, vertical: 0), into: &buffer)
    case .mergeConflicts(let list):
      ConflictListView(state: state, list: list).render(in: area, into: &buffer)
    case .promiseHistory(let selected):
      let history = Array(state.workspace.promise.history.reversed())
      let box = panel(in: area, width: min(area.width - 4, 100), height: min(area.height - 4, history.count + 2),
        title: "Earlier promises · Enter restores · Esc closes", into: &buffer)
      let first = max(0, selected - box.height + 1)
      for (row, revision) in history.enumerated().dropFirst(first).prefix(box.height) {
        let y = box.y + row - first
        let isSelected = row == selected
        if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = isSelected ? theme[.selection] : theme[.text]
        buffer.write(Line([Span(" until \(revision.replacedOn)  ", style: theme.style(.muted, on: style)),
          Span(firstLine(revision.sentence), style: style)]).truncated(toWidth: box.width), x: box.x, y: y)
      }
    case .frictionRanking, .metricPicker, .comparison, .comparisonPicker:
      renderInsight(in: area, into: &buffer)
    case .actions(let byOwner, let selected):
      let rows = Workbench.actionRows(state.workspace, today: state.today, byOwner: byOwner)
      let order = byOwner ? "by owner" : "by due date"
      let box = panel(in: area, width: area.width - 4, height: min(area.height - 4, max(1, rows.count)),
        title: "Open actions across the pillars · overdue first, \(order) · o reorders · Enter shows", into: &buffer)
      if rows.isEmpty { buffer.write(" No open actions: every pillar's actions are done.", x: box.x, y: box.y, style: theme[.ok]) }
      let first = max(0, selected - box.height + 1)
      for (index, row) in rows.enumerated().dropFirst(first).prefix(box.height) {
        let y = box.y + index - first
        let isSelected = index == selected
        if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = isSelected ? theme[.selection] : theme[.text]
        let late = row.action.isOverdue(on: state.today)
        buffer.write(Line([
          Span(" " + TextLayout.pad(row.action.due?.description ?? "no date", toWidth: 11), style: late ? theme.style(.danger, on: style) : theme.style(.muted, on: style)),
          Span(TextLayout.pad(late ? "overdue" : "", toWidth: 9), style: theme.style(.danger, on: style)),
          Span(TextLayout.pad(row.action.owner.isBlank ? "no owner" : row.action.owner, toWidth: 18) + " ",
            style: row.action.owner.isBlank ? theme.style(.warning, on: style) : style),
          Span(row.action.text, style: style),
          Span("  · \(row.pillar.title)", style: theme.style(.muted, on: style)),
        ]).truncated(toWidth: box.width), x: box.x, y: y)
      }
    case .settings(let selected):
      renderSettings(selected: selected, in: area, into: &buffer)
    case .customerFocus(let selected):
      renderCustomerFocus(selected: selected, in: area, into: &buffer)
    case .charter(let browser):
      CharterView(state: state, browser: browser).render(in: area, into: &buffer)
    case .findings(let scroll):
      let title = "Findings · \(plural(state.errorCount, "error")), \(plural(state.warningCount, "warning")) · j k scroll"
      let box = panel(in: area, width: area.width - 4, height: area.height - 4, title: title, into: &buffer)
      if state.findings.isEmpty {
        buffer.write(" Every document is valid and every check passes.", x: box.x, y: box.y, style: theme[.ok])
      }
      var y = box.y
      for finding in state.findings.dropFirst(scroll) where y < box.bottom {
        let style = finding.severity == .error ? theme[.danger] : theme[.warning]
        let place = finding.document.path + (finding.path.isRoot ? "" : " · \(finding.path)")
        let mark = finding.severity == .error ? "✖ " : "▲ "
        var text = StyledText(mark + place + "\n" + finding.message, style: theme[.text])
        text.apply(style, to: 0..<2)
        text.apply(theme[.muted], to: 2..<(2 + place.count))
        y += text.render(in: Rect(x: box.x + 1, y: y, width: box.width - 2, height: box.bottom - y), into: &buffer) + 1
      }
    }
  }

  /// One side of a conflict in a line: its value, deleted, or where it put the item.
  private func describe(_ value: JSONValue?, _ place: EntityPlace?) -> String {
    if let place { return "put it " + place.description }
    guard let value else { return "deleted it" }
    return StrategyWords.value(value, limit: 120)
  }

  /// A bordered box centred in `area`, cleared; returns the area inside the border.
  /// One field a row with its value, and under it what the setting changes.
  private func renderSettings(selected: Int, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let fields = SettingsField.allCases
    let box = panel(in: area, width: min(area.width - 4, 78), height: min(area.height - 4, fields.count * 2),
      title: "Workspace settings · workspace.json · Enter edits · Esc closes", into: &buffer)
    let titleWidth = fields.map(\.title.count).max().map { $0 + 3 } ?? 12
    for (index, field) in fields.enumerated() where box.y + index * 2 < box.bottom {
      let y = box.y + index * 2
      let isSelected = index == selected
      if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
      let style = isSelected ? theme[.selection] : theme[.text]
      let value = SettingsField.shown(field, in: state.workspace.manifest)
      buffer.write(Line([
        Span(" " + TextLayout.pad(field.title, toWidth: titleWidth - 1), style: theme.style(.title, on: style)),
        Span(value.text, style: value.isSet ? style : theme.style(.muted, on: style)),
      ]).truncated(toWidth: box.width), x: box.x, y: y)
      if y + 1 < box.bottom {
        buffer.write(TextLayout.truncate(String(repeating: " ", count: titleWidth) + field.explanation, toWidth: box.width),
          x: box.x, y: y + 1, style: theme[.muted])
      }
    }
  }

  func panel(in area: Rect, width: Int, height: Int, title: String, into buffer: inout Buffer) -> Rect {
    let outer = area.centered(width: min(area.width, width + 2), height: min(area.height, height + 2))
    buffer.fill(outer, style: state.theme[.text])
    Block(title: title, titleStyle: state.theme[.title], borderStyle: state.theme[.accent]).render(in: outer, into: &buffer)
    return outer.inset(by: 1)
  }

  /// The query line of the palette and the search, with the cursor in it.
  private func drawQuery(_ prompt: String, _ query: TextField, in box: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    buffer.write(prompt + " ", x: box.x, y: box.y, style: theme[.accent])
    let styled = StyledText(query.text, style: theme[.input])
    styled.render(in: Rect(x: box.x + 2, y: box.y, width: box.width - 2, height: 1), into: &buffer, cursor: query.cursor)
  }
}

/// The help text, generated from the key map: the keys of where the user is first (the weekly
/// review's, or the current pane's), then a heading per section, a line per binding.
enum HelpText {
  struct HelpLine {
    var keys: String
    var text: String
    var isHeading: Bool
  }

  static func lines(pane: Pane = .pillars, inReview: Bool = false, inCheckpoint: Bool = false, matching filter: String = "") -> [HelpLine] {
    var lines: [HelpLine] = []
    let words = filter.lowercased().split(separator: " ")
    func matches(_ keys: String, _ text: String) -> Bool {
      words.allSatisfy { word in text.lowercased().contains(word) || keys.lowercased().split(separator: " ").contains(word) }
    }
    func add(_ heading: String, _ bindings: [KeyMap.Binding]) {
      let bindings = bindings.filter { matches($0.keys.map(KeyMap.name(of:)).joined(separator: " "), $0.helpText) }
      guard !bindings.isEmpty else { return }
      lines.append(HelpLine(keys: "", text: heading, isHeading: true))
      for binding in bindings {
        lines.append(HelpLine(keys: "  " + binding.keys.map(KeyMap.name(of:)).joined(separator: " "), text: binding.helpText, isHeading: false))
      }
    }
    if inReview { add(KeyMap.Section.review.rawValue, KeyMap.reviewBindings) }
    if inCheckpoint { add(KeyMap.Section.checkpoint.rawValue, KeyMap.checkpointBindings) }
    let here = KeyMap.bindings.filter { $0.panes.contains(pane) }
    add("In \(pane.title)", here)
    let modes: [KeyMap.Section] = [.review, .checkpoint, .conflicts, .charter]
    for section in KeyMap.Section.allCases where !modes.contains(section) {
      add(section.rawValue, KeyMap.bindings.filter { $0.section == section && !$0.panes.contains(pane) })
    }
    add(KeyMap.Section.conflicts.rawValue, KeyMap.conflictBindings)
    add(KeyMap.Section.charter.rawValue, KeyMap.charterBindings)
    let field = [("  Enter / Esc", "commit / cancel"), ("  C-a C-e", "start / end of line"), ("  C-k C-u C-w", "delete to end / to start / a word"),
      ("  M-b M-f", "a word left / right"), ("  C-j", "new line (notes)"), ("  C-o", "continue in $EDITOR")].filter { matches($0.0, $0.1) }
    if !field.isEmpty { lines.append(HelpLine(keys: "", text: "In a text field", isHeading: true)) }
    for (keys, text) in field { lines.append(HelpLine(keys: keys, text: text, isHeading: false)) }
    return lines
  }
}
