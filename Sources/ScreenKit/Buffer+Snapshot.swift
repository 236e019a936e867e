extension Buffer {
  /// Each row as plain text, trailing spaces trimmed; a wide glyph appears once.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width {
        line += self[x, y].symbol
      }
      while line.last == " " {
        line.removeLast()
      }
      return line
    }
  }

  /// The buffer as plain text, one line per row: what a snapshot test compares.
  public var textSnapshot: String { lines.joined(separator: "\n") }

  /// The styled runs of the buffer, one line per run that is not plain.
  ///
  /// Each line reads `y:x1-x2 style`, for example `0:0-4 fg:red bold`, with columns
  /// inclusive. Styles are compared as drawn, so an unset attribute equals one set off.
  public var styleSnapshot: String {
    var runs: [String] = []
    for y in 0..<height {
      var x = 0
      while x < width {
        let style = self[x, y].style.resolved
        var end = x
        while end + 1 < width && self[end + 1, y].style.resolved == style {
          end += 1
        }
        if !style.isPlain {
          runs.append("\(y):\(x)-\(end) \(self[x, y].style.described)")
        }
        x = end + 1
      }
    }
    return runs.joined(separator: "\n")
  }
}

extension Style {
  /// The description of what the style draws, without unset or default parts.
  fileprivate var described: String {
    let drawn = resolved
    return Style(
      foreground: drawn.foreground == .default ? nil : drawn.foreground,
      background: drawn.background == .default ? nil : drawn.background,
      bold: drawn.bold, dim: drawn.dim, italic: drawn.italic, underline: drawn.underline,
      reverse: drawn.reverse
    ).description
  }
}
