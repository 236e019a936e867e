import PillarsCore
import ScreenKit

/// The box where a field is edited: a text or number field, or a pick-one list.
struct EditorPanel: Widget {
  var state: WorkbenchState
  var editor: FieldEditor

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let kind = editor.target.kind(in: state.workspace)
    let title = editor.target.label(in: state.workspace)
    let bodyHeight: Int
    switch kind {
    case .choice(let choices): bodyHeight = choices.count
    case .text(let multiline): bodyHeight = multiline ? 8 : 1
    case .number: bodyHeight = 1
    }
    let width = min(area.width - 4, 72)
    let outer = area.centered(width: width + 2, height: min(area.height, bodyHeight + 4))
    buffer.fill(outer, style: theme[.text])
    Block(title: title, titleStyle: theme[.title], borderStyle: theme[.accent]).render(in: outer, into: &buffer)
    let inner = outer.inset(by: 1)
    switch kind {
    case .choice(let choices):
      for (row, choice) in choices.enumerated() where row < inner.height - 2 {
        let selected = row == editor.choice
        if selected { buffer.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style: theme[.selection]) }
        buffer.write((selected ? "› " : "  ") + choice.label, x: inner.x, y: inner.y + row, style: selected ? theme[.selection] : theme[.text],
          maxWidth: inner.width)
      }
    case .text, .number:
      let field = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - 2))
      buffer.fill(field, style: theme[.input])
      let style = editor.field.isSelected ? theme[.selection] : theme[.input]
      StyledText(editor.field.text, style: style).render(in: field, into: &buffer, cursor: editor.field.cursor)
    }
    let hint: String
    switch kind {
    case .choice(let choices):
      let digits = choices.contains { $0.value.count == 1 && $0.value.first?.isNumber == true }
      hint = digits ? "a digit sets it · ↑↓ choose · Enter sets · Esc cancels" : "↑↓ choose · Enter sets · Esc cancels"
    case .number: hint = editor.field.isSelected ? "type to replace · ← → to change it · Enter sets · Esc cancels" : "a number · Enter sets · Esc cancels"
    case .text(let multiline): hint = multiline ? "Enter commits · C-j new line · C-o $EDITOR · Esc cancels" : "Enter commits · Esc cancels"
    }
    let message = editor.refusal.map { (text: "✖ " + $0, style: theme[.danger]) } ?? (text: hint, style: theme[.muted])
    buffer.write(TextLayout.truncate(message.text, toWidth: inner.width), x: inner.x, y: inner.bottom - 1, style: message.style)
  }
}
