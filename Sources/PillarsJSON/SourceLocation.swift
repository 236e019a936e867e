/// A place in a text file: a line and a column, both counted from 1.
///
/// Columns count Unicode scalars from the start of the line, not bytes, so a tab or an
/// accented letter before a value counts as one column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, as compilers and editors print it.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
