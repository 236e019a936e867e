import Glibc
import ScreenKit
import Testing

@testable import CursesTerminal

extension HeadlessCursesTests {
  /// A headless 20×4 terminal writing to `output`.
  func start(_ output: ScratchFile, input: ScratchFile? = nil, options: CursesTerminal.Options? = nil) throws
    -> CursesTerminal
  {
    try CursesTerminal(
      device: .headless(inputPath: input?.path ?? "/dev/null", outputPath: output.path, width: 20, height: 4),
      term: "xterm-256color", options: options ?? quiet)
  }

  @Test("Colours reach the terminal as 256-colour sequences")
  func colours() throws {
    let output = ScratchFile("colours")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 20, height: 4)
    frame.write("alert", x: 0, y: 0, style: Style(foreground: .indexed(196), background: .indexed(17)))
    terminal.draw(frame)
    let bytes = output.bytes()
    #expect(bytes.contains("\u{1B}[38;5;196m"))
    #expect(bytes.contains("\u{1B}[48;5;17m"))
  }

  @Test("Emoji ncurses cannot measure like the model are drawn so the columns still line up")
  func emojiOutput() throws {
    let output = ScratchFile("emoji")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 20, height: 4)
    frame.write("🇫🇷|", x: 0, y: 0)
    frame.write("👍🏽|", x: 0, y: 1)
    terminal.draw(frame)
    let bytes = output.bytes()
    #expect(bytes.contains("FR|"))
    #expect(bytes.contains("👍|"))
    #expect(!bytes.contains("🏽"))
  }

  @Test("Shutting down leaves full-screen mode, turns bracketed paste off, and stops drawing")
  func shutdownRestores() throws {
    let output = ScratchFile("shutdown")
    defer { output.remove() }
    let terminal = try start(output)
    let started = output.bytes()
    #expect(started.contains("\u{1B}[?1049h"))
    #expect(started.contains("\u{1B}[?2004h"))
    terminal.shutdown()
    let stopped = Array(output.bytes().dropFirst(started.count))
    #expect(stopped.contains("\u{1B}[?1049l"))
    #expect(stopped.contains("\u{1B}[?2004l"))
    #expect(!terminal.isActive)
    let before = output.bytes().count
    var frame = Buffer(width: 20, height: 4)
    frame.write("late", x: 0, y: 0)
    terminal.draw(frame)
    terminal.shutdown()
    #expect(output.bytes().count == before)
  }

  @Test("Suspending hands the screen back; resuming repaints the whole frame")
  func suspendAndResume() throws {
    let output = ScratchFile("suspend")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 20, height: 4)
    frame.write("Journey map", x: 0, y: 1)
    terminal.draw(frame)
    let drawn = output.bytes().count
    terminal.suspend()
    let suspended = Array(output.bytes().dropFirst(drawn))
    #expect(suspended.contains("\u{1B}[?1049l"))
    #expect(suspended.contains("\u{1B}[?2004l"))
    let beforeResume = output.bytes().count
    terminal.resume()
    terminal.draw(frame)
    let resumed = Array(output.bytes().dropFirst(beforeResume))
    #expect(resumed.contains("\u{1B}[?1049h"))
    #expect(resumed.contains("\u{1B}[?2004h"))
    #expect(resumed.contains("Journey map"))
  }

  @Test("What the terminal sent while another program had it is not read as keys after resuming")
  func resumingDropsInputSentMeanwhile() throws {
    let pty = try PseudoTerminal()
    defer { pty.close() }
    let terminal = try CursesTerminal(
      device: .terminal(input: pty.follower, output: pty.follower), term: "xterm-256color", options: quiet)
    defer { terminal.shutdown() }
    terminal.suspend()
    // An editor's queries answered (cursor position, version), and a key typed as it closed.
    pty.send("\u{1B}[12;1R\u{1B}[>0;95;0c2")
    terminal.resume()
    pty.send("x")
    #expect(terminal.nextEvent(timeoutMilliseconds: 2000) == .key(.character("x")))
  }

  @Test("A cursor position in the frame shows the cursor there; none hides it")
  func cursor() throws {
    let output = ScratchFile("cursor")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 20, height: 4)
    frame.cursor = Position(x: 3, y: 2)
    terminal.draw(frame)
    let shown = output.bytes()
    #expect(shown.contains("\u{1B}[?25h"))
    #expect(shown.contains("\u{1B}[3;4H"))
    frame.cursor = nil
    terminal.draw(frame)
    #expect(Array(output.bytes().dropFirst(shown.count)).contains("\u{1B}[?25l"))
  }

  @Test("Clicks and wheel turns arrive as mouse events at their cell, one click per press")
  func mouse() throws {
    // A slow click (press, a key, release), a quick one (press and release together), the wheel.
    let events = try events(
      from: "\u{1B}[<0;5;3Mx\u{1B}[<0;5;3my\u{1B}[<0;9;4M\u{1B}[<0;9;4mz\u{1B}[<64;2;2Mw\u{1B}[<65;1;1M",
      options: CursesTerminal.Options(mouse: true, handlesSignals: false))
    #expect(
      events == [
        .mouse(MouseEvent(.click, x: 4, y: 2)), .key(.character("x")), .key(.character("y")),
        .mouse(MouseEvent(.click, x: 8, y: 3)), .key(.character("z")),
        .mouse(MouseEvent(.wheelUp, x: 1, y: 1)), .key(.character("w")),
        .mouse(MouseEvent(.wheelDown, x: 0, y: 0)),
      ])
  }

  @Test("A window size change arrives as a resize event, and the next frame is drawn in full")
  func resize() throws {
    let output = ScratchFile("resize")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 20, height: 4)
    frame.write("Segments", x: 0, y: 0)
    terminal.draw(frame)
    // Sent to the process: test threads block asynchronous signals, the main thread takes it.
    kill(getpid(), SIGWINCH)
    // Without a real terminal to ask for its new size, ncurses keeps the one it has.
    #expect(terminal.nextEvent(timeoutMilliseconds: 5000) == .resize(width: 20, height: 4))
    let before = output.bytes().count
    terminal.draw(frame)
    #expect(Array(output.bytes().dropFirst(before)).contains("Segments"))
  }

  @Test("SIGTERM is reported as a termination request, and the old handler is back after shutdown")
  func terminationSignal() throws {
    var original = sigaction()
    sigaction(SIGTERM, nil, &original)
    let output = ScratchFile("sigterm")
    defer { output.remove() }
    let terminal = try start(output, options: CursesTerminal.Options(mouse: false, handlesSignals: true))
    kill(getpid(), SIGTERM)
    #expect(terminal.nextEvent(timeoutMilliseconds: 5000) == .terminationRequested)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    terminal.shutdown()
    var after = sigaction()
    sigaction(SIGTERM, nil, &after)
    #expect(
      unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self)
        == unsafeBitCast(original.__sigaction_handler.sa_handler, to: Int.self))
  }

  @Test("The emergency restore writes the reset sequences a crash handler sends")
  func emergencyRestore() throws {
    let output = ScratchFile("emergency")
    defer { output.remove() }
    let terminal = try start(output)
    let before = output.bytes().count
    TerminalRestorer.restoreNow()
    let written = Array(output.bytes().dropFirst(before))
    terminal.shutdown()
    #expect(written.contains("\u{1B}[?2004l"))
    #expect(written.contains("\u{1B}[?1000l"))
    #expect(written.contains("\u{1B}[?25h"))
    #expect(written.contains("\u{1B}[?1049l"))
  }
}

@Suite("Reset sequence")
struct ResetSequenceTests {
  @Test("Terminfo delays are stripped and missing capabilities skipped")
  func composition() {
    let capabilities = ["sgr0": "\u{1B}[m$<2>", "rmcup": "\u{1B}[?1049l"]
    let bytes = TerminalRestorer.resetSequence { capabilities[$0] }
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasSuffix("\u{1B}[m\u{1B}[?1049l"))
    #expect(!text.contains("$<"))
    #expect(text.contains("\u{1B}[?2004l"))
  }
}

extension HeadlessCursesTests {
  @Test("A frame wider than the screen is clipped; a wide glyph cut by the edge becomes a space")
  func clipsToScreen() throws {
    let output = ScratchFile("clip")
    defer { output.remove() }
    let terminal = try start(output)
    defer { terminal.shutdown() }
    var frame = Buffer(width: 25, height: 6)
    frame.write("abcdefghijklmnopqrs漢xyz", x: 0, y: 0)
    frame.write("below the screen", x: 0, y: 5)
    terminal.draw(frame)
    let bytes = output.bytes()
    #expect(bytes.contains("abcdefghijklmnopqrs"))
    #expect(!bytes.contains("漢"))
    #expect(!bytes.contains("xyz"))
    #expect(!bytes.contains("below"))
  }
}
