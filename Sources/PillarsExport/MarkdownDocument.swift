/// A page being written, block by block: blocks are separated by one blank line and the page ends
/// with exactly one newline.
struct MarkdownDocument {
  private var blocks: [String] = []

  /// How a table column lines up.
  enum Alignment {
    case left
    case right

    var delimiter: String { self == .left ? "---" : "--:" }
  }

  /// A heading; its text stays on one line.
  mutating func heading(_ level: Int, _ text: Markdown) {
    let hashes = String(repeating: "#", count: min(max(level, 1), 6))
    blocks.append(hashes + " " + Self.oneLine(text.source))
  }

  mutating func paragraph(_ text: Markdown) {
    guard !text.isEmpty else { return }
    blocks.append(text.source)
  }

  /// A bullet list; an item's own continuation lines must be indented by two spaces.
  mutating func bullets(_ items: [Markdown]) {
    guard !items.isEmpty else { return }
    blocks.append(items.map { "- " + $0.source }.joined(separator: "\n"))
  }

  /// A table; rows shorter than the header are filled with empty cells, longer ones cut.
  mutating func table(_ header: [Markdown], _ rows: [[Markdown]], alignments: [Alignment] = []) {
    guard !header.isEmpty else { return }
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    var lines = [line(header.map { Self.oneLine($0.source) })]
    lines.append(line(header.indices.map { $0 < alignments.count ? alignments[$0].delimiter : "---" }))
    for row in rows {
      let cells = header.indices.map { $0 < row.count ? Self.oneLine(row[$0].source) : "" }
      lines.append(line(cells))
    }
    blocks.append(lines.joined(separator: "\n"))
  }

  /// A fenced code block; `lines` must already be safe inside the fence (see `MarkdownText.codeLine`).
  mutating func codeBlock(language: String, _ lines: [String]) {
    blocks.append((["```" + language] + lines + ["```"]).joined(separator: "\n"))
  }

  /// The page's text.
  var text: String { blocks.joined(separator: "\n\n") + "\n" }

  /// A line break inside a cell or heading would end it; the exporter never writes one there,
  /// and this keeps it so.
  private static func oneLine(_ source: String) -> String {
    source.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
