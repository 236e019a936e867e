import PillarsCore
import ScreenKit

/// `P`: the customer-focus ladder, where the team says it stands, and what the workspace shows of it.
extension Workbench {
  static func customerFocusKey(_ key: Key, selected: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let rungs = CustomerFocusMaturity.allCases
    switch key {
    case .character("j"), .down: state.overlay = .customerFocus(selected: clamp(selected + 1, rungs.count))
    case .character("k"), .up: state.overlay = .customerFocus(selected: clamp(selected - 1, rungs.count))
    case .enter:
      state.overlay = nil
      if let refusal = writeRefusal(state) {
        state.message = .error(refusal)
        return []
      }
      if let reason = state.readOnlyDocuments[.manifest] {
        state.message = .error("\(DocumentRef.manifest.path) is read-only: \(reason)")
        return []
      }
      let rung = rungs[clamp(selected, rungs.count)]
      guard state.workspace.manifest.customerFocus != rung else {
        state.message = .info("the team already stands at \(rung.title)")
        return []
      }
      var workspace = state.workspace
      workspace.manifest.customerFocus = rung
      let effects = change(to: workspace, label: "say where the team stands", &state)
      let suggested = CustomerFocusEvidence(workspace).suggested
      state.message = .info("the team stands at \(rung.title)"
        + (suggested < rung ? "; the workspace shows \(suggested.title) so far" : "") + " — u to undo")
      return effects
    default: state.overlay = nil
    }
    return []
  }
}

extension OverlayView {
  func renderCustomerFocus(selected: Int, in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let evidence = CustomerFocusEvidence(state.workspace)
    let chosen = state.workspace.manifest.customerFocus
    let width = min(area.width - 4, 100)
    // The evidence wraps rather than lose its end: it is what the choice is weighed against.
    let evidenceLines = evidence.lines.flatMap { line in
      TextLayout.wrap(line, toWidth: max(1, width - 3)).enumerated().map { ($0.offset == 0 ? " · " : "   ") + $0.element }
    } + (chosen == nil ? ["", " The team has not said where it stands yet."] : [])
    let box = panel(in: area, width: width, height: min(area.height - 4, CustomerFocusMaturity.allCases.count + 2 + evidenceLines.count),
      title: "Where we stand on customer focus · Enter: we stand here · Esc closes", into: &buffer)
    var y = box.y
    for (index, rung) in CustomerFocusMaturity.allCases.enumerated() where y < box.bottom {
      let isSelected = index == selected
      if isSelected { buffer.fill(Rect(x: box.x, y: y, width: box.width, height: 1), style: theme[.selection]) }
      let style = isSelected ? theme[.selection] : theme[.text]
      let mark = rung == chosen && rung == evidence.suggested ? "we · shown" : rung == chosen ? "we stand here" : rung == evidence.suggested ? "◆ shown" : ""
      buffer.write(Line([
        Span(rung == chosen ? " ● " : " ○ ", style: theme.style(.accent, on: style)),
        Span(TextLayout.pad(rung.title, toWidth: 14), style: style.patched(with: Style(bold: true))),
        Span(TextLayout.pad(mark, toWidth: 15), style: theme.style(.accent, on: style)),
        Span(rung.meaning, style: style),
      ]).truncated(toWidth: box.width), x: box.x, y: y)
      y += 1
    }
    y += 1
    if y < box.bottom {
      buffer.write(" The evidence in the workspace (◆ shown: the highest rung it bears out)", x: box.x, y: y,
        style: theme[.accent], maxWidth: box.width)
      y += 1
    }
    for line in evidenceLines where y < box.bottom {
      buffer.write(TextLayout.truncate(line, toWidth: box.width), x: box.x, y: y, style: theme[.text])
      y += 1
    }
  }
}
