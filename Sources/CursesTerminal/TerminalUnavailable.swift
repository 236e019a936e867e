/// Why the full-screen terminal could not start.
///
/// The message says what is wrong and points at the command-line commands, which work on
/// any terminal, in a pipe, or in a script.
public struct TerminalUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Reason: Hashable, Sendable {
    /// Standard input or output is a pipe or a file, not a terminal.
    case notATerminal
    /// TERM is not set.
    case noTerminalType
    /// TERM=dumb: a terminal that cannot move its cursor.
    case dumbTerminal
    /// TERM names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// The terminal's description says it cannot move the cursor.
    case cannotAddressCursor(String)
    /// A full-screen session is already running in this process.
    case alreadyActive
    /// A file given for a headless terminal could not be opened.
    case cannotOpen(String)
  }

  public var reason: Reason

  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// Where to go instead of the screens.
  public static let commandLineHint =
    "The command-line commands work anywhere: try `pillars check`, `pillars scorecard` "
    + "or `pillars --help`."

  public var description: String {
    let problem: String
    switch reason {
    case .notATerminal:
      problem =
        "This terminal can't show the screens: standard input or output is not a terminal "
        + "(is it piped or redirected?)."
    case .noTerminalType:
      problem = "This terminal can't show the screens: TERM is not set."
    case .dumbTerminal:
      problem = "This terminal can't show the screens: TERM=dumb cannot move the cursor."
    case .unknownTerminal(let name):
      problem =
        "This terminal can't show the screens: TERM=\(name) is not in the terminfo database "
        + "(try TERM=xterm-256color)."
    case .cannotAddressCursor(let name):
      problem = "This terminal can't show the screens: TERM=\(name) cannot move the cursor."
    case .alreadyActive:
      problem = "The screens are already open in this process."
    case .cannotOpen(let path):
      problem = "Cannot open \(path) for the terminal."
    }
    return problem + " " + TerminalUnavailable.commandLineHint
  }
}
