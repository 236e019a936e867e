extension StringProtocol {
  /// The terminal columns this text takes on one line, measured per grapheme cluster.
  public var terminalWidth: Int { TerminalWidth.of(self) }
}

extension Character {
  /// The terminal columns this grapheme cluster takes: 0, 1 or 2.
  public var terminalWidth: Int { TerminalWidth.of(self) }
}
