import CNcursesw
import Glibc
import ScreenKit

/// The real terminal, drawn with ncurses: the only code that talks to curses.
///
/// Starting it switches the terminal to full-screen raw mode (Ctrl-C arrives as the key
/// `.ctrl("c")`), with colours, mouse and bracketed paste where available. Frames go into
/// curses' virtual screen and out with one `doupdate`, so ncurses sends only what changed.
///
/// The terminal is always handed back: by `shutdown()` (also run on deinit), by `run(_:)`
/// when its body returns or throws, and, with `Options.handlesSignals`, on SIGINT, SIGTERM,
/// SIGHUP and on crashes (see `TerminalRestorer`).
public final class CursesTerminal: Terminal {
  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  private var inputFile: UnsafeMutablePointer<FILE>?
  private var outputFile: UnsafeMutablePointer<FILE>?
  let options: Options
  private let isHeadless: Bool
  /// Whether the locale can encode Unicode; otherwise only ASCII is drawn.
  let unicode: Bool
  private var savedTermios: termios?
  var colorPairs: ColorPairs
  var pasteAssembler = PasteAssembler()
  var pendingEvents: [InputEvent] = []
  var lastInputTime: Int = 0
  var needsFullRedraw = false
  /// The frame last copied into curses; rows equal to it are not copied again.
  var previousFrame: Buffer?
  var cursorVisible = false
  var primaryButtonDown = false
  private var isPasteModeOn = false
  private var isSuspended = false

  /// Starts full-screen mode on standard input and output, with TERM from the environment.
  public convenience init(options: Options = .fromEnvironment()) throws {
    let term = getenv("TERM").map { String(cString: $0) }
    try self.init(device: .standardStreams, term: term, options: options)
  }

  /// Starts full-screen mode on `device` for the terminal type `term`.
  ///
  /// Throws `TerminalUnavailable` when the device is not a terminal, when `term` is unset,
  /// `dumb` or unknown, or when that terminal cannot move its cursor.
  public init(device: Device, term: String?, options: Options = Options()) throws {
    self.options = options
    self.isHeadless = device.isHeadless
    let files = try CursesTerminal.openFiles(device)
    guard let term, !term.isEmpty else {
      CursesTerminal.closeFiles(files)
      throw TerminalUnavailable(.noTerminalType)
    }
    guard term != "dumb" else {
      CursesTerminal.closeFiles(files)
      throw TerminalUnavailable(.dumbTerminal)
    }
    guard ScreenOwnership.claim() else {
      CursesTerminal.closeFiles(files)
      throw TerminalUnavailable(.alreadyActive)
    }
    inputFile = files.input
    outputFile = files.output
    unicode = CursesTerminal.chooseUTF8Locale()
    let outputFD = fileno(files.output)
    if !isHeadless {
      var mode = termios()
      if tcgetattr(outputFD, &mode) == 0 { savedTermios = mode }
    }
    if options.handlesSignals { TerminalRestorer.saveDispositions() }
    use_env(!isHeadless)
    guard let screen = newterm(term, files.output, files.input) else {
      TerminalRestorer.disarm()
      CursesTerminal.closeFiles(files)
      ScreenOwnership.release()
      throw TerminalUnavailable(.unknownTerminal(term))
    }
    self.screen = screen
    set_term(screen)
    window = cn_stdscr()
    colorPairs = ColorPairs(colorCount: 0, pairLimit: 0, hasDefaultColors: false)
    guard cn_string_capability("cup") != nil else {
      shutdown()
      throw TerminalUnavailable(.cannotAddressCursor(term))
    }
    // Armed before anything is sent, so a signal from here on finds the terminal restorable.
    let reset = TerminalRestorer.resetSequence { name in
      cn_string_capability(name).map { String(cString: $0) }
    }
    TerminalRestorer.arm(
      fd: outputFD, termios: savedTermios, resetSequence: reset,
      installHandlers: options.handlesSignals)
    if case .files(_, _, let width, let height) = device.kind {
      resize_term(Int32(max(1, height)), Int32(max(1, width)))
      window = cn_stdscr()
    }
    configureInput()
    colorPairs = configureColors()
    wnoutrefresh(window)
    doupdate()
    setPasteMode(on: options.bracketedPaste)
  }

  deinit {
    shutdown()
  }

  /// Runs `body` with a started terminal and shuts it down afterwards, even when `body` throws.
  public static func run<Result>(
    options: Options = .fromEnvironment(), _ body: (CursesTerminal) throws -> Result
  ) throws -> Result {
    let terminal = try CursesTerminal(options: options)
    defer { terminal.shutdown() }
    return try body(terminal)
  }

  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  /// Whether curses is running (started and not shut down).
  public var isActive: Bool { screen != nil }

  public var size: (width: Int, height: Int) {
    guard let window else { return (0, 0) }
    return (Int(cn_getmaxx(window)), Int(cn_getmaxy(window)))
  }

  /// The curses window frames are drawn into, while active.
  var activeWindow: UnsafeMutablePointer<WINDOW>? { isSuspended ? nil : window }

  public func suspend() {
    guard isActive, !isSuspended else { return }
    setPasteMode(on: false)
    def_prog_mode()
    endwin()
    isSuspended = true
  }

  public func resume() {
    guard isActive, isSuspended else { return }
    isSuspended = false
    reset_prog_mode()
    discardInputSentMeanwhile()
    clearok(cn_curscr(), true)
    wrefresh(window)
    setPasteMode(on: options.bracketedPaste)
    needsFullRedraw = true
  }

  /// Drops what the terminal sent while another program had it: that program's keys, and the
  /// terminal's answers to its queries (cursor position, colours, version), which would read
  /// here as keys. Answers still on their way (a slow link) are waited for briefly.
  private func discardInputSentMeanwhile() {
    if !isHeadless, let inputFile {
      let fd = fileno(inputFile)
      tcflush(fd, TCIFLUSH)
      let deadline = CursesTerminal.now() + CursesTerminal.answerWaitLimitMilliseconds
      var bytes = [UInt8](repeating: 0, count: 256)
      while CursesTerminal.now() < deadline {
        var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(CursesTerminal.answerGapMilliseconds)) > 0 else { break }
        guard read(fd, &bytes, bytes.count) > 0 else { break }
      }
    }
    flushinp()
    pasteAssembler = PasteAssembler()
  }

  /// After this long with nothing coming, the terminal has finished answering; and the longest wait.
  private static let answerGapMilliseconds = 30
  private static let answerWaitLimitMilliseconds = 300

  public func shutdown() {
    guard let screen else { return }
    setPasteMode(on: false)
    if options.mouse { mousemask(0, nil) }
    if !isSuspended { endwin() }
    delscreen(screen)
    self.screen = nil
    window = nil
    if let savedTermios, let outputFile {
      var mode = savedTermios
      tcsetattr(fileno(outputFile), TCSANOW, &mode)
    }
    TerminalRestorer.disarm()
    CursesTerminal.closeFiles((inputFile, outputFile))
    inputFile = nil
    outputFile = nil
    ScreenOwnership.release()
  }

  /// Switches bracketed paste on or off, sending the sequence only on a change.
  private func setPasteMode(on: Bool) {
    guard on != isPasteModeOn else { return }
    writeRaw(on ? CursesTerminal.bracketedPasteOn : CursesTerminal.bracketedPasteOff)
    isPasteModeOn = on
  }

  /// Writes bytes straight to the terminal, after what curses has already sent.
  func writeRaw(_ text: String) {
    guard let outputFile else { return }
    fflush(outputFile)
    let fd = fileno(outputFile)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var written = 0
      while written < raw.count {
        let result = write(fd, base + written, raw.count - written)
        if result <= 0 { break }
        written += result
      }
    }
  }

  private func configureInput() {
    raw()
    noecho()
    nonl()
    keypad(window, true)
    intrflush(window, false)
    set_escdelay(Int32(max(0, options.escapeDelayMilliseconds)))
    leaveok(window, true)
    curs_set(0)
    cursorVisible = false
    // Terminals that ignore the keypad-transmit request send the normal-mode sequences.
    let normalModeKeys: [(String, Int32)] = [
      ("\u{1B}[A", cn_key_up()), ("\u{1B}[B", cn_key_down()), ("\u{1B}[C", cn_key_right()),
      ("\u{1B}[D", cn_key_left()), ("\u{1B}[H", cn_key_home()), ("\u{1B}[F", cn_key_end()),
      ("\u{1B}OH", cn_key_home()), ("\u{1B}OF", cn_key_end()),
      ("\u{1B}[1~", cn_key_home()), ("\u{1B}[4~", cn_key_end()),
    ]
    for (sequence, code) in normalModeKeys {
      define_key(sequence, code)
    }
    if options.mouse {
      let wanted =
        cn_button1_pressed() | cn_button1_released() | cn_button1_clicked() | cn_button4_pressed()
        | cn_button5_pressed()
      mousemask(wanted, nil)
      mouseinterval(0)
    }
  }

  private func configureColors() -> ColorPairs {
    guard options.colors, has_colors(), start_color() != cn_err() else {
      return ColorPairs(colorCount: 0, pairLimit: 0, hasDefaultColors: false)
    }
    let hasDefaultColors = use_default_colors() != cn_err()
    return ColorPairs(
      colorCount: Int(cn_colors()), pairLimit: Int(cn_color_pairs()),
      hasDefaultColors: hasDefaultColors)
  }
}
