import Foundation
import PillarsExport
import Testing

/// Whatever a user types comes back, as text, from the real parser: no heading, list, quote, table,
/// HTML or emphasis is made of it.
@Suite struct MarkdownTextTests {
  /// Text that means something to Markdown, to terminals or to bidirectional display.
  static let nasty: [String] = [
    "# heading", "## two", "> quote", "- item", "+ item", "* item", "1. item", "12) item", "2026. a year",
    "---", "===", "___", "***", ":-", ":--|--:", "| a | b |", "a | b", "`code`", "```", "~~~", "~~strike~~",
    "*em* and _em_ and **strong**", "<script>alert(1)</script>", "<div>block</div>", "<!-- comment -->",
    "&lt;b&gt; &amp; &#x202E;", "[link](http://example.com)", "![image](x.png)", "[^1] footnote", "[ ] task",
    "back\\slash\\", "trailing backslash \\", "$x^2$ math", "www.example.com and http://example.com",
    "    indented code", "\ttabbed", "a\nb", "line one\n# line two\n- line three\n1. line four\n> five",
    "a\r\nb\rc", "a\n\n\nb", "*\u{301}combining star", "emoji 😀👍🏽 and CJK 漢字かな",
  ]

  /// Each nasty text as cleaning leaves it, line by line.
  static func expectedLines(_ text: String) -> [String] {
    MarkdownText.clean(text).split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  @Test(arguments: nasty) func aParagraphShowsTheTextLineByLine(_ text: String) throws {
    let tree = try CMark.tree("Before.\n\n" + MarkdownText.lines(text) + "\n")
    #expect(tree.children.map(\.name) == ["paragraph", "paragraph"])
    #expect(tree.children.last?.visibleText == Self.expectedLines(text).joined(separator: "\n"))
  }

  @Test(arguments: nasty) func aListItemStaysOneItem(_ text: String) throws {
    let markdown = "- first\n- " + MarkdownText.lines(text, continuationIndent: "  ") + "\n- last\n"
    let tree = try CMark.tree(markdown)
    let items = tree.all("item")
    #expect(tree.children.map(\.name) == ["list"])
    #expect(items.count == 3)
    #expect(items.dropFirst().first?.visibleText == Self.expectedLines(text).joined(separator: "\n"))
  }

  @Test(arguments: nasty) func aTableCellStaysOneCell(_ text: String) throws {
    let markdown = "| a | b | c |\n| --- | --- | --- |\n| x | \(MarkdownText.cell(text)) | z |\n"
    let tree = try CMark.tree(markdown)
    let table = try #require(tree.all("table").first)
    #expect(table.tableShape == [3, 3])
    let cells = table.all("table_row").first?.all("table_cell") ?? []
    #expect(cells.map(\.visibleText) == ["x", Self.expectedLines(text).joined(separator: "\n"), "z"])
  }

  @Test(arguments: nasty) func aHeadingKeepsTheTextOnOneLine(_ text: String) throws {
    let tree = try CMark.tree("## " + MarkdownText.inline(text, atLineStart: false) + "\n\nAfter.\n")
    #expect(tree.children.map(\.name) == ["heading", "paragraph"])
    #expect(tree.children.first?.visibleText == Self.expectedLines(text).joined(separator: " "))
  }

  @Test(arguments: nasty) func inlineTextAtTheStartOfALineStaysAParagraph(_ text: String) throws {
    let tree = try CMark.tree("Before.\n\n" + MarkdownText.inline(text) + "\n")
    #expect(tree.children.map(\.name) == ["paragraph", "paragraph"])
  }

  @Test func rawHTMLNeverReachesTheRenderedPage() throws {
    let html = try CMark.html(MarkdownText.lines("<script>alert(1)</script>\n<img src=x onerror=alert(1)>") + "\n")
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.lowercased().contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func controlCharactersBecomeReplacementCharactersAndBidiControlsGo() {
    let text = "a\u{1B}[2J b\u{1B}]52;c;SGk=\u{07} c\u{9B}31m d\u{7F} e\u{0} f\u{202E}g\u{2066}h\u{200F}i\u{061C}j"
    #expect(
      MarkdownText.clean(text) == "a\u{FFFD}[2J b\u{FFFD}]52;c;SGk=\u{FFFD} c\u{FFFD}31m d\u{FFFD} e\u{FFFD} fghij")
    #expect(MarkdownText.clean("one\r\ntwo\rthree\u{2028}four\tfive") == "one\ntwo\nthree\nfour five")
  }

  @Test func codeLinesCannotCloseTheirFence() throws {
    let lines = ["```", "~~~", "``` text", "a\n```\nb"].map(MarkdownText.codeLine)
    #expect(lines.allSatisfy { !$0.contains("`") && !$0.contains("~") && !$0.contains("\n") })
    let markdown = "```text\n" + lines.joined(separator: "\n") + "\n```\n\nAfter.\n"
    let tree = try CMark.tree(markdown)
    #expect(tree.children.map(\.name) == ["code_block", "paragraph"])
  }

  @Test func mermaidLabelsLeaveOutMermaidSyntax() {
    let label = MarkdownText.mermaidLabel("Ticket #42: escalated; %%{init}%% <b>&amp;\n`x`")
    #expect(!label.unicodeScalars.contains { [":", ";", "#", "\n", "`", "<", ">", "&"].contains($0) })
    #expect(!label.contains("%%"))
    #expect(label.contains("42") && label.contains("escalated"))
    #expect(MarkdownText.mermaidLabel("section Sales") == "· section Sales")
    #expect(MarkdownText.mermaidLabel("Title page") == "· Title page")
    #expect(MarkdownText.mermaidLabel("  \u{1B}  ") == "\u{FFFD}")
    #expect(MarkdownText.mermaidLabel(" \n ", placeholder: "Stage") == "Stage")
    #expect(MarkdownText.mermaidActor("Sales, Marketing") == "Sales  Marketing")
  }
}
