import PillarsCore
import ScreenKit

/// Pane 1: the five pillars as a board, or one pillar opened.
struct PillarsPaneView: Widget {
  var state: WorkbenchState
  var pane: PillarsPane.State

  /// Rows each pillar takes on the board.
  static let rowsPerPillar = 3

  func pillar(atRow y: Int, in area: Rect) -> PillarKind? {
    guard !pane.isOpen else { return nil }
    let index = (y - area.y - 2) / Self.rowsPerPillar
    return y >= area.y + 2 && PillarKind.allCases.indices.contains(index) ? PillarKind.allCases[index] : nil
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    if pane.isOpen {
      PillarDetailView(state: state, pane: pane).render(in: area, into: &buffer)
      return
    }
    let theme = state.theme
    let wobbling = state.workspace.pillars.pillars.filter(\.isEmpty).map(\.id.title)
    let heading = wobbling.isEmpty
      ? "The five pillars"
      : "The five pillars · \(wobbling.joined(separator: ", ")) empty: the strategy wobbles"
    buffer.write(TextLayout.truncate(" " + heading, toWidth: area.width), x: area.x, y: area.y,
      style: wobbling.isEmpty ? theme[.title] : theme[.warning])
    let layout = boardLayout(room: area.width - 1)
    for (index, kind) in PillarKind.allCases.enumerated() {
      let pillar = state.workspace.pillars[kind]
      let y = area.y + 2 + index * Self.rowsPerPillar
      guard y + 1 < area.bottom else { break }
      let selected = kind == pane.selection
      let row = Rect(x: area.x, y: y, width: area.width, height: 2)
      if selected { buffer.fill(row, style: theme[.selection]) }
      let base = selected ? theme[.selection] : theme[.text]
      let cells = boardCells(kind)
      let actions = pillar.openActions.contains { $0.isOverdue(on: state.today) } ? theme.style(.danger, on: base) : base
      let spans = [Span(" ", style: base)] + layout.line(cells, styles: [
        theme.style(.muted, on: base), base.patched(with: Style(bold: true)), statusStyle(pillar.status, on: base),
        pillar.owner.isBlank ? theme.style(.warning, on: base) : base, actions, theme.style(.warning, on: base),
      ]).spans
      buffer.write(Line(spans).truncated(toWidth: area.width), x: area.x, y: y)
      let second: Span
      if pillar.isEmpty {
        second = Span("     ▲ empty: skip one pillar and the whole strategy wobbles", style: theme.style(.warning, on: base))
      } else {
        second = Span("     " + firstLine(pillar.summary.isBlank ? pillar.notes : pillar.summary), style: theme.style(.muted, on: base))
      }
      buffer.write(Line([second]).truncated(toWidth: area.width), x: area.x, y: y + 1)
    }
  }

  /// A pillar's row on the board, column by column.
  func boardCells(_ kind: PillarKind) -> [String] {
    let pillar = state.workspace.pillars[kind]
    let open = pillar.openActions
    let overdue = open.filter { $0.isOverdue(on: state.today) }.count
    let findings = state.findings(for: kind)
    return [
      "\(kind.number)", kind.title, PillarsPaneView.statusText(pillar.status), pillar.owner.isBlank ? "no owner" : pillar.owner,
      plural(open.count, "open action") + (overdue > 0 ? " · \(overdue) overdue" : ""),
      findings.isEmpty ? "" : "▲ " + plural(findings.count, "finding"),
    ]
  }

  /// The board's columns from what they hold: the findings give way first, then the actions; a
  /// long owner is cut, never run into the next column.
  func boardLayout(room: Int) -> ColumnLayout {
    let rows = PillarKind.allCases.map(boardCells)
    let column = { (index: Int) in rows.map { $0[index] } }
    return ColumnLayout([
      .init("", cells: column(0)),
      .init("Pillar", cells: column(1), narrowest: 14),
      .init("Status", cells: column(2)),
      .init("Owner", cells: column(3), narrowest: 10, priority: 1),
      .init("Actions", cells: column(4), narrowest: 14, priority: 2),
      .init("Checks", cells: column(5), priority: 3),
    ], room: room)
  }

  private func statusStyle(_ status: PillarStatus, on base: Style) -> Style {
    switch status {
    case .notStarted: state.theme.style(.danger, on: base)
    case .draft: state.theme.style(.warning, on: base)
    case .inPlace, .proven: state.theme.style(.ok, on: base)
    }
  }

  static func statusText(_ status: PillarStatus) -> String {
    switch status {
    case .notStarted: "○ not started"
    case .draft: "◐ draft"
    case .inPlace: "● in place"
    case .proven: "✔ proven"
    }
  }
}

/// The first line of a text, for one-line previews.
func firstLine(_ text: String) -> String {
  String(text.split(whereSeparator: \.isNewline).first ?? "")
}

/// One pillar opened: its fields (editable with e), its actions and its findings.
struct PillarDetailView: Widget {
  var state: WorkbenchState
  var pane: PillarsPane.State

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let kind = pane.selection
    let pillar = state.workspace.pillars[kind]
    buffer.write(TextLayout.truncate(" \(kind.number) · \(kind.title)   (Esc: back to the board)", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    let fields = PillarField.allCases
    var y = area.y + 2
    let labelWidth = 10
    for (index, field) in fields.enumerated() where y < area.bottom {
      let selected = index == pane.row
      let style = selected ? theme[.selection] : theme[.text]
      let value = field == .status ? PillarsPaneView.statusText(pillar.status) : field.text(of: pillar)
      let lines = field == .notes
        ? TextLayout.wrap(value.isBlank ? "—" : value, toWidth: max(1, area.width - labelWidth - 2)).prefix(max(1, (area.bottom - y) / 2))
        : [TextLayout.truncate(value.isBlank ? "—" : value, toWidth: max(1, area.width - labelWidth - 2))][...]
      for (n, text) in lines.enumerated() where y < area.bottom {
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
        buffer.write(n == 0 ? " " + TextLayout.pad(field.title, toWidth: labelWidth - 1) : String(repeating: " ", count: labelWidth),
          x: area.x, y: y, style: theme.style(.muted, on: style))
        buffer.write(text, x: area.x + labelWidth + 1, y: y, style: style, maxWidth: area.width - labelWidth - 1)
        y += 1
      }
    }
    y += 1
    if y < area.bottom {
      buffer.write(Line([Span(" Actions", style: theme[.title]),
        Span("  a add · x done · K J reorder · d delete", style: theme[.muted])]).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }
    if pillar.actions.isEmpty && y < area.bottom {
      buffer.write("  none yet", x: area.x, y: y, style: theme[.muted])
      y += 1
    }
    for (number, action) in pillar.actions.enumerated() where y < area.bottom {
      y = renderAction(action, firstRow: fields.count + number * ActionField.allCases.count, y: y, in: area, into: &buffer)
    }
    let findings = state.findings(for: kind)
    if !findings.isEmpty && y + 1 < area.bottom {
      y += 1
      buffer.write(" Findings", x: area.x, y: y, style: theme[.title])
      y += 1
      for finding in findings where y < area.bottom {
        let style = finding.severity == .error ? theme[.danger] : theme[.warning]
        buffer.write(Line([Span("  \(finding.severity == .error ? "✖" : "▲") \(finding.message)", style: style)]).truncated(toWidth: area.width),
          x: area.x, y: y)
        y += 1
      }
    }
  }

  /// One action: a line, and when its rows are highlighted its owner and due date below it.
  private func renderAction(_ action: PillarAction, firstRow: Int, y start: Int, in area: Rect, into buffer: inout Buffer) -> Int {
    let theme = state.theme
    var y = start
    let fieldCount = ActionField.allCases.count
    let overdue = action.isOverdue(on: state.today)
    let due = action.due.map { " · due \($0)" } ?? ""
    let owner = action.owner.isBlank ? "" : " · \(action.owner)"
    let open = (firstRow..<firstRow + fieldCount).contains(pane.row)
    let textSelected = pane.row == firstRow
    if textSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
    let base: Style = textSelected ? theme[.selection] : theme[.text]
    let tail: String = open ? (overdue ? " · overdue" : "") : owner + due + (overdue ? " · overdue" : "")
    let line = Line([
      Span(action.done ? "  ✔ " : "  ☐ ", style: action.done ? theme.style(.ok, on: base) : base),
      Span(action.text, style: action.done ? theme.style(.muted, on: base) : base),
      Span(tail, style: base.patched(with: overdue ? theme[.danger] : theme[.muted])),
    ])
    buffer.write(line.truncated(toWidth: area.width), x: area.x, y: y)
    y += 1
    guard open else { return y }
    let rows: [(String, String)] = [("owner", action.owner), ("due", action.due?.description ?? "")]
    for (offset, field) in rows.enumerated() where y < area.bottom {
      let selected = pane.row == firstRow + 1 + offset
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      let style: Style = selected ? theme[.selection] : theme[.text]
      buffer.write("      " + TextLayout.pad(field.0, toWidth: 7), x: area.x, y: y, style: theme.style(.muted, on: style))
      buffer.write(field.1.isBlank ? "—" : field.1, x: area.x + 13, y: y,
        style: offset == 1 && overdue ? theme.style(.danger, on: style) : style, maxWidth: max(1, area.width - 13))
      y += 1
    }
    return y
  }
}
