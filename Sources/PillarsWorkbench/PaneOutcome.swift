import PillarsCore

/// What a pane asks of the workbench, which does it once for every pane: a change goes through
/// undo, the checks and the save effects; an editor or a question becomes the overlay.
public enum PaneOutcome: Equatable, Sendable {
  /// Make `workspace` current as one undo step called `label`; then say `message`, if any.
  case change(Workspace, label: String, message: String? = nil)
  /// Open the field editor on the focused field (`e`, Enter on an open row).
  case editFocusedField
  /// Open the field editor on `target`, holding `text` instead of the field's own when given.
  case edit(EditTarget, text: String? = nil)
  case confirm(Confirmation)
  case overlay(Overlay)
  /// A line for the status bar.
  case say(String)
  case show(Pane)
}
