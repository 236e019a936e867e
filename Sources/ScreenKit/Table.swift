/// Rows of cells under a header, in columns sized by constraints, one row selectable.
///
/// Each cell is cut with an ellipsis to its column's width. The rows scroll to keep the
/// selected row in view, like `ListView`.
public struct Table: Widget, Sendable {
  /// One column: its header, its share of the width and how its cells align.
  public struct Column: Hashable, Sendable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment

    public init(_ title: String, width: Constraint = .fill, alignment: Alignment = .left) {
      self.title = title
      self.width = width
      self.alignment = alignment
    }
  }

  public var columns: [Column]
  public var rows: [[Line]]
  public var selectedRow: Int?
  /// The first row shown, as last drawn; adjusted to keep the selection visible.
  public var scrollOffset: Int
  /// Whether the first line shows the column titles.
  public var showsHeader: Bool
  public var style: Style
  public var headerStyle: Style
  /// Laid over the selected row, across the whole width.
  public var highlightStyle: Style
  /// Blank columns between two columns.
  public var columnSpacing: Int

  public init(
    columns: [Column], rows: [[Line]], selectedRow: Int? = nil, scrollOffset: Int = 0,
    showsHeader: Bool = true, style: Style = .plain, headerStyle: Style = Style(bold: true),
    highlightStyle: Style = Style(reverse: true), columnSpacing: Int = 1
  ) {
    self.columns = columns
    self.rows = rows
    self.selectedRow = selectedRow
    self.scrollOffset = scrollOffset
    self.showsHeader = showsHeader
    self.style = style
    self.headerStyle = headerStyle
    self.highlightStyle = highlightStyle
    self.columnSpacing = columnSpacing
  }

  /// The first row shown when `bodyRows` rows fit under the header.
  public func visibleOffset(bodyRows: Int) -> Int {
    ListView.offset(
      keeping: selectedRow, visibleRows: bodyRows, itemCount: rows.count, from: scrollOffset)
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard !area.isEmpty else { return }
    buffer.setStyle(style, in: area)
    let columnAreas = area.columns(columns.map(\.width), spacing: columnSpacing)
    var y = area.y
    if showsHeader {
      for (column, columnArea) in zip(columns, columnAreas) {
        draw(
          Line(column.title, style: headerStyle), in: columnArea, y: y, alignment: column.alignment,
          into: &buffer)
      }
      y += 1
    }
    let bodyRows = area.bottom - y
    guard bodyRows > 0 else { return }
    let offset = visibleOffset(bodyRows: bodyRows)
    for (shown, index) in (offset..<min(rows.count, offset + bodyRows)).enumerated() {
      let rowY = y + shown
      for (column, (cell, columnArea)) in zip(columns, zip(rows[index], columnAreas)) {
        draw(cell, in: columnArea, y: rowY, alignment: column.alignment, into: &buffer)
      }
      if index == selectedRow {
        buffer.setStyle(highlightStyle, in: Rect(x: area.x, y: rowY, width: area.width, height: 1))
      }
    }
  }

  private func draw(_ line: Line, in column: Rect, y: Int, alignment: Alignment, into buffer: inout Buffer) {
    guard column.width > 0 else { return }
    let fitted = line.truncated(toWidth: column.width)
    let gap = column.width - fitted.width
    let indent: Int
    switch alignment {
    case .left: indent = 0
    case .center: indent = gap / 2
    case .right: indent = gap
    }
    buffer.write(fitted, x: column.x + indent, y: y, maxWidth: column.width - indent)
  }
}
