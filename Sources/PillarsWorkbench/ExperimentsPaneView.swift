import PillarsCore
import ScreenKit

/// The experiment tracker: experiments by state, with what is due.
struct ExperimentsPaneView: Widget {
  var state: WorkbenchState
  var pane: ExperimentsPane.State

  /// Each listed row: a state's heading, or an experiment under it, by its position in the workspace.
  enum Row: Equatable {
    case heading(ExperimentState, count: Int)
    case experiment(Int)
  }

  var rows: [Row] {
    // The tracker lists experiments by state already: each run of one state gets its heading.
    let experiments = state.workspace.experiments
    let order = ExperimentsPane.order(of: experiments)
    var rows: [Row] = []
    rows.reserveCapacity(order.count + ExperimentsPane.stateOrder.count)
    var start = 0
    while start < order.count {
      let experimentState = experiments[order[start]].state
      let end = order[start...].firstIndex { experiments[$0].state != experimentState } ?? order.count
      rows.append(.heading(experimentState, count: end - start))
      rows.append(contentsOf: order[start..<end].map(Row.experiment))
      start = end
    }
    return rows
  }

  func experiment(atRow y: Int, in area: Rect) -> ExperimentID? {
    guard !pane.isOpen else { return nil }
    let rows = visibleRows(in: area)
    // The slice keeps the whole list's indices: a scrolled list starts past 0.
    let index = rows.startIndex + y - (area.y + 3)
    guard rows.indices.contains(index), case .experiment(let position) = rows[index] else { return nil }
    return state.workspace.experiments[position].id
  }

  /// The rows that fit, scrolled so the selection shows.
  private func visibleRows(in area: Rect) -> ArraySlice<Row> {
    let all = rows
    let experiments = state.workspace.experiments
    let room = max(1, area.height - 6)
    let selected = all.firstIndex { if case .experiment(let i) = $0 { experiments[i].id == pane.selection } else { false } } ?? 0
    let first = max(0, min(selected - room + 1, all.count - room))
    return all.dropFirst(first).prefix(room)
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    if pane.isOpen {
      ExperimentDetailView(state: state, pane: pane).render(in: area, into: &buffer)
      return
    }
    let experiments = state.workspace.experiments
    let today = state.today
    let overdue = experiments.filter { $0.isOverdue(on: today) }.count
    let endingSoon = experiments.filter { $0.endsThisWeek(from: today) }.count
    let counts = ExperimentsPane.stateOrder.map { s in (s, experiments.filter { $0.state == s }.count) }.filter { $0.1 > 0 }
      .map { "\($0.1) \($0.0.label)" }.joined(separator: ", ")
    buffer.write(TextLayout.truncate(" The experiment tracker" + (counts.isEmpty ? "" : " · \(counts)"), toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    guard !experiments.isEmpty else {
      let key = KeyMap.keys(for: .add)?.split(separator: " ").first ?? "a"
      buffer.write(
        " No experiments yet: test the riskiest assumption first. \(key) adds one.", x: area.x, y: area.y + 2,
        style: theme[.muted], maxWidth: area.width)
      return
    }
    var due: [String] = []
    if overdue > 0 { due.append("▲ \(overdue) past \(overdue == 1 ? "its" : "their") end without a result") }
    if endingSoon > 0 { due.append("\(endingSoon) \(endingSoon == 1 ? "ends" : "end") this week") }
    buffer.write(TextLayout.truncate(" Due: " + (due.isEmpty ? "nothing this week" : due.joined(separator: "; ")), toWidth: area.width),
      x: area.x, y: area.y + 1, style: overdue > 0 ? theme[.warning] : theme[.muted])
    let showOwner = area.width >= 100
    let dueWidth = area.width >= 120 ? 34 : 26
    let datesWidth = 25
    let nameWidth = max(10, area.width - dueWidth - datesWidth - (showOwner ? 18 : 0) - 3)
    let header = "   " + TextLayout.pad("Experiment", toWidth: nameWidth) + (showOwner ? TextLayout.pad("Owner", toWidth: 18) : "")
      + TextLayout.pad("Dates", toWidth: datesWidth) + "Due or result"
    buffer.write(TextLayout.truncate(header, toWidth: area.width), x: area.x, y: area.y + 2, style: theme[.muted])
    var y = area.y + 3
    for row in visibleRows(in: area) {
      switch row {
      case .heading(let experimentState, let count):
        buffer.write(" \(experimentState.label.capitalized) (\(count))", x: area.x, y: y, style: theme[.accent], maxWidth: area.width)
      case .experiment(let position):
        let experiment = experiments[position]
        let selected = experiment.id == pane.selection
        let base = selected ? theme[.selection] : theme[.text]
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
        let (dueText, dueRole) = Self.due(experiment, today: today)
        let dates = "\(experiment.start?.description ?? "…") → \(experiment.end?.description ?? "…")"
        var row = RowCursor(x: area.x, y: y, right: area.right)
        row.write("   ", columns: 3, style: base, into: &buffer)
        row.write(experiment.name, columns: nameWidth - 1, style: base, into: &buffer)
        row.write(" ", columns: 1, style: base, into: &buffer)
        if showOwner {
          row.write(experiment.owner, columns: 17, style: theme.style(.muted, on: base), into: &buffer)
          row.write(" ", columns: 1, style: theme.style(.muted, on: base), into: &buffer)
        }
        row.write(dates, columns: datesWidth, style: theme.style(.muted, on: base), into: &buffer)
        row.write(dueText, style: theme.style(dueRole, on: base), into: &buffer)
      }
      y += 1
    }
    if let experiment = pane.selection.flatMap({ state.workspace.experiment($0) }), y + 2 < area.bottom {
      StyledText(experiment.hypothesis, style: theme[.muted]).render(
        in: Rect(x: area.x + 1, y: y + 1, width: area.width - 2, height: min(3, area.bottom - y - 1)), into: &buffer)
    }
  }

  /// What the tracker says of an experiment in its last column, and the role it is shown in.
  static func due(_ experiment: Experiment, today: CalendarDate) -> (String, Theme.Role) {
    if experiment.isOverdue(on: today) { return ("▲ past its end, no result", .warning) }
    if experiment.endsThisWeek(from: today), let end = experiment.end {
      return (end == today ? "ends today" : "ends this week", .accent)
    }
    switch experiment.state {
    case .planned:
      return (experiment.start.map { $0 > today ? "starts in \(plural($0.dayNumber - today.dayNumber, "day"))" : "due to start" }
        ?? "no dates yet", .muted)
    case .running:
      return (experiment.end.map { "ends in \(plural($0.dayNumber - today.dayNumber, "day"))" } ?? "no end date", .muted)
    case .done:
      let result = experiment.result.map(\.label) ?? "no result"
      return (experiment.decision.map { "\(result) · \($0.label)" } ?? "\(result) · no decision yet",
        experiment.result == .won ? .ok : experiment.result == .lost ? .danger : .text)
    case .stopped:
      return (experiment.stopReason.isBlank ? "stopped" : "stopped: \(experiment.stopReason)", .muted)
    }
  }
}

/// One experiment opened: its test card and learning card, and the metric it moves over its dates.
struct ExperimentDetailView: Widget {
  var state: WorkbenchState
  var pane: ExperimentsPane.State

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard let id = pane.selection, let experiment = state.workspace.experiment(id) else { return }
    buffer.write(TextLayout.truncate(" \(experiment.name) · \(experiment.state.label)   (Esc: back)", toWidth: area.width),
      x: area.x, y: area.y, style: theme[.title])
    let fields = ExperimentField.allCases
    let beside = area.width >= 110
    let below = !beside && area.height >= fields.count + 14
    let chartWidth = beside ? area.width * 2 / 5 : area.width
    let rowsWidth = beside ? area.width - chartWidth - 1 : area.width
    let rowsHeight = below ? fields.count : area.bottom - area.y - 2
    let first = max(0, pane.row - rowsHeight + 1)
    var y = area.y + 2
    for (index, field) in fields.enumerated().dropFirst(first) where y < area.y + 2 + rowsHeight {
      let selected = index == pane.row
      let base = selected ? theme[.selection] : theme[.text]
      if selected { buffer.fill(Rect(x: area.x, y: y, width: rowsWidth, height: 1), style: base) }
      buffer.write(" " + TextLayout.pad(field.title, toWidth: 19), x: area.x, y: y, style: theme.style(.muted, on: base))
      buffer.write(TextLayout.truncate(field.shownText(of: experiment, in: state.workspace), toWidth: max(1, rowsWidth - 21)),
        x: area.x + 21, y: y, style: base)
      y += 1
    }
    if !below, fields.indices.contains(pane.row), y + 3 < area.bottom {
      let field = fields[pane.row]
      // The highlighted field in full, where the rows cut it.
      buffer.write(TextLayout.truncate(" \(field.title)", toWidth: rowsWidth), x: area.x, y: y + 1, style: theme[.muted])
      StyledText(field.text(of: experiment, in: state.workspace), style: theme[.text]).render(
        in: Rect(x: area.x + 1, y: y + 2, width: rowsWidth - 2, height: area.bottom - y - 2), into: &buffer)
    }
    if beside {
      renderChart(experiment, in: Rect(x: area.x + rowsWidth + 1, y: area.y + 2, width: chartWidth, height: min(16, area.height - 2)),
        into: &buffer)
    } else if below {
      renderChart(experiment, in: Rect(x: area.x + 1, y: y + 1, width: area.width - 2, height: min(14, area.bottom - y - 1)), into: &buffer)
    }
  }

  /// The linked metric's weekly values from the week it starts to the week it ends, against the target.
  private func renderChart(_ experiment: Experiment, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    guard area.height >= 6, area.width >= 20 else { return }
    guard let id = experiment.metric, let metric = state.workspace.scorecard[id] else {
      buffer.write("No metric linked: pick the one it should move.", x: area.x, y: area.y, style: theme[.muted], maxWidth: area.width)
      return
    }
    guard let end = experiment.end ?? experiment.start.map({ $0.adding(days: 42) }) else {
      buffer.write("\(metric.name): no dates yet, so no chart.", x: area.x, y: area.y, style: theme[.muted], maxWidth: area.width)
      return
    }
    let last = end.isoWeek
    let first = (experiment.start ?? end.adding(days: -42)).isoWeek
    let count = max(2, first.weeks(until: last) + 1)
    buffer.write(TextLayout.truncate("\(metric.name) over the experiment", toWidth: area.width), x: area.x, y: area.y,
      style: theme[.title])
    var references: [LineChart.Reference] = []
    if let target = metric.target { references.append(.init(value: target, label: "target", style: theme[.ok])) }
    LineChart(
      values: metric.values(endingAt: last, count: count), references: references,
      firstLabel: first.description, lastLabel: last.description, style: theme[.accent], axisStyle: theme[.muted],
      glyphs: state.chartGlyphs, format: { $0.compactText }
    ).render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &buffer)
  }
}
