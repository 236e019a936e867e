import PillarsCore
import ScreenKit

/// Pane 6: the themes ranked by contacts with the 80% line, and the selected theme below:
/// its owner, its place on the journey, and what its fix did.
struct SignalsPaneView: Widget {
  var state: WorkbenchState
  var pane: SignalsPane.State

  /// The ranking and the themes as listed: the memo the pane keeps, or worked out once a frame.
  var ranking: (pareto: SignalsPareto, listed: [SignalThemeID]) { SignalsPane.ranking(pane, state.workspace, today: state.today) }

  var pareto: SignalsPareto { ranking.pareto }

  /// The first row of the table.
  static let top = 4

  func theme(atRow y: Int, in area: Rect) -> SignalThemeID? {
    guard pane.mode == .ranking else { return nil }
    let (pareto, listed) = ranking
    let rows = visibleRows(listed, pareto, in: area)
    // The slice keeps the whole table's indices: a scrolled table starts past 0.
    let index = rows.startIndex + y - (area.y + Self.top)
    guard rows.indices.contains(index) else { return nil }
    return rows[index].map { listed[$0] }
  }

  /// The table's rows that fit, scrolled so the selected theme shows: each a theme's index in
  /// `listed`, or nil for the 80% line.
  func visibleRows(_ listed: [SignalThemeID], _ pareto: SignalsPareto, in area: Rect) -> ArraySlice<Int?> {
    let rows = layoutRows(listed.count, lineAfter: Self.lineAfter(pareto))
    let room = max(3, (area.height - Self.top) / 2)
    let selectedIndex = listed.firstIndex { $0 == (pane.selection ?? listed.first) } ?? 0
    let first = max(0, (rows.firstIndex { $0 == selectedIndex } ?? 0) - room + 1)
    return rows.dropFirst(first).prefix(room)
  }

  /// The row after which the 80% line is drawn, when some themes fall below it.
  static func lineAfter(_ pareto: SignalsPareto) -> Int? {
    let drivers = pareto.drivers.count
    return drivers > 0 && drivers < pareto.rows.count ? drivers - 1 : nil
  }

  /// Each screen row's theme index, nil for the 80% line.
  func layoutRows(_ count: Int, lineAfter: Int?) -> [Int?] {
    var rows: [Int?] = []
    for index in 0..<count {
      rows.append(index)
      if index == lineAfter { rows.append(nil) }
    }
    return rows
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    switch pane.mode {
    case .ranking: renderRanking(in: area, into: &buffer)
    case .theme: SignalThemeOpened(workbench: state, pane: pane, pareto: pareto).render(in: area, into: &buffer)
    case .filters, .tags, .mapping: SignalsPickList(workbench: state, pane: pane).render(in: area, into: &buffer)
    }
  }

  /// "in all", "from Busy clinics", "by email": whose contacts the ranking counts.
  static func whose(_ filter: SignalFilter, in workspace: Workspace) -> String {
    switch filter {
    case .all: "in all"
    case .segment(let segment): "from \(workspace.segments[SegmentID(segment)]?.name ?? segment)"
    case .channel(let channel): "by \(channel)"
    }
  }

  func renderRanking(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let pareto = pareto
    let workspace = state.workspace
    let title =
      pane.filter == .all
      ? " Customer signals · last \(pane.weeks) weeks, \(pareto.firstWeek) to \(pareto.lastWeek) (W: 4, 13 or 52)"
      : " Customer signals · \(pane.weeks) weeks · \(pane.filter.title(in: workspace)), \(pareto.firstWeek) to \(pareto.lastWeek) (V: all contacts again)"
    buffer.write(TextLayout.truncate(title, toWidth: area.width), x: area.x, y: area.y, style: theme[.title])
    guard !workspace.signalThemes.isEmpty else {
      buffer.write(TextLayout.truncate(" No themes yet: `pillars signals import FILE.csv` counts the helpdesk's tickets by theme.", toWidth: area.width),
        x: area.x, y: area.y + 2, style: theme[.muted])
      return
    }
    let whose = Self.whose(pane.filter, in: workspace)
    let summary =
      pareto.summary.map { "\($0), \(pareto.total) contacts \(whose)" }
      ?? (pane.filter == .all ? "No contacts in these weeks." : "No contacts \(whose) in these weeks: V counts another segment or channel, or all.")
    buffer.write(TextLayout.truncate(" " + summary, toWidth: area.width), x: area.x, y: area.y + 1, style: theme[.accent])
    let unmapped = workspace.signalTags.unmapped
    if !unmapped.isEmpty {
      let tickets = unmapped.values.reduce(0, +)
      buffer.write(TextLayout.truncate(" ▲ unmapped tags (\(unmapped.count)) on \(plural(tickets, "ticket")) of the last import: # maps them to themes", toWidth: area.width),
        x: area.x, y: area.y + 2, style: theme[.warning])
    }
    let trendWidth = area.width >= 110 ? 13 : 8
    let nameWidth = max(10, area.width - 53 - trendWidth)
    let header = " #  " + TextLayout.pad("Theme", toWidth: nameWidth) + "Contacts Share   Cum  " + TextLayout.pad("Trend", toWidth: trendWidth) + "  Δ wk  State"
    buffer.write(TextLayout.truncate(header, toWidth: area.width), x: area.x, y: area.y + 3, style: theme[.muted])
    let rowsByTheme = Dictionary(pareto.rows.map { ($0.theme, $0) }, uniquingKeysWith: { first, _ in first })
    let themes = ranking.listed
    let selected = pane.selection ?? themes.first
    var y = area.y + Self.top
    for row in visibleRows(themes, pareto, in: area) {
      defer { y += 1 }
      guard let index = row else {
        buffer.write(TextLayout.truncate(" " + String(repeating: "┄", count: max(0, area.width - 8)) + " 80%", toWidth: area.width),
          x: area.x, y: y, style: theme[.warning])
        continue
      }
      let id = themes[index]
      let isSelected = id == selected
      let base = isSelected ? theme[.selection] : theme[.text]
      if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
      let ranked = rowsByTheme[id]
      // A ranked row carries its theme's name and state; only a theme with no contacts is looked up.
      let unranked = ranked == nil ? workspace.signalTheme(id) : nil
      let name = ranked?.name ?? unranked?.name ?? id.rawValue
      let state = ranked?.state ?? unranked?.state ?? .open
      var cells = RowCursor(x: area.x, y: y, right: area.right)
      cells.write(" \(index + 1)", columns: 4, style: theme.style(.muted, on: base), into: &buffer)
      cells.write(name, columns: nameWidth, style: ranked?.drivesEighty == true ? base.patched(with: Style(bold: true)) : base, into: &buffer)
      if let ranked {
        cells.write(TextLayout.pad("\(ranked.contacts)", toWidth: 8, alignment: .right), columns: 8, style: base, into: &buffer)
        cells.write(TextLayout.pad(Self.percent(ranked.share), toWidth: 6, alignment: .right), columns: 6, style: base, into: &buffer)
        cells.write(TextLayout.pad(Self.percent(ranked.cumulativeShare), toWidth: 6, alignment: .right) + "  ", columns: 8, style: base, into: &buffer)
        cells.write(Sparkline(values: ranked.trend.map { Double($0) }).glyphs(width: trendWidth), columns: trendWidth,
          style: theme.style(.accent, on: base), into: &buffer)
        let change = ranked.changeSinceLastWeek > 0 ? "+\(ranked.changeSinceLastWeek)" : "\(ranked.changeSinceLastWeek)"
        cells.write(TextLayout.pad(change, toWidth: 6, alignment: .right) + "  ", columns: 8, style: base, into: &buffer)
      } else {
        cells.write(TextLayout.pad("0", toWidth: 8, alignment: .right), columns: 22, style: base, into: &buffer)
        cells.write("", columns: trendWidth, style: theme.style(.accent, on: base), into: &buffer)
        cells.write("  ", columns: 8, style: base, into: &buffer)
      }
      cells.write(state.title, style: theme.style(state == .open ? .muted : .ok, on: base), into: &buffer)
    }
    if let id = selected, let chosen = workspace.signalTheme(id) {
      SignalThemeDetail(theme: chosen, workbench: state, pareto: pareto)
        .render(in: Rect(x: area.x, y: y + 1, width: area.width, height: max(0, area.bottom - y - 1)), into: &buffer)
    }
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

/// The selected theme: who owns it, where it arises on the journey, and what its fix did.
struct SignalThemeDetail: Widget {
  var theme: SignalTheme
  var workbench: WorkbenchState
  var pareto: SignalsPareto

  func render(in area: Rect, into buffer: inout Buffer) {
    let style = workbench.theme
    let workspace = workbench.workspace
    var lines: [(String, Style)] = []
    lines.append((" \(theme.name) · owner \(theme.owner.isBlank ? "nobody" : theme.owner) · \(theme.state.title)", style[.title]))
    if !theme.description.isBlank { lines.append((" " + theme.description, style[.text])) }
    let places = theme.touchpoints.map { link in Self.place(link, in: workspace) }
    lines.append((places.isEmpty ? " Linked to no touchpoint yet" : " At: " + places.joined(separator: "; "),
      places.isEmpty && theme.friction.isEmpty ? style[.warning] : style[.text]))
    for link in theme.friction {
      lines.append((" Friction: \"\(link.friction)\" (\(Self.place(link.touchpointPath, in: workspace)))", style[.text]))
    }
    if let effect = FixEffect(of: theme, among: workspace.signalThemes, through: pareto.lastWeek) {
      lines.append((" Fix of \(effect.fixedOn): \(effect.text) — share \(SignalsPaneView.percent(effect.shareBefore)) before, \(SignalsPaneView.percent(effect.shareAfter)) after",
        effect.worked ? style[.ok] : style[.warning]))
      if !theme.whatChanged.isBlank { lines.append((" What changed: " + theme.whatChanged, style[.muted])) }
    }
    for (offset, line) in lines.enumerated() where offset < area.height {
      buffer.write(TextLayout.truncate(line.0, toWidth: area.width), x: area.x, y: area.y + offset, style: line.1)
    }
  }

  /// "Journey › Stage › Touchpoint", or the ids when the journey no longer has it.
  static func place(_ link: TouchpointPath, in workspace: Workspace) -> String {
    guard let journey = workspace.journey(link.journey),
      let (stage, touchpoint) = journey.touchpoints.first(where: { $0.touchpoint.id == link.touchpoint })
    else { return "\(link.journey) › \(link.stage) › \(link.touchpoint) (not found)" }
    return "\(journey.name) › \(stage.name) › \(touchpoint.name)"
  }
}
