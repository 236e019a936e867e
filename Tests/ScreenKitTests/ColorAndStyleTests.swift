import ScreenKit
import Testing

@Suite("Colours and styles")
struct ColorAndStyleTests {
  @Test("256-colour indexes map to the nearest colour a smaller palette has")
  func reduction() {
    #expect(Color.indexed(196).reduced(toPaletteOf: 256) == .indexed(196))
    #expect(Color.indexed(196).reduced(toPaletteOf: 16) == .brightRed)
    #expect(Color.indexed(196).reduced(toPaletteOf: 8) == .red)
    #expect(Color.indexed(21).reduced(toPaletteOf: 8) == .blue)
    #expect(Color.indexed(231).reduced(toPaletteOf: 16) == .brightWhite)
    #expect(Color.indexed(255).reduced(toPaletteOf: 16) == .white)
    #expect(Color.indexed(234).reduced(toPaletteOf: 8) == .black)
    #expect(Color.brightGreen.reduced(toPaletteOf: 8) == .green)
    #expect(Color.indexed(9).reduced(toPaletteOf: 16) == .brightRed)
    #expect(Color.default.reduced(toPaletteOf: 8) == .default)
  }

  @Test("Patching lays only what is set over the base style")
  func patch() {
    let base = Style(foreground: .red, background: .blue, bold: true)
    let patched = base.patched(with: Style(foreground: .green, bold: false, underline: true))
    #expect(patched == Style(foreground: .green, background: .blue, bold: false, underline: true))
    #expect(base.patched(with: .plain) == base)
  }

  @Test("Resolved styles compare as drawn")
  func resolved() {
    #expect(Style(bold: false).resolved == Style.plain.resolved)
    #expect(Style(foreground: .default).isPlain)
    #expect(!Style.plain.reversed().isPlain)
    #expect(Style(foreground: .indexed(238)).bolded().description == "fg:238 bold")
  }
}

@Suite("Recording terminal")
struct RecordingTerminalTests {
  @Test("It keeps every frame and hands out queued events in order")
  func recordsAndReplays() {
    let terminal = RecordingTerminal(width: 20, height: 5, events: [.key(.character("j"))])
    terminal.enqueue(.paste("note"))
    terminal.resize(width: 30, height: 8)
    var frame = Buffer(width: 20, height: 5)
    frame.write("first", x: 0, y: 0)
    terminal.draw(frame)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("j")))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .paste("note"))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(width: 30, height: 8))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    #expect(terminal.size == (30, 8))
    #expect(terminal.frames.count == 1)
    #expect(terminal.lastFrame?.lines.first == "first")
    terminal.suspend()
    #expect(terminal.isSuspended)
    terminal.resume()
    terminal.shutdown()
    #expect(terminal.suspendCount == 1 && terminal.resumeCount == 1 && terminal.isShutDown)
  }
}
