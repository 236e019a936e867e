import CNcursesw
import Glibc
import ScreenKit

extension CursesTerminal {
  /// Copies the frame into curses' virtual screen and sends the difference in one update.
  ///
  /// The screen is never cleared between frames, so a one-cell change costs a few bytes.
  /// Rows equal to the previous frame's are not even copied into curses, which keeps a
  /// keystroke's frame cheap on a large screen. After a resize or `resume()` the whole screen
  /// is repainted once. Cells beyond the screen are clipped; screen cells beyond the frame are
  /// blank.
  public func draw(_ buffer: Buffer) {
    guard let window = activeWindow else { return }
    var previous = previousFrame
    if needsFullRedraw {
      clearok(cn_curscr(), true)
      needsFullRedraw = false
      previous = nil
    }
    let columns = Int(cn_getmaxx(window))
    let rows = Int(cn_getmaxy(window))
    if buffer.width < columns || buffer.height < rows {
      werase(window)
      previous = nil
    }
    if let frame = previous, frame.width != buffer.width || frame.height != buffer.height {
      previous = nil
    }
    previousFrame = buffer
    let shownColumns = min(columns, buffer.width)
    // Runs of one style are the rule: its attributes and colour pair are looked up once a run.
    var lastStyle: Style?
    var lastLook: (attr_t, Int16) = (cn_a_normal(), 0)
    for y in 0..<min(rows, buffer.height) {
      if let previous, previous.rowMatches(y, in: buffer) { continue }
      // Of a changed row, only the cells that changed: curses keeps the others as they were.
      let changed = previous.map { buffer.changedColumns(in: y, since: $0) } ?? Array(0..<buffer.width)
      for x in changed where x < shownColumns {
        let cell = buffer[x, y]
        if cell.isContinuation { continue }
        // A wide glyph cut by the screen's right edge shows as a space.
        let narrowed = cell.width == 2 && x + 1 >= shownColumns
        let glyph =
          narrowed
          ? CursesGlyph(columns: [[0x20]])
          : CursesGlyph.make(
            symbol: cell.symbol, width: cell.width, unicode: unicode,
            measure: CursesGlyph.libraryWidth)
        if cell.style != lastStyle {
          lastLook = attributesAndPair(for: cell.style)
          lastStyle = cell.style
        }
        let (attributes, pair) = lastLook
        for (offset, characters) in glyph.columns.enumerated() {
          put(characters, x: x + offset, y: y, attributes: attributes, pair: pair, in: window)
        }
      }
    }
    placeCursor(buffer.cursor, columns: columns, rows: rows, in: window)
    wnoutrefresh(window)
    doupdate()
  }

  private func put(
    _ characters: [wchar_t], x: Int, y: Int, attributes: attr_t, pair: Int16,
    in window: UnsafeMutablePointer<WINDOW>
  ) {
    var cell = cchar_t()
    var text = characters
    text.append(0)
    setcchar(&cell, text, attributes, pair, nil)
    wmove(window, Int32(y), Int32(x))
    // At the bottom-right corner the cursor cannot advance and ncurses reports ERR, but the
    // character is in place.
    wadd_wch(window, &cell)
  }

  private func placeCursor(
    _ cursor: Position?, columns: Int, rows: Int, in window: UnsafeMutablePointer<WINDOW>
  ) {
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
      leaveok(window, false)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      if !cursorVisible {
        curs_set(1)
        cursorVisible = true
      }
    } else {
      leaveok(window, true)
      if cursorVisible {
        curs_set(0)
        cursorVisible = false
      }
    }
  }

  /// The curses attributes and colour pair that draw `style`.
  func attributesAndPair(for style: Style) -> (attr_t, Int16) {
    let drawn = style.resolved
    var attributes = cn_a_normal()
    if drawn.bold == true { attributes |= cn_a_bold() }
    if drawn.dim == true { attributes |= cn_a_dim() }
    if drawn.italic == true { attributes |= cn_a_italic() }
    if drawn.underline == true { attributes |= cn_a_underline() }
    if drawn.reverse == true { attributes |= cn_a_reverse() }
    let pair = colorPairs.pair(foreground: style.foreground, background: style.background) {
      pair, foreground, background in
      init_pair(pair, foreground, background) != cn_err()
    }
    return (attributes, pair)
  }
}
