import Glibc

extension CursesTerminal {
  /// What the terminal switches on.
  public struct Options: Hashable, Sendable {
    /// Draw colours when the terminal has them. Off shows attributes only.
    public var colors: Bool
    /// Report clicks and the wheel. While on, selecting text in the terminal needs Shift.
    public var mouse: Bool
    /// Ask the terminal to mark pasted text, so a paste arrives as one event.
    public var bracketedPaste: Bool
    /// Catch SIGINT, SIGTERM and SIGHUP (reported as `.terminationRequested`; a second one
    /// before the first is taken exits at once) and crash signals, restoring the terminal
    /// in every case.
    public var handlesSignals: Bool
    /// How long a lone ESC waits for the rest of an escape sequence.
    public var escapeDelayMilliseconds: Int

    public init(
      colors: Bool = true, mouse: Bool = true, bracketedPaste: Bool = true,
      handlesSignals: Bool = true, escapeDelayMilliseconds: Int = 25
    ) {
      self.colors = colors
      self.mouse = mouse
      self.bracketedPaste = bracketedPaste
      self.handlesSignals = handlesSignals
      self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }

    /// The defaults, with colours off when NO_COLOR is set to anything non-empty.
    public static func fromEnvironment() -> Options {
      var options = Options()
      if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 {
        options.colors = false
      }
      return options
    }
  }
}
