import Glibc
import ScreenKit
import Testing

@testable import CursesTerminal

/// A scratch file under the temporary directory, removed by `remove()`.
struct ScratchFile {
  let path: String

  init(_ name: String, contents: [UInt8] = []) {
    path = "/tmp/pillars-curses-\(getpid())-\(name)"
    if let file = fopen(path, "w") {
      if !contents.isEmpty { fwrite(contents, 1, contents.count, file) }
      fclose(file)
    }
  }

  /// Every byte in the file.
  func bytes() -> [UInt8] {
    guard let file = fopen(path, "r") else { return [] }
    defer { fclose(file) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count <= 0 { break }
      result.append(contentsOf: chunk[0..<count])
    }
    return result
  }

  func remove() {
    unlink(path)
  }
}

extension Array where Element == UInt8 {
  func contains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard needle.count <= count else { return false }
    return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
  }
}

// curses has one current screen per process, so these tests take turns.
@Suite("ncurses terminal, headless", .serialized)
struct HeadlessCursesTests {
  let quiet = CursesTerminal.Options(mouse: false, handlesSignals: false)

  @Test("A frame with ASCII, CJK and emoji reaches the output, and a one-character edit costs a few bytes")
  func drawsAndUpdatesMinimally() throws {
    let output = ScratchFile("draw")
    defer { output.remove() }
    let terminal = try CursesTerminal(
      device: .headless(outputPath: output.path, width: 40, height: 6), term: "xterm-256color",
      options: quiet)
    defer { terminal.shutdown() }
    #expect(terminal.size == (40, 6))

    var frame = Buffer(width: 40, height: 6)
    frame.write("Promise kept", x: 0, y: 0, style: Style(bold: true))
    frame.write("漢字 review", x: 0, y: 2)
    frame.write("Mood 😀 up", x: 0, y: 4, style: Style(foreground: .green))
    terminal.draw(frame)
    let first = output.bytes()
    #expect(first.contains("Promise kept"))
    #expect(first.contains("漢字 review"))
    #expect(first.contains("😀"))

    frame.write("P", x: 0, y: 0, style: Style(bold: true))
    frame.write("X", x: 8, y: 0, style: Style(bold: true))
    terminal.draw(frame)
    let second = Array(output.bytes().dropFirst(first.count))
    #expect(second.contains("X"))
    #expect(second.count < 100, "second frame cost \(second.count) bytes")
  }
}

extension HeadlessCursesTests {
  /// Starts a headless terminal reading `input`, collects events until none is left.
  ///
  /// At the end of a file, ncurses may need a second read to give up on an escape sequence,
  /// so each wait lasts a moment rather than none at all.
  func events(from input: String, options: CursesTerminal.Options? = nil) throws -> [InputEvent] {
    let inputFile = ScratchFile("input", contents: Array(input.utf8))
    let output = ScratchFile("events")
    defer {
      inputFile.remove()
      output.remove()
    }
    let terminal = try CursesTerminal(
      device: .headless(inputPath: inputFile.path, outputPath: output.path, width: 20, height: 5),
      term: "xterm-256color", options: options ?? quiet)
    defer { terminal.shutdown() }
    var events: [InputEvent] = []
    while let event = terminal.nextEvent(timeoutMilliseconds: 50) {
      events.append(event)
    }
    return events
  }

  @Test("Typed characters, control keys and arrows arrive as keys")
  func keys() throws {
    // Arrows come in both the application-mode (ESC O A) and the normal-mode (ESC [ A) forms.
    let events = try events(
      from: "aé\r\u{7F}\u{01}\t\u{1B}OA\u{1B}[B\u{1B}OH\u{1B}[F\u{1B}[6~\u{1B}[Z\u{1B}[15~\u{1B}[3~")
    #expect(
      events == [
        .key(.character("a")), .key(.character("é")), .key(.enter), .key(.backspace),
        .key(.ctrl("a")), .key(.tab), .key(.up), .key(.down), .key(.home), .key(.end),
        .key(.pageDown), .key(.backTab), .key(.function(5)), .key(.delete),
      ])
  }

  @Test("ESC alone is Escape; ESC before a character is Alt")
  func escapeAndAlt() throws {
    #expect(try events(from: "\u{1B}") == [.key(.escape)])
    #expect(try events(from: "\u{1B}x") == [.key(.alt("x"))])
  }

  @Test("A bracketed paste arrives as one event, with its control characters left to SafeText")
  func bracketedPaste() throws {
    let events = try events(from: "k\u{1B}[200~first line\r\nsecond\u{1B}]52;c;aGk=\u{07}\u{1B}[201~j")
    #expect(
      events == [
        .key(.character("k")), .paste("first line\nsecond\u{1B}]52;c;aGk=\u{07}"),
        .key(.character("j")),
      ])
  }
}

extension HeadlessCursesTests {
  @Test("TERM=dumb, an unset TERM and an unknown TERM are refused with a message pointing at the commands")
  func refusesUnusableTerminalTypes() throws {
    let output = ScratchFile("refused")
    defer { output.remove() }
    let device = CursesTerminal.Device.headless(outputPath: output.path, width: 80, height: 24)
    let cases: [(String?, TerminalUnavailable.Reason)] = [
      ("dumb", .dumbTerminal), (nil, .noTerminalType), ("", .noTerminalType),
      ("no-such-terminal-type", .unknownTerminal("no-such-terminal-type")),
    ]
    for (term, reason) in cases {
      let error = #expect(throws: TerminalUnavailable.self) {
        try CursesTerminal(device: device, term: term, options: quiet)
      }
      #expect(error?.reason == reason)
      #expect(error?.description.contains("can't show the screens") == true)
      #expect(error?.description.contains("pillars check") == true)
    }
    // A refusal leaves the screen free for the next terminal.
    let terminal = try CursesTerminal(device: device, term: "xterm-256color", options: quiet)
    terminal.shutdown()
  }

  @Test("A pipe instead of a terminal is refused")
  func refusesPipes() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    defer {
      close(descriptors[0])
      close(descriptors[1])
    }
    let error = #expect(throws: TerminalUnavailable.self) {
      try CursesTerminal(
        device: .terminal(input: descriptors[0], output: descriptors[1]), term: "xterm-256color",
        options: quiet)
    }
    #expect(error?.reason == .notATerminal)
    #expect(error?.description.contains("not a terminal") == true)
  }

  @Test("Only one terminal can hold the screen at a time")
  func oneScreenAtATime() throws {
    let output = ScratchFile("one")
    defer { output.remove() }
    let device = CursesTerminal.Device.headless(outputPath: output.path, width: 80, height: 24)
    let first = try CursesTerminal(device: device, term: "xterm-256color", options: quiet)
    let error = #expect(throws: TerminalUnavailable.self) {
      try CursesTerminal(device: device, term: "xterm-256color", options: quiet)
    }
    #expect(error?.reason == .alreadyActive)
    first.shutdown()
    #expect(!first.isActive)
  }
}
