import ScreenKit
import Testing

@Suite("Bracketed paste assembly")
struct PasteAssemblerTests {
  /// Feeds every scalar of `input`, then flushes as a pause in input would.
  func assemble(_ input: String, flush: Bool = true) -> [PasteAssembler.Output] {
    var assembler = PasteAssembler()
    var outputs: [PasteAssembler.Output] = []
    for scalar in input.unicodeScalars {
      outputs += assembler.feed(scalar)
    }
    if flush { outputs += assembler.flush() }
    return outputs
  }

  @Test("Typed scalars pass straight through")
  func typing() {
    #expect(assemble("ab") == [.scalars(["a"]), .scalars(["b"])])
  }

  @Test("A paste between the markers arrives in one piece")
  func paste() {
    #expect(
      assemble("x\u{1B}[200~hello world\u{1B}[201~y")
        == [.scalars(["x"]), .paste("hello world"), .scalars(["y"])])
  }

  @Test("Line endings in a paste become newlines")
  func lineEndings() {
    #expect(assemble("\u{1B}[200~a\r\nb\rc\nd\u{1B}[201~") == [.paste("a\nb\nc\nd")])
  }

  @Test("Escape sequences inside a paste stay text, even ones that start like the end marker")
  func escapesInsidePaste() {
    #expect(
      assemble("\u{1B}[200~\u{1B}[2J\u{1B}[20x\u{1B}[201~")
        == [.paste("\u{1B}[2J\u{1B}[20x")])
  }

  @Test("An ESC is held until the next scalar shows whether a paste starts")
  func heldEscape() {
    var assembler = PasteAssembler()
    #expect(assembler.feed("\u{1B}") == [])
    #expect(assembler.isHolding)
    #expect(assembler.feed("q") == [.scalars(["\u{1B}", "q"])])
    #expect(!assembler.isHolding)
  }

  @Test("A pause releases a held ESC as typed")
  func pauseReleasesEscape() {
    #expect(assemble("\u{1B}") == [.scalars(["\u{1B}"])])
    #expect(assemble("\u{1B}[20") == [.scalars(["\u{1B}", "[", "2", "0"])])
  }

  @Test("A second ESC ends the first and is held in turn")
  func doubleEscape() {
    #expect(assemble("\u{1B}\u{1B}[200~p\u{1B}[201~") == [.scalars(["\u{1B}"]), .paste("p")])
  }

  @Test("A paste keeps going over a pause, and is delivered when abandoned")
  func pauseDuringPaste() {
    var assembler = PasteAssembler()
    for scalar in "\u{1B}[200~part".unicodeScalars {
      #expect(assembler.feed(scalar) == [])
    }
    #expect(assembler.flush() == [])
    #expect(assembler.isPasting)
    for scalar in " two\u{1B}[20".unicodeScalars {
      _ = assembler.feed(scalar)
    }
    #expect(assembler.flush(abandoningPaste: true) == [.paste("part two\u{1B}[20")])
    #expect(!assembler.isPasting)
  }
}

@Suite("Keys from scalars")
struct KeyTests {
  @Test("Control bytes become named keys or Ctrl-letters")
  func controls() {
    #expect(Key(scalar: "\r") == .enter)
    #expect(Key(scalar: "\t") == .tab)
    #expect(Key(scalar: "\u{7F}") == .backspace)
    #expect(Key(scalar: "\u{08}") == .backspace)
    #expect(Key(scalar: "\u{1B}") == .escape)
    #expect(Key(scalar: "\u{01}") == .ctrl("a"))
    #expect(Key(scalar: "\u{1A}") == .ctrl("z"))
    #expect(Key(scalar: "\u{0A}") == .ctrl("j"))
    #expect(Key(scalar: "\u{1F}") == .ctrl("_"))
    #expect(Key(scalar: "\u{9B}") == nil)
    #expect(Key(scalar: "é") == .character("é"))
  }

  @Test("ESC prefixes: Escape alone, Alt with a character, unknown sequences dropped")
  func escapePrefixes() {
    #expect(Key.keys(from: ["\u{1B}"]) == [.escape])
    #expect(Key.keys(from: ["\u{1B}", "x"]) == [.alt("x")])
    #expect(Key.keys(from: ["\u{1B}", "\r"]) == [.escape, .enter])
    #expect(Key.keys(from: ["\u{1B}", "[", "2", "x"]) == [])
    #expect(Key.keys(from: ["a", "b"]) == [.character("a"), .character("b")])
  }
}
