/// Something that happened at the terminal, for the run loop to act on.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  /// Text pasted in one go (bracketed paste), line endings as `\n`. The text is exactly what
  /// was pasted: show it through `SafeText`, which `Buffer.write` does.
  case paste(String)
  case mouse(MouseEvent)
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// The process was asked to stop (SIGINT, SIGTERM or SIGHUP): finish up and shut down.
  case terminationRequested
}
