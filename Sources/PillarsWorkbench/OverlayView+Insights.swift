import PillarsCore
import ScreenKit

/// The friction ranking, the journey comparison and the metric picker.
extension OverlayView {
  func renderInsight(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    switch overlay {
    case .frictionRanking(let selected):
      guard let journey = Workbench.selectedJourney(state) else { return }
      let entries = FrictionRanking(journey: journey, themes: state.workspace.signalThemes).entries
      let box = panel(in: area, width: min(area.width - 4, 110), height: min(area.height - 4, entries.count + 1),
        title: "Friction, worst first · Enter jumps to the touchpoint", into: &buffer)
      buffer.write(TextLayout.truncate( " impact volume  promise    emotion  friction · touchpoint (volume: reach, or by contacts of a linked theme)", toWidth: box.width), x: box.x, y: box.y,
        style: theme[.muted])
      let rows = box.height - 1
      let first = max(0, selected - rows + 1)
      for (row, entry) in entries.enumerated().dropFirst(first).prefix(rows) {
        let y = box.y + 1 + row - first
        let isSelected = row == selected
        if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = isSelected ? theme[.selection] : theme[.text]
        let reach = entry.volume.map { TextLayout.pad("\($0.compactText(digits: 0))%", toWidth: 5, alignment: .right) } ?? "    —"
        let impact = TextLayout.pad(entry.impact.map { $0.compactText(digits: 0) } ?? "—", toWidth: 6, alignment: .right)
        let promiseStyle: Style = entry.promise == .broken ? theme[.danger] : entry.promise == .atRisk ? theme[.warning] : theme[.muted]
        buffer.write(Line([
          Span(" " + impact + "  " + reach + "  ", style: style),
          Span(TextLayout.pad(entry.promise.label, toWidth: 10), style: style.patched(with: promiseStyle)),
          Span(TextLayout.pad(entry.emotion > 0 ? "+\(entry.emotion)" : "\(entry.emotion)", toWidth: 8, alignment: .right) + "  ", style: style),
          Span(entry.friction, style: style),
          Span(" · \(entry.touchpointName)\(entry.handoff ? " ⇄" : "")" + (entry.contactVolume == nil ? "" : " · by contacts"),
            style: theme.style(.muted, on: style)),
        ]).truncated(toWidth: box.width), x: box.x, y: y)
      }
    case .comparison(let current, let future, let scroll):
      guard let from = state.workspace.journeys.first(where: { $0.id == current }),
        let to = state.workspace.journeys.first(where: { $0.id == future })
      else { return }
      let comparison = JourneyComparison(current: from, future: to)
      let box = panel(in: area, width: area.width - 4, height: area.height - 4,
        title: "\(comparison.current.name) → \(comparison.future.name) · j k scroll", into: &buffer)
      var lines: [Line] = []
      for stage in comparison.stages {
        let tag = switch stage.presence {
        case .both: stage.isUnchanged ? "  (unchanged)" : ""
        case .onlyCurrent: "  (stage removed)"
        case .onlyFuture: "  (stage added)"
        }
        lines.append(Line([Span(" " + stage.name, style: theme[.accent]), Span(tag, style: theme[.muted])]))
        lines += stage.added.map { Line([Span("   + ", style: theme[.ok]), Span($0, style: theme[.text])]) }
        lines += stage.removed.map { Line([Span("   − ", style: theme[.danger]), Span($0, style: theme[.text])]) }
        lines += stage.changed.map { Line([Span("   ~ ", style: theme[.warning]), Span($0, style: theme[.text])]) }
      }
      for (row, line) in lines.dropFirst(min(scroll, max(0, lines.count - box.height))).prefix(box.height).enumerated() {
        buffer.write(line.truncated(toWidth: box.width), x: box.x, y: box.y + row)
      }
    case .comparisonPicker(let selected):
      guard let journey = Workbench.selectedJourney(state) else { return }
      let choices = Workbench.comparisonChoices(state)
      let box = panel(in: area, width: min(area.width - 4, 80), height: min(area.height - 4, choices.count),
        title: "Compare \(journey.name) with · Enter compares · Esc closes", into: &buffer)
      let first = max(0, selected - box.height + 1)
      for (row, choice) in choices.enumerated().dropFirst(first).prefix(box.height) {
        let y = box.y + row - first
        let isSelected = row == selected
        if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = isSelected ? theme[.selection] : theme[.text]
        let segment = choice.segment.flatMap { state.workspace.segments[$0]?.name }.map { " · \($0)" } ?? ""
        buffer.write(Line([Span(" " + choice.name, style: style),
          Span("  \(choice.state.rawValue) state\(segment)", style: theme.style(.muted, on: style))])
          .truncated(toWidth: box.width), x: box.x, y: y)
      }
    case .metricPicker(let picker):
      let metrics = Workbench.orderedMetrics(state.workspace)
      let title = switch picker.purpose {
      case .proof: "Proof of the promise · pick 2 or 3"
      case .touchpoint: "Metrics watching this touchpoint"
      case .charter(let channel): "KPIs of \(channel)"
      }
      let box = panel(in: area, width: min(area.width - 4, 70), height: min(area.height - 4, metrics.count + 2),
        title: title + " · Space ticks · Enter saves", into: &buffer)
      let rows = box.height - 2
      let first = max(0, picker.selected - rows + 1)
      for (row, metric) in metrics.enumerated().dropFirst(first).prefix(rows) {
        let y = box.y + row - first
        let isSelected = row == picker.selected
        if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
        let style = isSelected ? theme[.selection] : theme[.text]
        let ticked = picker.chosen.contains(metric.id)
        buffer.write(Line([Span(ticked ? " [x] " : " [ ] ", style: ticked ? theme.style(.ok, on: style) : style),
          Span(metric.name, style: style), Span("  \(metric.layer.rawValue)", style: theme.style(.muted, on: style))])
          .truncated(toWidth: box.width), x: box.x, y: y)
      }
      let footer = picker.refusal ?? "\(plural(picker.chosen.count, "metric")) ticked"
      buffer.write(TextLayout.truncate(" " + footer, toWidth: box.width), x: box.x, y: box.bottom - 1,
        style: picker.refusal == nil ? theme[.muted] : theme[.danger])
    default:
      break
    }
  }
}
