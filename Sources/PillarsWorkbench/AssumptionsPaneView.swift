import PillarsCore
import ScreenKit

/// The assumptions log, riskiest first, beside the map of importance against evidence.
struct AssumptionsPaneView: Widget {
  var state: WorkbenchState
  var pane: AssumptionsPane.State

  var ranked: [Assumption] { AssumptionsPane.log(pane, state.workspace).ranked }

  func assumption(atRow y: Int, in area: Rect) -> AssumptionID? {
    guard !pane.isOpen else { return nil }
    let ranked = self.ranked
    let index = firstShown(of: ranked, in: area) + y - (area.y + 3)
    return ranked.indices.contains(index) ? ranked[index].id : nil
  }

  /// The first assumption in view: the list scrolls so the selected one shows.
  func firstShown(of ranked: [Assumption], in area: Rect) -> Int {
    ListView.offset(keeping: ranked.firstIndex { $0.id == pane.selection }, visibleRows: max(1, area.bottom - (area.y + 3)),
      itemCount: ranked.count, from: 0)
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    if pane.isOpen {
      AssumptionDetailView(state: state, pane: pane).render(in: area, into: &buffer)
      return
    }
    buffer.write(TextLayout.truncate(" The assumptions log · riskiest first: importance × missing evidence", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    let ranked = self.ranked
    guard !ranked.isEmpty else {
      let key = KeyMap.keys(for: .add)?.split(separator: " ").first ?? "a"
      buffer.write(" No assumptions yet: write down what the strategy takes for true. \(key) adds one.",
        x: area.x, y: area.y + 2, style: theme[.muted], maxWidth: area.width)
      return
    }
    let testedBy = AssumptionsPane.log(pane, state.workspace).tests
    let riskiest = ranked.filter(\.isRiskiest)
    let untested = riskiest.filter { testedBy[$0.id] == nil }
    let verdict =
      riskiest.isEmpty
      ? " No important assumption lacks evidence."
      : " ▲ \(plural(riskiest.count, "important assumption")) with little evidence: test these first"
        + (untested.isEmpty ? " (each has an experiment)" : "; \(untested.count) with no experiment yet")
    buffer.write(TextLayout.truncate(verdict, toWidth: area.width), x: area.x, y: area.y + 1,
      style: riskiest.isEmpty ? theme[.muted] : theme[.warning])
    let mapWidth = area.width >= 100 ? 36 : area.width >= 70 ? 28 : 0
    let listWidth = area.width - mapWidth
    let wide = listWidth >= 90
    let tail = wide ? 14 + 12 + 13 : 0
    let statementWidth = max(8, listWidth - 5 - 9 - tail)
    let header = " #   " + TextLayout.pad("Assumption", toWidth: statementWidth) + "Imp  Evd "
      + (wide ? TextLayout.pad(" Kind", toWidth: 14) + TextLayout.pad("State", toWidth: 12) + "Tested by" : "")
    buffer.write(TextLayout.truncate(header, toWidth: listWidth), x: area.x, y: area.y + 2, style: theme[.muted])
    let first = firstShown(of: ranked, in: area)
    var y = area.y + 3
    for (index, assumption) in ranked.enumerated().dropFirst(first) {
      guard y < area.bottom else { break }
      let selected = assumption.id == pane.selection
      let base = selected ? theme[.selection] : theme[.text]
      let muted = theme.style(.muted, on: base)
      if selected { buffer.fill(Rect(x: area.x, y: y, width: listWidth, height: 1), style: base) }
      var row = RowCursor(x: area.x, y: y, right: area.x + listWidth)
      row.write(" \(index + 1)", columns: 4, style: muted, into: &buffer)
      row.write(assumption.isRiskiest ? "▲" : " ", columns: 1, style: theme.style(.warning, on: base), into: &buffer)
      row.write(assumption.statement, columns: statementWidth - 1, style: base, into: &buffer)
      row.write(" ", columns: 1, style: base, into: &buffer)
      row.write(TextLayout.pad(String(assumption.importance), toWidth: 3, alignment: .right) + "  ", columns: 5, style: base, into: &buffer)
      row.write(TextLayout.pad(String(assumption.evidence), toWidth: 3, alignment: .right) + " ", columns: 4, style: base, into: &buffer)
      if wide {
        let tests = testedBy[assumption.id] ?? 0
        row.write(" " + assumption.kind.label, columns: 14, style: muted, into: &buffer)
        row.write(assumption.state.label, columns: 12, style: base, into: &buffer)
        row.write(tests == 0 ? "—" : plural(tests, "experiment"), style: muted, into: &buffer)
      }
      y += 1
    }
    y += 1
    if let assumption = pane.selection.flatMap({ state.workspace.assumptions[$0] }), y + 1 < area.bottom {
      y += StyledText(assumption.statement, style: theme[.text]).render(
        in: Rect(x: area.x + 1, y: y, width: listWidth - 2, height: min(2, area.bottom - y)), into: &buffer)
      let tests = AssumptionsDocument.experiments(testing: assumption.id, in: state.workspace).map(\.name)
      let line = " \(assumption.kind.label) · \(assumption.state.label) · tested by "
        + (tests.isEmpty ? "no experiment" : tests.joined(separator: ", "))
      buffer.write(TextLayout.truncate(line, toWidth: listWidth), x: area.x, y: y, style: theme[.muted])
    }
    if mapWidth > 0 {
      let rank = Dictionary(ranked.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
      EvidenceMap(assumptions: ranked, rank: rank, selected: pane.selection, theme: theme)
        .render(in: Rect(x: area.x + listWidth + 2, y: area.y + 2, width: mapWidth - 2, height: min(12, area.height - 2)), into: &buffer)
    }
  }
}

/// Importance (up) against evidence (across), each assumption marked by its rank; the top left,
/// important with little evidence, is where to test first.
struct EvidenceMap: Widget {
  var assumptions: [Assumption]
  var rank: [AssumptionID: Int]
  var selected: AssumptionID?
  var theme: Theme

  func render(in area: Rect, into buffer: inout Buffer) {
    guard area.width >= 20, area.height >= 10 else { return }
    let cell = (area.width - 3) / 5
    // Each assumption placed once, not looked for in every square.
    let byScore = Dictionary(grouping: assumptions) { $0.importance * 8 + $0.evidence }
    buffer.write("importance", x: area.x, y: area.y, style: theme[.muted])
    for importance in Assumption.scoreRange.reversed() {
      let y = area.y + 1 + (5 - importance)
      buffer.write("\(importance) │", x: area.x, y: y, style: theme[.border])
      for evidence in Assumption.scoreRange {
        let here = byScore[importance * 8 + evidence, default: []]
        let first = importance >= 4 && evidence <= 2
        let text = here.isEmpty ? "·" : here.compactMap { rank[$0.id].map(String.init) }.joined(separator: ",")
        let style =
          here.contains { $0.id == selected } ? theme[.selection] : first ? theme[.warning] : here.isEmpty ? theme[.border] : theme[.text]
        buffer.write(TextLayout.truncate(text, toWidth: cell - 1), x: area.x + 3 + (evidence - 1) * cell, y: y, style: style)
      }
    }
    buffer.fill(Rect(x: area.x + 2, y: area.y + 6, width: 5 * cell + 1, height: 1), with: "─", style: theme[.border])
    buffer.write("└", x: area.x + 2, y: area.y + 6, style: theme[.border])
    for evidence in Assumption.scoreRange {
      buffer.write(String(evidence), x: area.x + 3 + (evidence - 1) * cell, y: area.y + 7, style: theme[.muted])
    }
    buffer.write("evidence →", x: area.x + area.width - 11, y: area.y + 8, style: theme[.muted])
    buffer.write("▲ top left: test first", x: area.x, y: area.y + 9, style: theme[.warning], maxWidth: area.width)
  }
}

/// One assumption opened: every field, and the experiments that test it.
struct AssumptionDetailView: Widget {
  var state: WorkbenchState
  var pane: AssumptionsPane.State

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let id = pane.selection, let assumption = state.workspace.assumptions[id] else { return }
    let mark = assumption.isRiskiest ? " · ▲ important with little evidence: test it first" : ""
    buffer.write(TextLayout.truncate(" \(assumption.statement)\(mark)   (Esc: back)", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    let first = max(0, pane.row - (area.bottom - area.y - 3))
    var y = area.y + 2
    for (index, field) in AssumptionField.allCases.enumerated().dropFirst(first) where y < area.bottom {
      let selected = index == pane.row
      let base = selected ? theme[.selection] : theme[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
      buffer.write(" " + TextLayout.pad(field.title, toWidth: 15), x: area.x, y: y, style: theme.style(.muted, on: base))
      buffer.write(TextLayout.truncate(field.shownText(of: assumption, in: state.workspace), toWidth: max(1, area.width - 17)),
        x: area.x + 17, y: y, style: base)
      y += 1
    }
  }
}
