import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The real GitHub-flavoured Markdown parser, cmark-gfm, run on exported text.
///
/// Tests must not pass without it: a missing parser fails them with the command that installs it.
enum CMark {
  static let executable = "/usr/bin/cmark-gfm"
  /// GitHub's extensions, except the tag filter: it would hide raw HTML the export must never write.
  static let extensions = ["table", "strikethrough", "autolink", "tasklist"]

  /// The parser's output for `markdown` in `format` (`html` or `xml`).
  static func run(_ markdown: String, to format: String) throws -> String {
    try #require(
      FileManager.default.isExecutableFile(atPath: executable),
      "cmark-gfm is missing at \(executable): install it with `apt-get install cmark-gfm`")
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent("pillars-cmark-\(UUID().uuidString).md")
    try Data(markdown.utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = extensions.flatMap { ["--extension", $0] } + ["--to", format, input.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "cmark-gfm failed with status \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }

  static func html(_ markdown: String) throws -> String { try run(markdown, to: "html") }

  /// The document tree cmark-gfm builds for `markdown`.
  static func tree(_ markdown: String) throws -> Node {
    let xml = try run(markdown, to: "xml")
    let document = try XMLDocument(data: Data(xml.utf8), options: [])
    let root = try #require(document.rootElement(), "cmark-gfm gave no document")
    return Node(root)
  }

  /// One node of cmark-gfm's XML tree: `heading`, `paragraph`, `table_cell`, `text`...
  struct Node {
    var name: String
    var attributes: [String: String]
    var literal: String
    var children: [Node]

    init(_ element: XMLElement) {
      name = element.localName ?? element.name ?? ""
      attributes = Dictionary(
        (element.attributes ?? []).map { ($0.localName ?? $0.name ?? "", $0.stringValue ?? "") },
        uniquingKeysWith: { first, _ in first })
      let elements = (element.children ?? []).compactMap { $0 as? XMLElement }
      children = elements.map(Node.init)
      literal = elements.isEmpty ? (element.stringValue ?? "") : ""
    }

    /// Every node below this one, depth first, this one included.
    var all: [Node] { [self] + children.flatMap(\.all) }

    func all(_ name: String) -> [Node] { all.filter { $0.name == name } }

    /// The text a reader sees: text, code and line breaks (as "\n"), and the `<br>` the export writes.
    var visibleText: String {
      switch name {
      case "text", "code", "code_block": return literal
      case "softbreak", "linebreak": return "\n"
      case "html_inline", "html_block": return literal == "<br>" ? "\n" : literal
      default: return children.map(\.visibleText).joined()
      }
    }

    /// Rows and cells of a table: the header row first.
    var tableShape: [Int] {
      children.filter { $0.name == "table_header" || $0.name == "table_row" }.map { $0.all("table_cell").count }
    }
  }
}
