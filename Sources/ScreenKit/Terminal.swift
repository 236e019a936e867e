/// The screen and keyboard a run loop drives: draws finished frames, reads input.
///
/// `CursesTerminal` is the real one; `RecordingTerminal` records frames and replays queued
/// events for tests.
public protocol Terminal: AnyObject {
  /// The screen size in cells.
  var size: (width: Int, height: Int) { get }

  /// Shows a finished frame. Only what changed since the last frame is sent.
  func draw(_ buffer: Buffer)

  /// The next input, or nil when none arrives within the timeout. A negative timeout waits
  /// until something happens.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?

  /// Hands the terminal back to the shell for a while, to run an editor.
  func suspend()

  /// Takes the terminal back after `suspend()`; the next frame is drawn in full. Input the
  /// terminal received meanwhile belonged to the other program and is dropped.
  func resume()

  /// Restores the terminal for good. Safe to call more than once.
  func shutdown()
}
