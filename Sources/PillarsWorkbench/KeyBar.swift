import PillarsCore
import ScreenKit

/// A command on the key bar and the word it goes by there: `e edit`.
public struct KeyBarEntry: Equatable, Sendable {
  public var command: Command
  public var word: String

  public init(_ command: Command, _ word: String) {
    self.command = command
    self.word = word
  }
}

/// The line above the status line naming the few keys that matter in the current pane and
/// mode, as lazygit does; the palette's "Show or hide the key bar" turns it off.
struct KeyBar: Widget {
  var state: WorkbenchState

  /// What the bar says: a key and a word each, the keys as the key map names them.
  var entries: [(keys: String, word: String)] {
    if let overlay = state.overlay { return Self.overlayEntries(overlay, state) }
    let here: [KeyBarEntry]
    if state.review != nil {
      here = [
        KeyBarEntry(.edit, "value"), KeyBarEntry(.editNote, "note"), KeyBarEntry(.recordDecision(.stop), "stop"),
        KeyBarEntry(.recordDecision(.start), "start"), KeyBarEntry(.recordDecision(.continue), "continue"),
        KeyBarEntry(.open, "chart"), KeyBarEntry(.back, "leave"),
      ]
    } else if state.checkpoint != nil {
      here = [
        KeyBarEntry(.confirmPrimarySegment, "primary"), KeyBarEntry(.recordDecision(.stop), "stop"),
        KeyBarEntry(.recordDecision(.start), "start"), KeyBarEntry(.recordDecision(.continue), "continue"),
        KeyBarEntry(.markDecisionDone, "done"), KeyBarEntry(.back, "leave"),
      ]
    } else {
      here = Workbench.keyBarOfPane(state)
    }
    let keyOf: (Command) -> String? = { command in
      let table = state.review != nil ? KeyMap.reviewBindings + KeyMap.bindings
        : state.checkpoint != nil ? KeyMap.checkpointBindings + KeyMap.bindings : KeyMap.bindings
      return table.first { $0.command == command }.map { KeyMap.name(of: $0.keys[0]) }
    }
    let global = [KeyBarEntry(.help, "keys"), KeyBarEntry(.palette, "commands"), KeyBarEntry(.search, "search")]
    return (here + global).compactMap { entry in keyOf(entry.command).map { ($0, entry.word) } }
  }

  static func overlayEntries(_ overlay: Overlay, _ state: WorkbenchState) -> [(keys: String, word: String)] {
    switch overlay {
    case .editing(let editor):
      if case .text = editor.target.kind(in: state.workspace) {
        return [("Enter", "commit"), ("Esc", "cancel"), ("C-o", "$EDITOR")]
      }
      return [("Enter", "set"), ("Esc", "cancel")]
    case .help(_, let filter): return filter == nil ? [("/", "filter"), ("j k", "scroll")] : [("Esc", "all keys"), ("Enter", "close")]
    case .palette: return [("Enter", "run"), ("↑ ↓", "choose"), ("Esc", "close")]
    case .search: return [("Enter", "jump"), ("↑ ↓", "choose"), ("Esc", "close")]
    case .confirm: return [("y", "yes"), ("n", "no")]
    case .conflict, .changedOnDisk: return [("m", "keep mine"), ("t", "take theirs")]
    case .mergeConflicts(let list):
      if list.value != nil { return [("Enter", "keep this value"), ("Esc", "cancel")] }
      return [("o", "ours"), ("t", "theirs"), ("e", "edit"), ("E", "$EDITOR"), ("j k", "move"), ("Esc", "close")]
    case .metricPicker: return [("Space", "tick"), ("Enter", "set"), ("Esc", "cancel")]
    case .actions: return [("j k", "move"), ("o", "reorder"), ("Enter", "show"), ("Esc", "close")]
    case .settings: return [("j k", "move"), ("Enter e", "edit"), ("Esc", "close")]
    case .customerFocus: return [("j k", "move"), ("Enter", "we stand here"), ("Esc", "close")]
    case .charter(let browser):
      if browser.field == nil { return [("j k", "channel"), ("Enter", "open"), ("Esc", "close")] }
      return [("j k", "field"), ("Enter e", "edit"), ("E", "$EDITOR"), ("Esc", "channels")]
    case .findings, .frictionRanking, .comparison, .comparisonPicker, .promiseHistory:
      return [("j k", "move"), ("Enter", "choose"), ("Esc", "close")]
    }
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    buffer.fill(area, style: theme[.text])
    var spans: [Span] = [Span(" ", style: theme[.text])]
    for (index, entry) in entries.enumerated() {
      if index > 0 { spans.append(Span("  ", style: theme[.text])) }
      spans.append(Span(entry.keys, style: theme[.accent]))
      spans.append(Span(" " + entry.word, style: theme[.muted]))
    }
    buffer.write(Line(spans).truncated(toWidth: area.width), x: area.x, y: area.y)
  }
}
