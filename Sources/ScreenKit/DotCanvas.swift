/// How a chart draws its dots: Braille, 2 by 4 dots a cell, or half blocks, 1 by 2, for fonts
/// without Braille.
public enum ChartGlyphs: String, CaseIterable, Sendable {
  case braille, blocks

  /// Dots across and down one cell.
  public var dotsPerCell: (x: Int, y: Int) {
    switch self {
    case .braille: (2, 4)
    case .blocks: (1, 2)
    }
  }
}

/// A grid of dots over a block of cells, drawn as Braille or half blocks: a line chart's
/// resolution is the dots', not the cells'.
public struct DotCanvas: Sendable {
  public let columns: Int
  public let rows: Int
  public let glyphs: ChartGlyphs
  private var bits: [UInt8]

  public init(columns: Int, rows: Int, glyphs: ChartGlyphs) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    self.glyphs = glyphs
    bits = Array(repeating: 0, count: self.columns * self.rows)
  }

  public var width: Int { columns * glyphs.dotsPerCell.x }
  public var height: Int { rows * glyphs.dotsPerCell.y }

  /// Sets the dot at `x`, `y` (0, 0 at the top left); outside the canvas nothing happens.
  public mutating func set(x: Int, y: Int) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let (per, down) = glyphs.dotsPerCell
    let (cx, cy) = (x / per, y / down)
    bits[cy * columns + cx] |= Self.bit(glyphs, x % per, y % down)
  }

  /// A straight line of dots from one point to another, both included.
  public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
    var (x, y) = start
    let dx = abs(end.x - x)
    let dy = -abs(end.y - y)
    let sx = x < end.x ? 1 : -1
    let sy = y < end.y ? 1 : -1
    var error = dx + dy
    for _ in 0...(dx - dy) {
      set(x: x, y: y)
      if x == end.x && y == end.y { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += sx
      }
      if doubled <= dx {
        error += dx
        y += sy
      }
    }
  }

  /// Adds every dot of a canvas of the same size.
  public mutating func add(_ other: DotCanvas) {
    guard other.columns == columns, other.rows == rows, other.glyphs == glyphs else { return }
    for index in bits.indices { bits[index] |= other.bits[index] }
  }

  /// Whether any dot of the cell is set.
  public func isSet(column: Int, row: Int) -> Bool {
    column >= 0 && row >= 0 && column < columns && row < rows && bits[row * columns + column] != 0
  }

  /// The character of a cell; nil when it has no dot.
  public func glyph(column: Int, row: Int) -> Character? {
    guard isSet(column: column, row: row) else { return nil }
    let value = bits[row * columns + column]
    switch glyphs {
    case .braille: return Character(Unicode.Scalar(0x2800 + UInt32(value)) ?? " ")
    case .blocks: return value == 0b11 ? "█" : value == 0b01 ? "▀" : "▄"
    }
  }

  /// The bit of a dot within its cell, in the Unicode Braille order (dots 1-8).
  private static func bit(_ glyphs: ChartGlyphs, _ x: Int, _ y: Int) -> UInt8 {
    switch glyphs {
    case .blocks: return y == 0 ? 0b01 : 0b10
    case .braille:
      let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
      let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
      return x == 0 ? left[y] : right[y]
    }
  }
}
