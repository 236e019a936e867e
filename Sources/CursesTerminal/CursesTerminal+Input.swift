import CNcursesw
import Glibc
import ScreenKit

extension CursesTerminal {
  /// Longest wait in one curses read, so a termination signal is noticed promptly.
  private static let pollSliceMilliseconds = 100
  /// A paste whose end marker has not come after this long is delivered as it stands.
  private static let pasteGiveUpMilliseconds = 1000

  /// The next input: a key, a paste, a click or wheel turn, a resize, or a termination
  /// request; nil when nothing arrives within the timeout (negative waits for ever).
  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard let window = activeWindow else { return nil }
    let deadline = timeoutMilliseconds < 0 ? nil : CursesTerminal.now() + timeoutMilliseconds
    var hasRead = false
    while true {
      if options.handlesSignals && TerminalRestorer.takeTerminationRequest() {
        return .terminationRequested
      }
      if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
      let now = CursesTerminal.now()
      // A paste or a possible escape sequence under way is finished before giving up.
      let midSequence = pasteAssembler.isHolding || pasteAssembler.isPasting
      if hasRead, !midSequence, let deadline, now >= deadline { return nil }
      hasRead = true
      var slice = CursesTerminal.pollSliceMilliseconds
      if let deadline { slice = min(slice, max(0, deadline - now)) }
      if pasteAssembler.isHolding { slice = max(1, options.escapeDelayMilliseconds) }
      wtimeout(window, Int32(slice))
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if result == cn_err() {
        if pasteAssembler.isHolding {
          deliver(pasteAssembler.flush())
        } else if pasteAssembler.isPasting,
          CursesTerminal.now() - lastInputTime >= CursesTerminal.pasteGiveUpMilliseconds
        {
          deliver(pasteAssembler.flush(abandoningPaste: true))
        }
        continue
      }
      lastInputTime = CursesTerminal.now()
      if result == cn_key_code_yes() {
        if pasteAssembler.isPasting { continue }
        deliver(pasteAssembler.flush())
        if let event = event(forKeyCode: Int32(character)) {
          pendingEvents.append(event)
        }
      } else if let scalar = Unicode.Scalar(UInt32(character)) {
        deliver(pasteAssembler.feed(scalar))
      }
    }
  }

  private func deliver(_ outputs: [PasteAssembler.Output]) {
    for output in outputs {
      switch output {
      case .paste(let text):
        pendingEvents.append(.paste(text))
      case .scalars(let scalars):
        pendingEvents.append(contentsOf: Key.keys(from: scalars).map(InputEvent.key))
      }
    }
  }

  /// The event for a curses key code, or nil for codes with no meaning here.
  private func event(forKeyCode code: Int32) -> InputEvent? {
    switch code {
    case cn_key_resize():
      needsFullRedraw = true
      let size = size
      return .resize(width: size.width, height: size.height)
    case cn_key_mouse():
      return mouseEvent()
    case cn_key_up(): return .key(.up)
    case cn_key_down(): return .key(.down)
    case cn_key_left(): return .key(.left)
    case cn_key_right(): return .key(.right)
    case cn_key_home(), cn_key_beg(): return .key(.home)
    case cn_key_end(): return .key(.end)
    case cn_key_ppage(): return .key(.pageUp)
    case cn_key_npage(): return .key(.pageDown)
    case cn_key_ic(): return .key(.insert)
    case cn_key_dc(): return .key(.delete)
    case cn_key_backspace(): return .key(.backspace)
    case cn_key_enter(): return .key(.enter)
    case cn_key_btab(): return .key(.backTab)
    case (cn_key_f0() + 1)...(cn_key_f0() + 63): return .key(.function(Int(code - cn_key_f0())))
    default: return nil
    }
  }

  /// The event for the mouse report ncurses holds.
  ///
  /// A press is a click. When press and release arrive together ncurses reports only the
  /// release, so a release with no press before it is a click too.
  private func mouseEvent() -> InputEvent? {
    var report = MEVENT()
    guard getmouse(&report) == cn_ok() else { return nil }
    let kind: MouseEvent.Kind
    if report.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
      primaryButtonDown = report.bstate & cn_button1_pressed() != 0
      kind = .click
    } else if report.bstate & cn_button1_released() != 0 {
      let pressSeen = primaryButtonDown
      primaryButtonDown = false
      if pressSeen { return nil }
      kind = .click
    } else if report.bstate & cn_button4_pressed() != 0 {
      kind = .wheelUp
    } else if report.bstate & cn_button5_pressed() != 0 {
      kind = .wheelDown
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind, x: Int(report.x), y: Int(report.y)))
  }

  /// Milliseconds on the monotonic clock.
  static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
  }
}
