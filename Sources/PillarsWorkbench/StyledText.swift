import ScreenKit

/// Text whose characters carry their own styles, wrapped at spaces: for highlighting
/// wish-words and matches inside a paragraph, and for drawing an editing cursor in it.
struct StyledText {
  var characters: [Character]
  var styles: [Style]

  init(_ text: String, style: Style) {
    characters = Array(SafeText.multiline(text))
    styles = Array(repeating: style, count: characters.count)
  }

  mutating func apply(_ style: Style, to range: Range<Int>) {
    for i in range where styles.indices.contains(i) { styles[i] = styles[i].patched(with: style) }
  }

  /// Lines of at most `width` columns: each a list of (index in the text, character).
  /// Breaks after spaces where it can, inside a word where it must, and at newlines.
  func wrap(toWidth width: Int) -> [[Int]] {
    let width = max(1, width)
    var lines: [[Int]] = []
    var line: [Int] = []
    var lineWidth = 0
    var lastSpace: Int?  // position in `line` just after the last space
    for (i, character) in characters.enumerated() {
      if character == "\n" {
        lines.append(line)
        line = []
        lineWidth = 0
        lastSpace = nil
        continue
      }
      let w = String(character).terminalWidth
      if lineWidth + w > width && !line.isEmpty {
        if let cut = lastSpace, cut < line.count {
          let carried = Array(line[cut...])
          lines.append(Array(line[..<cut]))
          line = carried
        } else {
          lines.append(line)
          line = []
        }
        lineWidth = line.reduce(0) { $0 + String(characters[$1]).terminalWidth }
        lastSpace = nil
      }
      line.append(i)
      lineWidth += w
      if character == " " { lastSpace = line.count }
    }
    lines.append(line)
    return lines
  }

  /// Draws the wrapped text from row `area.y`; returns the rows used. When `cursor` is given
  /// (an index in the text), the buffer's cursor is placed there.
  @discardableResult
  func render(in area: Rect, into buffer: inout Buffer, cursor: Int? = nil) -> Int {
    let lines = wrap(toWidth: area.width)
    var row = 0
    for line in lines where row < area.height {
      var x = area.x
      for index in line {
        if cursor == index { buffer.cursor = Position(x: x, y: area.y + row) }
        x += buffer.put(characters[index], x: x, y: area.y + row, style: styles[index])
      }
      if let cursor, cursor == (line.last.map { $0 + 1 } ?? -1), cursor == characters.count || characters[cursor] == "\n" {
        buffer.cursor = Position(x: min(x, area.right - 1), y: area.y + row)
      }
      row += 1
    }
    if let cursor, characters.isEmpty, cursor == 0 { buffer.cursor = Position(x: area.x, y: area.y) }
    return min(row, area.height)
  }
}
