/// Writes a table row's cells left to right, each cut or padded to its column, none past `right`.
///
/// A row written so measures each glyph once, where padding every cell and then cutting the
/// whole line measured it three times: lists of a hundred rows are drawn on every keystroke.
public struct RowCursor {
  /// The column the next cell starts at.
  public private(set) var x: Int
  public let y: Int
  public let right: Int

  public init(x: Int, y: Int, right: Int) {
    self.x = x
    self.y = y
    self.right = right
  }

  /// The columns left before `right`.
  public var room: Int { max(0, right - x) }

  /// Writes `text` padded to `columns` (cut with `…` when longer), or, with no width, cut to the
  /// room that is left and not padded: a row's last cell.
  public mutating func write(_ text: some StringProtocol, columns: Int? = nil, style: Style, into buffer: inout Buffer) {
    let fitted = min(columns ?? room, room)
    guard fitted > 0 else { return }
    buffer.write(text, x: x, y: y, style: style, fitting: fitted, padded: columns != nil)
    x += columns.map { min($0, fitted) } ?? fitted
  }
}
