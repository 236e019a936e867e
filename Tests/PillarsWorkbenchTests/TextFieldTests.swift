@testable import PillarsWorkbench
import Testing

@Suite struct TextFieldTests {
  @Test func cursorMovesByGraphemeNotByScalar() {
    var field = TextField("👍🏽e\u{301}")
    #expect(field.cursor == 2)
    field.apply(.left)
    field.apply(.backspace)
    #expect(field.text == "e\u{301}")
  }

  @Test func readlineKeys() {
    var field = TextField("answer within one hour")
    field.apply(.wordLeft)
    field.apply(.wordLeft)
    #expect(field.cursor == 14)
    field.apply(.killToEnd)
    #expect(field.text == "answer within ")
    field.apply(.killWordBackward)
    #expect(field.text == "answer ")
    field.apply(.home)
    field.apply(.insert("We "))
    #expect(field.text == "We answer ")
    field.apply(.end)
    field.apply(.killToStart)
    #expect(field.text.isEmpty)
  }

  @Test func multilineMovesBetweenLines() {
    var field = TextField("first line\nsecond", multiline: true)
    field.apply(.up)
    #expect(field.cursorLineAndColumn == (0, 6))
    field.apply(.end)
    field.apply(.down)
    #expect(field.cursorLineAndColumn == (1, 6))
  }

  @Test func limitCutsLongPastes() {
    var field = TextField(limit: 5)
    #expect(field.apply(.insert("abcdefgh")) == false)
    #expect(field.text == "abcde")
  }
}

@Suite struct FuzzyMatchTests {
  @Test func wordStartsWin() {
    let titles = ["Go to Scorecard", "Search the workspace", "Show the check findings"]
    let ranked = titles.compactMap { t in FuzzyMatch.score("sc", in: t).map { (t, $0) } }.sorted { $0.1 > $1.1 }.map(\.0)
    #expect(ranked.first == "Go to Scorecard")
    #expect(FuzzyMatch.score("xyz", in: "Go to Scorecard") == nil)
  }
}
