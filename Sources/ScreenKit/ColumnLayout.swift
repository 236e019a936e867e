/// Column widths from what the columns hold and the room there is.
///
/// Each column is as wide as its widest cell or its header. When they do not fit, the least
/// important column gives way first: it is cut down to its narrowest (never below its header),
/// then it drops out, and only then does the next more important column shrink. Columns are kept
/// apart by `gap` blanks, so no header is ever cut and no two columns touch.
public struct ColumnLayout: Equatable, Sendable {
  public struct Column: Equatable, Sendable {
    public var header: String
    /// The widest cell (the header counts too).
    public var natural: Int
    /// How narrow cutting may make it; never below the header.
    public var narrowest: Int
    /// 0 for a column that never drops out; higher numbers give way first.
    public var priority: Int
    public var alignment: Alignment

    public init(_ header: String, cells: [String], narrowest: Int? = nil, priority: Int = 0, alignment: Alignment = .left) {
      self.header = header
      let headerWidth = header.terminalWidth
      natural = max(headerWidth, cells.map(\.terminalWidth).max() ?? 0)
      self.narrowest = min(natural, max(headerWidth, narrowest ?? natural))
      self.priority = priority
      self.alignment = alignment
    }
  }

  public var columns: [Column]
  /// Each column's width, or nil for a column that dropped out.
  public private(set) var widths: [Int?]
  public let gap: Int

  public init(_ columns: [Column], room: Int, gap: Int = 2) {
    self.columns = columns
    self.gap = gap
    var widths: [Int?] = columns.map(\.natural)
    func total() -> Int {
      let shown = widths.compactMap { $0 }
      return shown.reduce(0, +) + gap * max(0, shown.count - 1)
    }
    // Least important first; among equals, the rightmost.
    let order = columns.indices.sorted { (columns[$0].priority, $0) > (columns[$1].priority, $1) }
    for index in order where total() > room {
      guard let width = widths[index] else { continue }
      widths[index] = max(columns[index].narrowest, width - (total() - room))
      if total() > room && columns[index].priority > 0 { widths[index] = nil }
    }
    self.widths = widths
  }

  /// Whether the columns shown fit the room.
  public func fits(_ room: Int) -> Bool {
    let shown = widths.compactMap { $0 }
    return shown.reduce(0, +) + gap * max(0, shown.count - 1) <= room
  }

  /// One row: each shown cell cut to its column and padded, the columns `gap` apart.
  public func line(_ cells: [String], styles: [Style]) -> Line {
    var spans: [Span] = []
    for (index, width) in widths.enumerated() {
      guard let width, index < cells.count else { continue }
      let style = index < styles.count ? styles[index] : styles.last ?? .plain
      if !spans.isEmpty { spans.append(Span(String(repeating: " ", count: gap), style: styles.first ?? style)) }
      spans.append(Span(TextLayout.pad(TextLayout.truncate(cells[index], toWidth: width), toWidth: width,
        alignment: columns[index].alignment), style: style))
    }
    return Line(spans)
  }

  public func line(_ cells: [String], style: Style) -> Line { line(cells, styles: [style]) }

  /// The headers as a row.
  public func header(style: Style) -> Line { line(columns.map(\.header), style: style) }
}
