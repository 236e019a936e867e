/// A grid of cells: one finished frame, drawn by widgets and shown by a `Terminal`.
///
/// Everything written is made safe with `SafeText`, and the grid never holds half of a
/// wide glyph: writing over either half of one blanks the other half.
public struct Buffer: Hashable, Sendable {
  public let width: Int
  public let height: Int
  /// The cells row by row, `width * height` of them.
  public private(set) var cells: [Cell]
  /// Where the terminal shows its cursor, or nil to hide it.
  public var cursor: Position?

  /// A buffer of blank cells in `style`.
  public init(width: Int, height: Int, style: Style = .plain) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: Cell(" ", style: style), count: self.width * self.height)
  }

  /// The whole buffer as a rectangle at the origin.
  public var area: Rect { Rect(width: width, height: height) }

  /// The cell at (x, y); a blank cell outside the buffer.
  public subscript(x: Int, y: Int) -> Cell {
    guard let index = index(x: x, y: y) else { return .blank }
    return cells[index]
  }

  /// The cells of row `y`, left to right; empty outside the buffer.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    guard y >= 0, y < height else { return [] }
    return cells[(y * width)..<((y + 1) * width)]
  }

  /// Whether row `y` holds the same cells as the same row of `other`; false when either buffer
  /// has no such row or their widths differ. A terminal skips the rows that did not change.
  public func rowMatches(_ y: Int, in other: Buffer) -> Bool {
    guard width == other.width, y >= 0, y < height, y < other.height else { return false }
    let start = y * width
    // Compared in place: going through slices copied every cell of every row, every frame.
    return cells.withUnsafeBufferPointer { mine in
      other.cells.withUnsafeBufferPointer { theirs in
        for column in start..<(start + width) where mine[column] != theirs[column] { return false }
        return true
      }
    }
  }

  /// The columns of row `y` whose cells differ from the same row of `other`, left to right;
  /// every column when `other` has no such row or another width.
  public func changedColumns(in y: Int, since other: Buffer) -> [Int] {
    guard y >= 0, y < height else { return [] }
    guard width == other.width, y < other.height else { return Array(0..<width) }
    let start = y * width
    return cells.withUnsafeBufferPointer { mine in
      other.cells.withUnsafeBufferPointer { theirs in
        (0..<width).filter { mine[start + $0] != theirs[start + $0] }
      }
    }
  }

  private func index(x: Int, y: Int) -> Int? {
    guard x >= 0, y >= 0, x < width, y < height else { return nil }
    return y * width + x
  }

  /// Puts one glyph at (x, y), its style laid over the cell's; returns the columns used.
  ///
  /// Nothing happens outside the buffer or for a zero-width cluster. A wide glyph with no
  /// room for its second half becomes a space.
  @discardableResult
  public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .plain) -> Int {
    guard let start = index(x: x, y: y) else { return 0 }
    var cell = Cell(character)
    if cell.isWide && x + 1 >= width {
      cell = Cell(" ")
    }
    cell.style = cells[start].style.patched(with: style)
    releaseWideGlyph(at: x, y: y)
    if cell.isWide {
      releaseWideGlyph(at: x + 1, y: y)
      cells[start] = cell
      cells[start + 1] = .continuation(style: cell.style)
    } else {
      cells[start] = cell
    }
    return cell.width
  }

  /// The cells of printable ASCII, made once.
  private static let asciiCells: [Cell] = (0x20..<0x7F).map { Cell(Character(Unicode.Scalar(UInt8($0)))) }

  /// `put` for a printable ASCII byte, which `write` has checked.
  private mutating func putASCII(_ byte: UInt8, x: Int, y: Int, style: Style) {
    let start = y * width + x
    var cell = Self.asciiCells[Int(byte) - 0x20]
    cell.style = cells[start].style.patched(with: style)
    if cells[start].width != 1 { releaseWideGlyph(at: x, y: y) }
    cells[start] = cell
  }

  /// Blanks whatever half of a wide glyph is left when the cell at (x, y) is overwritten.
  private mutating func releaseWideGlyph(at x: Int, y: Int) {
    guard let here = index(x: x, y: y) else { return }
    if cells[here].isContinuation, let lead = index(x: x - 1, y: y) {
      cells[lead] = cells[lead].blanked
      cells[here] = cells[here].blanked
    } else if cells[here].isWide, let tail = index(x: x + 1, y: y) {
      cells[tail] = cells[tail].blanked
    }
  }

  /// Writes text on row `y` from column `x`, returning the columns advanced.
  ///
  /// The text is made safe with `SafeText.line` first. Writing stops at the buffer's right
  /// edge or after `maxWidth` columns, whichever comes first; a wide glyph that does not
  /// fit leaves a space. Nothing is added to mark the cut: use `TextLayout.truncate` or
  /// `Line.truncated(toWidth:)` for an ellipsis. Columns left of the buffer are skipped.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    return writeSafe(SafeText.line(text), x: x, y: y, style: style, limit: limit)
  }

  /// Writes text cut to `columns` with a trailing `…` when it is longer, and when `padded`,
  /// spaces after it to fill them: what writing `TextLayout.truncate`'s or `TextLayout.pad`'s
  /// result does, with each glyph measured once. A table's cells are written this way.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, fitting columns: Int, padded: Bool = false
  ) -> Int {
    guard y >= 0, y < height, columns > 0 else { return 0 }
    let safe = SafeText.line(text)
    let limit = min(width, x + columns)
    var used: Int
    if safe.utf8.allSatisfy({ $0 < 0x80 }) {
      // Safe ASCII is printable, a column a byte: the cut is found by counting.
      if safe.utf8.count <= columns {
        used = writeSafe(safe, x: x, y: y, style: style, limit: limit)
      } else {
        used = writeSafe(safe[..<safe.utf8.index(safe.startIndex, offsetBy: columns - 1)], x: x, y: y, style: style, limit: limit)
        used += writeSafe("…", x: x + used, y: y, style: style, limit: limit)
      }
    } else {
      used = writeCutting(safe, x: x, y: y, style: style, columns: columns, limit: limit)
    }
    if padded && used < columns { used += writeSafe(Self.spaces(columns - used), x: x + used, y: y, style: style, limit: limit) }
    return used
  }

  /// Writes safe text into `columns`, glyph by glyph as each is measured, as `Line.truncated`
  /// cuts it: whole clusters up to one column short, spaces, then `…`, unless the rest fits.
  private mutating func writeCutting(_ safe: String, x: Int, y: Int, style: Style, columns: Int, limit: Int) -> Int {
    var column = x
    var index = safe.startIndex
    while index < safe.endIndex {
      let character = safe[index]
      let glyphWidth = TerminalWidth.of(character)
      if column - x + glyphWidth > columns - 1 {
        let rest = safe[index...]
        if Self.width(of: rest, isAtMost: columns - (column - x)) {
          return column - x + writeSafe(rest, x: column, y: y, style: style, limit: limit)
        }
        var used = column - x
        if used < columns - 1 { used += writeSafe(Self.spaces(columns - 1 - used), x: x + used, y: y, style: style, limit: limit) }
        return used + writeSafe("…", x: x + used, y: y, style: style, limit: limit)
      }
      guard place(character, columns: glyphWidth, at: &column, y: y, style: style, limit: limit) else { break }
      index = safe.index(after: index)
    }
    return column - x
  }

  private static let blanks = String(repeating: " ", count: 512)

  private static func spaces(_ count: Int) -> Substring {
    count <= blanks.utf8.count ? blanks.prefix(count) : Substring(String(repeating: " ", count: count))
  }

  /// Whether text takes no more than `columns`, measured only as far as needed to tell.
  private static func width(of text: Substring, isAtMost columns: Int) -> Bool {
    var used = 0
    for character in text {
      used += TerminalWidth.of(character)
      if used > columns { return false }
    }
    return true
  }

  /// `write` for text `SafeText` has made safe, stopping before column `limit`.
  private mutating func writeSafe(_ safe: some StringProtocol, x: Int, y: Int, style: Style, limit: Int) -> Int {
    guard y >= 0, y < height else { return 0 }
    if safe.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      // Printable ASCII is one column a byte: no clusters to find, no widths to look up.
      var column = x
      for byte in safe.utf8 {
        guard column < limit else { break }
        if column >= 0 { putASCII(byte, x: column, y: y, style: style) }
        column += 1
      }
      return column - x
    }
    var column = x
    for character in safe {
      guard place(character, columns: character.terminalWidth, at: &column, y: y, style: style, limit: limit) else { break }
    }
    return column - x
  }

  /// Puts one measured glyph of safe text at `column` and moves past it; false once the glyph
  /// reaches `limit`, where a wide one that does not fit leaves a space.
  private mutating func place(_ character: Character, columns: Int, at column: inout Int, y: Int, style: Style, limit: Int) -> Bool {
    if columns == 0 { return true }
    if column + columns > limit {
      if column < limit && column >= 0 {
        column += put(" ", x: column, y: y, style: style)
      }
      return false
    }
    if column < 0 {
      // A wide glyph straddling the left edge shows as a space in its visible half.
      if column + columns > 0 {
        put(" ", x: 0, y: y, style: style)
      }
      column += columns
      return true
    }
    column += putSafe(character, columns: columns, x: column, y: y, style: style)
    return true
  }

  /// `put` for a glyph of safe text already measured, which fits where it goes.
  private mutating func putSafe(_ character: Character, columns: Int, x: Int, y: Int, style: Style) -> Int {
    let start = y * width + x
    var cell = Cell(safe: character, width: columns)
    cell.style = cells[start].style.patched(with: style)
    releaseWideGlyph(at: x, y: y)
    if columns == 2 {
      releaseWideGlyph(at: x + 1, y: y)
      cells[start] = cell
      cells[start + 1] = .continuation(style: cell.style)
    } else {
      cells[start] = cell
    }
    return columns
  }

  /// Writes a line of styled spans on row `y` from column `x`, returning the columns used.
  @discardableResult
  public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
    var used = 0
    for span in line.spans {
      let room = maxWidth.map { $0 - used }
      if let room, room <= 0 { break }
      used += write(span.text, x: x + used, y: y, style: span.style, maxWidth: room)
    }
    return used
  }

  /// Fills a rectangle with one glyph in exactly `style`, replacing what was there.
  ///
  /// A wide glyph fills every other column; one that would spill past the right edge of
  /// the rectangle leaves a space instead.
  public mutating func fill(_ area: Rect, with character: Character = " ", style: Style = .plain) {
    let clipped = area.intersection(self.area)
    let cell = Cell(character, style: style)
    guard cell.width == 1 else {
      for y in clipped.y..<clipped.bottom {
        var x = clipped.x
        while x < clipped.right {
          if let index = index(x: x, y: y) {
            cells[index].style = style
          }
          let glyph: Character = x + cell.width > clipped.right ? " " : character
          x += max(1, put(glyph, x: x, y: y))
        }
      }
      return
    }
    // One column a glyph: each cell is the same, made once. Only a wide glyph cut at either
    // edge of the rectangle needs its other half blanked.
    for y in clipped.y..<clipped.bottom where clipped.width > 0 {
      releaseWideGlyph(at: clipped.x, y: y)
      releaseWideGlyph(at: clipped.right - 1, y: y)
      let start = y * width
      for x in clipped.x..<clipped.right { cells[start + x] = cell }
    }
  }

  /// Lays `style` over the style of every cell in a rectangle, keeping the glyphs.
  public mutating func setStyle(_ style: Style, in area: Rect) {
    let clipped = area.intersection(self.area)
    for y in clipped.y..<clipped.bottom {
      for x in clipped.x..<clipped.right {
        if let index = index(x: x, y: y) {
          cells[index].style = cells[index].style.patched(with: style)
        }
      }
    }
  }

  /// Copies another buffer in with its top-left corner at (x, y), clipped to this buffer.
  public mutating func paste(_ other: Buffer, x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other[column, row]
        guard !cell.isContinuation, let character = cell.symbol.first else { continue }
        if let index = index(x: x + column, y: y + row) {
          cells[index].style = cell.style
        }
        put(character, x: x + column, y: y + row)
      }
    }
  }
}
