import Glibc
import Synchronization

/// Puts the terminal back the way the shell had it when the process is stopped by a signal
/// or dies of a crash, where no curses call may run.
///
/// `arm` saves the terminal settings and the bytes that reset the screen while everything
/// is calm; the handlers then only read that saved state and call `tcsetattr`, `write`,
/// `sigaction`, `raise` and `_exit`, which are safe in a signal handler.
///
/// - SIGINT, SIGTERM, SIGHUP: the first only sets a flag, which `takeTerminationRequest()`
///   reports so the run loop can shut down cleanly. A second, before the first was taken,
///   restores the terminal and exits with 128 plus the signal number.
/// - SIGILL and SIGTRAP (Swift runtime traps), SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT:
///   restore the terminal, put back the disposition found before (the default action or
///   the runtime's crash reporter) and raise the signal again.
enum TerminalRestorer {
  static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT]

  /// Saves the disposition of every signal the handlers take over, before curses installs
  /// its own SIGINT and SIGTERM cleanup. (ncurses installs its handlers, SIGWINCH and
  /// SIGTSTP included, once per process; those two are left to it.)
  static func saveDispositions() {
    for signal in terminationSignals + crashSignals {
      sigaction(signal, nil, state.originalActions + Int(signal))
    }
  }

  /// Records how to restore the terminal on `fd` and installs the handlers.
  ///
  /// `termios` is the terminal's mode before curses started, when there is one.
  static func arm(fd: Int32, termios saved: termios?, resetSequence: [UInt8], installHandlers: Bool) {
    if let saved {
      state.termios.pointee = saved
      state.hasTermios.pointee = 1
    } else {
      state.hasTermios.pointee = 0
    }
    let count = min(resetSequence.count, EmergencyState.resetCapacity)
    for index in 0..<count {
      state.resetBytes[index] = resetSequence[index]
    }
    state.resetCount.pointee = count
    state.fd.pointee = fd
    _ = pendingTermination.exchange(0, ordering: .sequentiallyConsistent)
    guard installHandlers else { return }
    state.handlersInstalled.pointee = 1
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in terminationSignals where !isIgnored(signal) {
      install(handleTerminationSignal, for: signal)
      sigaddset(&unblock, signal)
    }
    // A mask inherited from whatever started us would hold the signals back for ever;
    // an ignored signal (`nohup`) stays ignored, as the convention is.
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    for signal in crashSignals {
      install(handleCrashSignal, for: signal)
    }
  }

  /// Puts back the dispositions the handlers replaced and forgets the terminal.
  static func disarm() {
    if state.handlersInstalled.pointee != 0 {
      for signal in terminationSignals + crashSignals {
        sigaction(signal, state.originalActions + Int(signal), nil)
      }
      state.handlersInstalled.pointee = 0
    }
    state.fd.pointee = -1
    _ = pendingTermination.exchange(0, ordering: .sequentiallyConsistent)
  }

  /// Whether a termination signal arrived since the last call; clears the flag.
  static func takeTerminationRequest() -> Bool {
    pendingTermination.exchange(0, ordering: .sequentiallyConsistent) != 0
  }

  /// Restores the saved terminal mode and writes the reset bytes, as a handler does.
  static func restoreNow() {
    let fd = state.fd.pointee
    guard fd >= 0 else { return }
    var written = 0
    let count = state.resetCount.pointee
    while written < count {
      let result = write(fd, state.resetBytes + written, count - written)
      if result <= 0 { break }
      written += result
    }
    if state.hasTermios.pointee != 0 {
      _ = tcsetattr(fd, TCSANOW, state.termios)
    }
  }

  /// The bytes that take a terminal out of full-screen mode, from its terminfo strings.
  ///
  /// Mouse reporting and bracketed paste are switched off with the xterm sequences every
  /// terminal that knows them uses; terminals that do not ignore them.
  static func resetSequence(capability: (String) -> String?) -> [UInt8] {
    var text = "\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l\u{1B}[?2004l"
    for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      if let value = capability(name) {
        text += withoutPadding(value)
      }
    }
    return Array(text.utf8)
  }

  /// A terminfo string without its `$<5>`-style delays, which are for tputs, not the terminal.
  static func withoutPadding(_ value: String) -> String {
    var result = ""
    var rest = Substring(value)
    while let start = rest.firstRange(of: "$<") {
      result += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
        rest = rest[start.lowerBound...]
        break
      }
      rest = rest[rest.index(after: end)...]
    }
    return result + rest
  }

  private static func isIgnored(_ signal: Int32) -> Bool {
    let original = state.originalActions[Int(signal)]
    return unsafeBitCast(original.__sigaction_handler.sa_handler, to: Int.self) == 1
  }

  private static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    // No SA_RESTART: a blocking read is interrupted, so the run loop hears of it at once.
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}

/// Storage the signal handlers read, allocated once for the life of the process so that a
/// handler never allocates, locks or touches a Swift collection.
private struct EmergencyState: @unchecked Sendable {
  static let resetCapacity = 512

  let termios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  let hasTermios = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  let handlersInstalled = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  let fd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
  let resetCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
  /// Indexed by signal number.
  let originalActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

  init() {
    hasTermios.initialize(to: 0)
    handlersInstalled.initialize(to: 0)
    fd.initialize(to: -1)
    resetBytes.initialize(repeating: 0, count: EmergencyState.resetCapacity)
    resetCount.initialize(to: 0)
    originalActions.initialize(repeating: sigaction(), count: 65)
    termios.initialize(to: Glibc.termios())
  }
}

private let state = EmergencyState()
private let pendingTermination = Atomic<Int32>(0)

private func handleTerminationSignal(_ signal: Int32) {
  if pendingTermination.exchange(signal, ordering: .sequentiallyConsistent) != 0 {
    TerminalRestorer.restoreNow()
    _exit(128 + signal)
  }
}

private func handleCrashSignal(_ signal: Int32) {
  TerminalRestorer.restoreNow()
  sigaction(signal, state.originalActions + Int(signal), nil)
  raise(signal)
}
