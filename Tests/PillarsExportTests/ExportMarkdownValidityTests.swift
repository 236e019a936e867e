import Foundation
import PillarsCore
import PillarsExport
import Testing

/// Every exported page, parsed by the real cmark-gfm: the tables have the rows and columns the
/// workspace calls for, and user text, however hostile, stays text.
@Suite struct ExportMarkdownValidityTests {
  @Test func exampleTablesHaveTheExpectedRowsAndColumns() throws {
    let workspace = try ExportFixture.example()
    let today = try ExportFixture.today()
    for page in MarkdownExport.pages(for: workspace, today: today) {
      let tree = try CMark.tree(page.markdown)
      let shapes = tree.all("table").map(\.tableShape)
      #expect(shapes == ExpectedTables.shapes(of: page.name, in: workspace, today: today), "\(page.fileName)")
      #expect(!shapes.isEmpty || page.name == "index", "\(page.fileName) has no table")
    }
  }

  @Test func hostileTablesHaveTheExpectedRowsAndColumns() throws {
    let today = try ExportFixture.today()
    let hostile = HostileWorkspace.make(from: try ExportFixture.example())
    for page in MarkdownExport.pages(for: hostile, today: today) {
      let shapes = try CMark.tree(page.markdown).all("table").map(\.tableShape)
      #expect(shapes == ExpectedTables.shapes(of: page.name, in: hostile, today: today), "\(page.fileName)")
    }
  }

  @Test func hostileTextMakesNoHeadingListQuoteOrHTML() throws {
    let today = try ExportFixture.today()
    let example = try ExportFixture.example()
    let plain = MarkdownExport.pages(for: example, today: today)
    let hostile = MarkdownExport.pages(for: HostileWorkspace.make(from: example), today: today)
    #expect(hostile.map(\.fileName) == plain.map(\.fileName))
    for (plainPage, hostilePage) in zip(plain, hostile) {
      let expected = Structure(try CMark.tree(plainPage.markdown))
      let tree = try CMark.tree(hostilePage.markdown)
      let found = Structure(tree)
      #expect(found == expected, "\(hostilePage.fileName)")
      #expect(found.quotes == 0 && found.htmlBlocks == 0 && found.thematicBreaks == 0, "\(hostilePage.fileName)")
      let html = Structure.inlineHTML(tree)
      #expect(html.allSatisfy { $0 == "<br>" }, "\(hostilePage.fileName): \(html)")
    }
  }

  @Test func hostileTextIsShownWholeAndNeverAsHTML() throws {
    let hostile = HostileWorkspace.make(from: try ExportFixture.example())
    for page in MarkdownExport.pages(for: hostile, today: try ExportFixture.today()) {
      let html = try CMark.html(page.markdown)
      #expect(!html.lowercased().contains("<script"), "\(page.fileName)")
      #expect(!html.lowercased().contains("<div"), "\(page.fileName)")
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page.fileName)")
      // Every marker written is a piece of user text; each must be visible as often as it was written.
      let visible = try CMark.tree(page.markdown).visibleText
      let written = Self.markers(in: page.markdown)
      #expect(!written.isEmpty, "\(page.fileName) shows no user text")
      #expect(Self.markers(in: visible) == written, "\(page.fileName)")
    }
  }

  @Test func noControlOrBidiCharacterReachesAnyPage() throws {
    let example = try ExportFixture.example()
    let today = try ExportFixture.today()
    let pages = MarkdownExport.pages(for: example, today: today)
      + MarkdownExport.pages(for: HostileWorkspace.make(from: example), today: today)
    for page in pages {
      let forbidden = (page.markdown + page.title).unicodeScalars.filter(Self.isForbidden)
      #expect(forbidden.isEmpty, "\(page.fileName): \(forbidden.map { String($0.value, radix: 16) })")
    }
    let hostileStrategy = try #require(pages.last { $0.name == "strategy" })
    #expect(hostileStrategy.markdown.contains("\u{FFFD}\\[2J"))  // ESC shows as a replacement character
  }

  @Test func everyPageEndsWithExactlyOneNewline() throws {
    let example = try ExportFixture.example()
    let today = try ExportFixture.today()
    let pages = MarkdownExport.pages(for: example, today: today)
      + MarkdownExport.pages(for: HostileWorkspace.make(from: example), today: today)
    for page in pages {
      #expect(page.markdown.hasSuffix("\n") && !page.markdown.hasSuffix("\n\n"), "\(page.fileName)")
    }
  }

  /// How often each `⟦n⟧` marker occurs.
  static func markers(in text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "⟦"), let close = rest[open...].firstIndex(of: "⟧") {
      counts[String(rest[open...close]), default: 0] += 1
      rest = rest[rest.index(after: close)...]
    }
    return counts
  }

  /// C0 controls but line feed and tab, DEL, C1 controls, and bidirectional controls.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }
}

/// The block structure of a rendered page: what user text must never add to.
struct Structure: Equatable {
  var headings: [String]
  var lists: Int
  var items: Int
  var codeBlocks: [String]
  var tables: Int
  var paragraphs: Int
  var quotes: Int
  var htmlBlocks: Int
  var thematicBreaks: Int

  /// Inline HTML is compared on its own: the export writes only `<br>`, however many.
  static func inlineHTML(_ tree: CMark.Node) -> [String] {
    Array(Set(tree.all("html_inline").map(\.literal))).sorted()
  }

  init(_ tree: CMark.Node) {
    headings = tree.all("heading").map { $0.attributes["level"] ?? "?" }
    lists = tree.all("list").count
    items = tree.all("item").count
    codeBlocks = tree.all("code_block").map { $0.attributes["info"] ?? "" }
    tables = tree.all("table").count
    paragraphs = tree.all("paragraph").count
    quotes = tree.all("block_quote").count
    htmlBlocks = tree.all("html_block").count
    thematicBreaks = tree.all("thematic_break").count
  }
}
