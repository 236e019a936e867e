import PillarsCore
import ScreenKit

/// The channel charter: the channels on the left (● an entry written, ○ none yet), and beside
/// them the highlighted channel's entry, then what today's journeys say of it, then, apart, what
/// the future-state journeys plan. An opened channel's highlighted field is shown in full.
struct CharterView: Widget {
  var state: WorkbenchState
  var browser: CharterBrowser

  private var theme: Theme { state.theme }

  func render(in area: Rect, into buffer: inout Buffer) {
    let overview = browser.overview(of: state.workspace)
    let rows = overview.rows
    // Between the tab bar and the key bar, no larger than a charter needs on a wide screen.
    let room = max(0, area.height - 3)
    let width = min(area.width, 140)
    let height = min(room, 26)
    let outer = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1 + (room - height) / 2, width: width, height: height)
    buffer.fill(outer, style: theme[.text])
    let title = browser.field == nil || rows.isEmpty
      ? "Channel charter · charter.json · Enter opens a channel · Esc closes"
      : "Channel charter · \(browser.channel) · Enter edits · E $EDITOR · Esc back"
    Block(title: title, titleStyle: theme[.title], borderStyle: theme[.accent]).render(in: outer, into: &buffer)
    let box = outer.inset(by: 1)
    guard box.height > 2, box.width > 20 else { return }
    guard !rows.isEmpty else {
      StyledText("No channels yet: the touchpoints of the journey map name them (\(JourneyPane.pane.number) shows it).",
        style: theme[.muted]).render(in: box.inset(horizontal: 1, vertical: 0), into: &buffer)
      return
    }
    let index = browser.index(in: rows)
    let nameWidth = rows.map(\.name.terminalWidth).max() ?? 8
    let tagWidth = rows.map { Self.tag(of: $0).terminalWidth }.max() ?? 0
    let listWidth = min(max(22, 4 + nameWidth + (tagWidth > 0 ? tagWidth + 1 : 0) + 1), box.width / 3)
    renderList(overview, selected: index, in: Rect(x: box.x, y: box.y, width: listWidth, height: box.height), into: &buffer)
    for y in box.y..<box.bottom { buffer.write("│", x: box.x + listWidth, y: y, style: theme[.accent]) }
    let detail = Rect(x: box.x + listWidth + 1, y: box.y, width: box.width - listWidth - 1, height: box.height)
    renderDetail(rows[index], overview, in: detail, into: &buffer)
  }

  // MARK: The channels

  private func renderList(_ overview: CharterOverview, selected: Int, in area: Rect, into buffer: inout Buffer) {
    let rows = overview.rows
    let footer = overview.touchpointsWithoutChannel > 0 ? 2 : 1
    let room = max(1, area.height - footer - 1)
    let first = max(0, selected - room + 1)
    for (index, row) in rows.enumerated().dropFirst(first).prefix(room) {
      let y = area.y + index - first
      let isSelected = index == selected
      let focused = isSelected && browser.field == nil
      if focused { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.selection]) }
      let base = focused ? theme[.selection] : theme[.text]
      let tag = Self.tag(of: row)
      let marker = isSelected && !focused ? "›" : " "
      let mark = row.entry == nil ? "○ " : "● "
      let tagStyle = row.use == .today ? theme.style(.warning, on: base) : theme.style(.muted, on: base)
      let nameStyle = isSelected ? base.patched(with: Style(bold: true)) : base
      let tagWidth = tag.isEmpty ? 0 : tag.terminalWidth + 1
      let nameRoom = max(1, area.width - 4 - tagWidth)
      buffer.write(Line([
        Span(marker + mark, style: row.entry == nil ? theme.style(.warning, on: base) : theme.style(.ok, on: base)),
        Span(TextLayout.pad(TextLayout.truncate(row.name, toWidth: nameRoom), toWidth: nameRoom), style: nameStyle),
        Span(tag.isEmpty ? "" : " " + tag, style: tagStyle),
      ]).truncated(toWidth: area.width), x: area.x, y: y)
    }
    var y = area.bottom - 1
    buffer.write(TextLayout.truncate(" ● written  ○ not yet", toWidth: area.width), x: area.x, y: y, style: theme[.muted])
    if overview.touchpointsWithoutChannel > 0 {
      y -= 1
      buffer.write(TextLayout.truncate(" \(plural(overview.touchpointsWithoutChannel, "touchpoint")) without a channel",
        toWidth: area.width), x: area.x, y: y, style: theme[.warning])
    }
  }

  /// Beside a channel's name: what it lacks, or that no journey of today uses it.
  static func tag(of row: CharterOverview.Row) -> String {
    switch row.use {
    case .today: row.entry == nil ? "no entry" : ""
    case .plannedOnly: "planned"
    case .unused: "unused"
    }
  }

  // MARK: The highlighted channel

  private func renderDetail(_ row: CharterOverview.Row, _ overview: CharterOverview, in area: Rect, into buffer: inout Buffer) {
    // Each line with how soon it gives way when the window is short: 0 never, higher sooner;
    // the highlighted field's further lines go after all of those, from its end.
    var lines: [(line: Line, dropOrder: Int, isMore: Bool)] = []
    func add(_ more: [Line], _ dropOrder: Int = 0) { lines += more.map { ($0, dropOrder, false) } }
    let width = area.width - 1
    let use: String
    switch row.use {
    case .today: use = "used by today's journeys"
    case .plannedOnly: use = "only a future-state journey plans it"
    case .unused: use = "no journey uses it any more"
    }
    add([Line([Span(row.name, style: theme[.title].patched(with: Style(bold: true))), Span("  " + use, style: theme[.muted])])], 2)
    if row.entry == nil {
      let hint = browser.field == nil ? "No charter entry yet: Enter opens the channel; writing a field begins one."
        : "No charter entry yet: writing a field begins one."
      add(wrapped(hint, style: theme[.warning], width: width))
    }
    lines += fieldLines(row.entry, width: width).map { ($0.line, 0, $0.isMore) }
    add([Line("")], 3)
    add([Line([Span("TODAY", style: theme[.accent]), Span(" · current-state journeys", style: theme[.muted])])])
    if let today = row.today {
      let counts = countLines(today, width: width)
      add(counts.essential)
      add(counts.teams, 4)
      add(counts.serves, 4)
      add(counts.watched, 5)
    } else {
      add(wrapped("  No current-state journey uses this channel" + (row.use == .unused ? " any more." : " yet."),
        style: theme[.warning], width: width))
    }
    add([Line("")], 3)
    add([Line([Span("PLANNED", style: theme[.accent]), Span(" · future-state journeys, apart", style: theme[.muted])])])
    if let planned = row.planned {
      let counts = countLines(planned, width: width)
      add(Array(counts.essential.prefix(1)))
      add(Array(counts.essential.dropFirst()), 2)
      add(counts.teams, 6)
    } else {
      let none = overview.hasFutureState ? "  No future-state journey plans this channel." : "  No future-state journey yet."
      add(wrapped(none, style: theme[.muted], width: width))
    }
    while lines.count > area.height, let order = lines.map(\.dropOrder).max(), order > 0,
      let last = lines.lastIndex(where: { $0.dropOrder == order })
    {
      lines.remove(at: last)
    }
    var cut = false
    while lines.count > area.height, let last = lines.lastIndex(where: { $0.isMore }) {
      lines.remove(at: last)
      cut = true
    }
    // A field cut short says so at the end of what is left of it.
    if cut, let end = lines.lastIndex(where: { $0.isMore }) ?? fieldStart(in: lines.map(\.line)) {
      var spans = lines[end].line.spans
      var pad: Span?
      while let last = spans.last, last.text.allSatisfy({ $0 == " " }) { pad = spans.removeLast() }
      var line = Line(spans + [Span(" …", style: pad?.style ?? theme[.text])]).truncated(toWidth: width)
      if let pad { line.spans.append(Span(String(repeating: " ", count: max(0, width - line.width)), style: pad.style)) }
      lines[end].line = line
    }
    for (offset, entry) in lines.prefix(area.height).enumerated() {
      buffer.write(entry.line.truncated(toWidth: width), x: area.x + 1, y: area.y + offset)
    }
  }

  /// Where the highlighted field's first line is, found by its title.
  private func fieldStart(in lines: [Line]) -> Int? {
    guard let field = browser.field else { return nil }
    return lines.firstIndex { $0.plainText.hasPrefix(" " + field.title + " ") }
  }

  /// The team's fields, a row each, and the highlighted one's further lines, marked `isMore`.
  private func fieldLines(_ entry: CharterEntry?, width: Int) -> [(line: Line, isMore: Bool)] {
    let titleWidth = (CharterField.allCases.map(\.title.terminalWidth).max() ?? 10) + 2
    let valueWidth = max(8, width - titleWidth - 1)
    var lines: [(line: Line, isMore: Bool)] = []
    for field in CharterField.allCases {
      let isSelected = browser.field == field
      let base = isSelected ? theme[.selection] : theme[.text]
      let values = shown(field, entry, full: isSelected, width: valueWidth)
      for (index, value) in values.enumerated() {
        let title = index == 0 ? field.title : ""
        var line = Line([Span(" " + TextLayout.pad(title, toWidth: titleWidth), style: theme.style(.title, on: base))] + value.spans)
        line = line.truncated(toWidth: width)
        if isSelected { line.spans.append(Span(String(repeating: " ", count: max(0, width - line.width)), style: base)) }
        lines.append((line, index > 0))
      }
    }
    return lines
  }

  /// A field's value as lines: one, cut to fit, or in full when highlighted.
  private func shown(_ field: CharterField, _ entry: CharterEntry?, full: Bool, width: Int) -> [Line] {
    let base = full ? theme[.selection] : theme[.text]
    let unwritten = [Line([Span(field.unwritten, style: theme.style(.muted, on: base))])]
    guard let entry else { return unwritten }
    switch field {
    case .kpis:
      guard !entry.kpis.isEmpty else { return unwritten }
      let kpis = entry.kpis.map { id -> [Span] in
        guard let metric = state.workspace.scorecard[id] else {
          return [Span("✖ ", style: theme.style(.danger, on: base)), Span("\(id.rawValue) (not on the scorecard)", style: base)]
        }
        let status = metric.status
        // The latest value, the target and the status in words, as far as the row has room;
        // the symbol says the status anyway.
        let latest = metric.latest.map { formatValue($0.value, metric.unit) } ?? "no value yet"
        let target = metric.target.map { " · target " + formatValue($0, metric.unit) } ?? ""
        let words = full
          ? ["  \(latest)\(target) · \(status.label)", "  " + status.label, ""]
            .first { metric.name.terminalWidth + $0.terminalWidth + 2 <= width } ?? ""
          : ""
        return [Span(status.symbol + " ", style: statusStyle(status, theme, on: base)), Span(metric.name, style: base),
          Span(words, style: theme.style(.muted, on: base))]
      }
      if full { return kpis.map { Line($0) } }
      return [Line(Array(kpis.enumerated().map { index, spans in (index == 0 ? [] : [Span(" · ", style: theme.style(.muted, on: base))]) + spans }.joined()))]
    case .guardrails:
      let guardrails = entry.guardrails.filter { !$0.isBlank }
      guard !guardrails.isEmpty else { return unwritten }
      if full { return guardrails.flatMap { wrapped("· " + $0, style: base, width: width) } }
      return [Line(guardrails.joined(separator: " · "), style: base)]
    case .goal, .owner, .serviceStandard, .escalation:
      let text = field.text(of: entry, in: state.workspace)
      guard !text.isBlank else { return unwritten }
      return full ? wrapped(text, style: base, width: width) : [Line(text, style: base)]
    }
  }

  /// What the journeys say of a channel: its touchpoints and stages and the promise there, then
  /// the owning teams, the stages it serves and the metrics watching it, which give way first.
  private func countLines(_ channel: ChannelCharter.Channel, width: Int) -> (essential: [Line], teams: [Line], serves: [Line], watched: [Line]) {
    let muted = theme[.muted]
    let essential = [
      Line("  \(plural(channel.touchpointCount, "touchpoint")) in \(plural(channel.stages.count, "stage"))", style: theme[.text]),
      Line([
        Span("  ✖ \(channel.brokenCount) broken", style: channel.brokenCount > 0 ? theme[.danger] : muted),
        Span(" · ", style: muted),
        Span("▲ \(channel.atRiskCount) at risk", style: channel.atRiskCount > 0 ? theme[.warning] : muted),
        Span(" · ", style: muted),
        Span("⇄ \(plural(channel.handoffCount, "handoff"))", style: channel.handoffCount > 0 ? theme[.warning] : muted),
      ]),
    ]
    let journeys = Set(channel.stages.map(\.journeyID))
    let stages = channel.stages.lazy.map { journeys.count > 1 ? "\($0.journeyName) › \($0.stageName)" : $0.stageName }
    let labelled = { (label: String, items: [String]) in
      Line([Span("  " + TextLayout.pad(label, toWidth: 9), style: muted), Span(items.joined(separator: " · "), style: self.theme[.text])])
    }
    let teams = [channel.teams.isEmpty ? Line("  no owning team on its touchpoints", style: theme[.warning])
      : labelled("teams", Self.filling(width, with: channel.teams))]
    let names = channel.metrics.lazy.map { state.workspace.scorecard[$0]?.name ?? $0.rawValue }
    let watched = channel.metrics.isEmpty ? [] : [labelled("watched", Self.filling(width, with: names))]
    return (essential, teams, [labelled("serves", Self.filling(width, with: stages))], watched)
  }

  /// The first items, as many as can show on a line of `width` (the line is cut there anyway): a
  /// channel of a large workspace serves hundreds of stages and watches hundreds of metrics.
  static func filling(_ width: Int, with items: some Sequence<String>) -> [String] {
    var kept: [String] = []
    var used = 0
    for item in items {
      kept.append(item)
      used += item.terminalWidth + 3
      if used > width { break }
    }
    return kept
  }

  private func wrapped(_ text: String, style: Style, width: Int) -> [Line] {
    TextLayout.wrap(text, toWidth: max(1, width)).map { Line($0, style: style) }
  }
}
