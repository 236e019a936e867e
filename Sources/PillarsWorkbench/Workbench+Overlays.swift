import PillarsCore
import ScreenKit

/// Keys while an overlay stands over the pane.
extension Workbench {
  static func handleOverlayKey(_ state: inout WorkbenchState, _ key: Key) -> [WorkbenchEffect] {
    switch state.overlay {
    case .help(let scroll, var filter?):
      // Typing after `/` narrows the list; Esc drops the filter, Enter closes.
      switch key {
      case .escape: state.overlay = .help(scroll: 0)
      case .enter: state.overlay = nil
      case .down: state.overlay = .help(scroll: scroll + 1, filter: filter)
      case .up: state.overlay = .help(scroll: max(0, scroll - 1), filter: filter)
      default:
        if let edit = textEdit(for: key, multiline: false) { filter.apply(edit) }
        state.overlay = .help(scroll: 0, filter: filter)
      }
    case .help(let scroll, nil):
      switch key {
      case .character("j"), .down: state.overlay = .help(scroll: scroll + 1)
      case .character("k"), .up: state.overlay = .help(scroll: max(0, scroll - 1))
      case .character("/"): state.overlay = .help(scroll: 0, filter: TextField())
      default: state.overlay = nil
      }
    case .findings(let scroll):
      switch key {
      case .character("j"), .down: state.overlay = .findings(scroll: min(scroll + 1, max(0, state.findings.count - 1)))
      case .character("k"), .up: state.overlay = .findings(scroll: max(0, scroll - 1))
      default: state.overlay = nil
      }
    case .palette(var palette):
      let matches = palette.matches(readonly: state.readonly)
      switch key {
      case .escape: state.overlay = nil
      case .enter:
        state.overlay = nil
        guard matches.indices.contains(palette.selected) else { return [] }
        return run(matches[palette.selected], &state)
      case .up, .ctrl("p"): palette.selected = max(0, palette.selected - 1)
      case .down, .ctrl("n"): palette.selected = min(max(0, matches.count - 1), palette.selected + 1)
      default:
        if let edit = textEdit(for: key, multiline: false) {
          palette.query.apply(edit)
          palette.selected = 0
        }
      }
      if case .palette = state.overlay { state.overlay = .palette(palette) }
    case .search(var search):
      switch key {
      case .escape: state.overlay = nil
      case .enter:
        state.overlay = nil
        guard search.hits.indices.contains(search.selected) else { return [] }
        jump(to: search.hits[search.selected].target, &state)
      case .up, .ctrl("p"): search.selected = max(0, search.selected - 1)
      case .down, .ctrl("n"): search.selected = min(max(0, search.hits.count - 1), search.selected + 1)
      default:
        if let edit = textEdit(for: key, multiline: false) {
          search.query.apply(edit)
          search.hits = WorkspaceSearch.run(search.query.text, in: state.workspace)
          search.selected = 0
        }
      }
      if case .search = state.overlay { state.overlay = .search(search) }
    case .editing(var editor):
      return editorKey(key, &editor, &state)
    case .frictionRanking, .comparison, .comparisonPicker, .metricPicker:
      return insightKey(key, &state)
    case .actions(let byOwner, let selected):
      return actionsKey(key, byOwner: byOwner, selected: selected, &state)
    case .settings(let selected):
      return settingsKey(key, selected: selected, &state)
    case .customerFocus(let selected):
      return customerFocusKey(key, selected: selected, &state)
    case .charter(let browser):
      return charterKey(key, browser, &state)
    case .promiseHistory(let selected):
      let count = state.workspace.promise.history.count
      switch key {
      case .character("j"), .down: state.overlay = .promiseHistory(selected: clamp(selected + 1, count))
      case .character("k"), .up: state.overlay = .promiseHistory(selected: clamp(selected - 1, count))
      case .enter:
        state.overlay = nil
        if let refusal = writeRefusal(state) {
          state.message = .error(refusal)
          return []
        }
        return restorePromise(selected, &state)
      default: state.overlay = nil
      }
    case .confirm(let confirmation):
      state.overlay = nil
      guard key == .character("y") || key == .character("Y") else {
        state.message = .info("nothing changed")
        if case .delete(.charterEntry(let channel)) = confirmation.consequence { state.overlay = .charter(CharterBrowser(channel: channel)) }
        return []
      }
      switch confirmation.consequence {
      case .delete(let item): return delete(item, &state)
      case .quitDiscardingUnsaved: return [.quit]
      }
    case .changedOnDisk(let question):
      return answerChangedOnDisk(key, question, &state)
    case .mergeConflicts(var list):
      return mergeConflictKey(key, &list, &state)
    case .conflict(let documents):
      switch key {
      case .character("m"):
        state.overlay = nil
        state.message = .info("keeping your version of \(documents.sorted().map(\.path).joined(separator: ", "))")
        return [.overwrite(state.workspace, documents)]
      case .character("t"):
        state.overlay = nil
        state.unsaved.subtract(documents)
        return [.reload(documents)]
      default:
        break  // The question stays until it is answered: neither side is lost by a stray key.
      }
    case nil:
      break
    }
    return []
  }

  private static func editorKey(_ key: Key, _ editor: inout FieldEditor, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let kind = editor.target.kind(in: state.workspace)
    switch key {
    case .escape:
      state.overlay = overlayAfterEditing(editor.target)
      state.message = .info("edit cancelled")
      return []
    case .enter:
      let text: String
      if case .choice(let choices) = kind {
        guard choices.indices.contains(editor.choice) else { return [] }
        text = choices[editor.choice].value
      } else {
        text = editor.field.text
      }
      var refusal: String?
      let effects = commit(editor.target, text, &state, refusal: &refusal)
      if let refusal {
        editor.refusal = refusal
        state.overlay = .editing(editor)
        return []
      }
      // Committing may open the next question (a new metric's layer); only this editor closes.
      if case .editing(let open) = state.overlay, open.target == editor.target { state.overlay = overlayAfterEditing(editor.target) }
      return effects
    default:
      break
    }
    if case .choice(let choices) = kind {
      switch key {
      case .up, .character("k"): editor.choice = max(0, editor.choice - 1)
      case .down, .character("j"): editor.choice = min(max(0, choices.count - 1), editor.choice + 1)
      case .character(let digit) where digit.isNumber:
        // A digit picks the choice it names (a 4 on a 1-5 scale) and sets it.
        guard let index = choices.firstIndex(where: { $0.value == String(digit) }) else { break }
        editor.choice = index
        state.overlay = .editing(editor)
        return editorKey(.enter, &editor, &state)
      default: break
      }
    } else if key == .ctrl("j"), case .text(multiline: true) = kind {
      editor.field.apply(.insert("\n"))
    } else if key == .ctrl("o") {
      // Ctrl-O hands the text to $EDITOR: long notes are easier there.
      state.overlay = .editing(editor)
      return beginExternalEdit(&state)
    } else if let edit = textEdit(for: key, multiline: editor.field.multiline) {
      editor.field.apply(edit)
      editor.refusal = nil
    }
    state.overlay = .editing(editor)
    return []
  }

  /// The readline-style keys of every text field.
  static func textEdit(for key: Key, multiline: Bool) -> TextField.Edit? {
    switch key {
    case .character(let c): .insert(String(c))
    case .backspace, .ctrl("h"): .backspace
    case .delete, .ctrl("d"): .deleteForward
    case .left, .ctrl("b"): .left
    case .right, .ctrl("f"): .right
    case .home, .ctrl("a"): .home
    case .end, .ctrl("e"): .end
    case .up: multiline ? .up : nil
    case .down: multiline ? .down : nil
    case .ctrl("k"): .killToEnd
    case .ctrl("u"): .killToStart
    case .ctrl("w"): .killWordBackward
    case .alt("b"): .wordLeft
    case .alt("f"): .wordRight
    default: nil
    }
  }
}
