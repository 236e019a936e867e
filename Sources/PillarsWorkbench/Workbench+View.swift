import PillarsCore
import ScreenKit

/// The view: a pure function from the state to a finished frame.
extension Workbench {
  public static func view(_ state: WorkbenchState) -> Buffer {
    var buffer = Buffer(width: max(1, state.width), height: max(1, state.height))
    let theme = state.theme
    if state.isTooSmall {
      TooSmallNotice(width: state.width, height: state.height, style: theme[.warning]).render(in: buffer.area, into: &buffer)
      return buffer
    }
    buffer.fill(buffer.area, style: theme[.text])
    TabBar(state: state).render(in: Rect(x: 0, y: 0, width: state.width, height: 1), into: &buffer)
    let content = contentArea(state)
    if state.review != nil {
      // The review stands in for the panes until Esc closes it.
      ReviewView(state: state).render(in: content, into: &buffer)
    } else if state.checkpoint != nil {
      CheckpointView(state: state).render(in: content, into: &buffer)
    } else {
      renderPane(state, in: content, into: &buffer)
    }
    if state.showsKeyBar {
      KeyBar(state: state).render(in: Rect(x: 0, y: state.height - 2, width: state.width, height: 1), into: &buffer)
    }
    StatusBar(state: state).render(in: Rect(x: 0, y: state.height - 1, width: state.width, height: 1), into: &buffer)
    if let overlay = state.overlay {
      OverlayView(state: state, overlay: overlay).render(in: buffer.area, into: &buffer)
    }
    return buffer
  }

  /// Where the panes draw: everything between the tab bar and the key bar (or status line).
  static func contentArea(_ state: WorkbenchState) -> Rect {
    Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - (state.showsKeyBar ? 3 : 2)))
  }

  /// A click selects what is under it: a tab, a pillar, a metric, a segment, a journey cell.
  static func click(x: Int, y: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard !state.isTooSmall, state.overlay == nil, state.review == nil, state.checkpoint == nil else { return [] }
    if y == 0 {
      if let pane = TabBar(state: state).pane(atColumn: x) { show(pane, &state) }
      return []
    }
    let content = contentArea(state)
    guard content.contains(x: x, y: y) else { return [] }
    return clickInPane(x: x, y: y, in: content, &state)
  }
}

/// The pane tabs along the top, with the workspace's name on the right.
struct TabBar: Widget {
  var state: WorkbenchState

  /// The tabs, padded when the width allows; tighter on a narrow screen, so none is cut.
  var labels: [(pane: Pane, text: String)] {
    let padded = Pane.allCases.map { ($0, " \($0.number) \($0.title) ") }
    let room = state.width - 1 - padded.count
    if padded.map(\.1.terminalWidth).reduce(0, +) <= room { return padded }
    let tight = Pane.allCases.map { ($0, "\($0.number) \($0.title)") }
    if tight.map(\.1.terminalWidth).reduce(0, +) <= room { return tight }
    // Too many panes for every title: the current pane keeps its title, the others their number.
    return Pane.allCases.map { ($0, $0 == state.pane ? "\($0.number) \($0.title)" : "\($0.number)") }
  }

  func pane(atColumn x: Int) -> Pane? {
    var column = 1
    for (pane, text) in labels {
      if x >= column && x < column + text.terminalWidth { return pane }
      column += text.terminalWidth + 1
    }
    return nil
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    buffer.fill(area, style: theme[.tabInactive])
    var column = area.x + 1
    for (pane, text) in labels {
      let style = pane == state.pane ? theme[.tabActive] : theme[.tabInactive]
      column += buffer.write(text, x: column, y: area.y, style: style) + 1
    }
    let name = state.workspace.manifest.name + (state.readonly ? " · read-only" : "")
    let room = area.right - column - 1
    if room > 4 {
      let shown = TextLayout.truncate(name, toWidth: room)
      buffer.write(shown, x: area.right - shown.terminalWidth - 1, y: area.y, style: theme[.muted])
    }
  }
}

/// The bottom line: the message of the moment, or where you are, and the workspace's health.
struct StatusBar: Widget {
  var state: WorkbenchState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    var left: [Span] = []
    if let message = state.message {
      left.append(Span(" " + message.text, style: message.kind == .error ? theme[.danger] : theme[.statusBar]))
    } else {
      left.append(Span(" \(state.location) · \(state.pane.title)", style: theme[.statusBar]))
    }
    var right: [Span] = []
    if state.readonly {
      right.append(Span("read-only", style: theme[.statusBar]))
    } else if state.unsaved.isEmpty {
      right.append(Span("saved", style: theme[.statusBar]))
    } else {
      right.append(Span("unsaved: \(state.unsaved.count)", style: theme[.danger]))
    }
    let conflicts = state.allMergeConflicts.count
    if conflicts > 0 { right.append(Span("  ⚡ \(plural(conflicts, "conflict"))", style: theme[.danger])) }
    if state.checksPending {
      right.append(Span("  checking…", style: theme[.statusBar]))
    } else {
      right.append(Span("  ✖ \(state.errorCount) ▲ \(state.warningCount)", style: theme[.statusBar]))
    }
    right.append(Span("  ? help ", style: theme[.statusBar]))
    // A message is read whole; where you are gives way to the health figures.
    StatusLine(left: Line(left), right: Line(right), style: theme[.statusBar], keepsRight: state.message == nil)
      .render(in: area, into: &buffer)
  }
}
