/// A series drawn as a line over a value axis, at the resolution of Braille dots (two across and
/// four down a cell) or, for fonts without Braille, of half blocks; with labelled horizontal
/// reference lines (a target, a threshold).
///
/// The axis is labelled in the asciichart manner, `4.5 ┤`, at the top, the bottom, each reference
/// line and evenly between; the first and last labels (weeks) stand under the plot. A reference
/// line is a dashed row of dots in its own style, drawn under the series, so a target close to a
/// warning line stays visible and both keep their label.
public struct LineChart: Widget {
  /// A horizontal line at a fixed value, such as a target.
  public struct Reference {
    public var value: Double
    public var label: String
    public var style: Style

    public init(value: Double, label: String, style: Style = .plain) {
      self.value = value
      self.label = label
      self.style = style
    }
  }

  /// Oldest first; nil, NaN and infinite values are gaps in the line.
  public var values: [Double?]
  public var references: [Reference]
  /// Labels under the first and the last value shown.
  public var firstLabel: String
  public var lastLabel: String
  /// How an axis value is written.
  public var format: (Double) -> String
  public var style: Style
  public var axisStyle: Style
  public var glyphs: ChartGlyphs

  public init(
    values: [Double?], references: [Reference] = [], firstLabel: String = "", lastLabel: String = "",
    style: Style = .plain, axisStyle: Style = .plain, glyphs: ChartGlyphs = .braille,
    format: @escaping (Double) -> String = { "\($0)" }
  ) {
    self.values = values
    self.references = references
    self.firstLabel = firstLabel
    self.lastLabel = lastLabel
    self.style = style
    self.axisStyle = axisStyle
    self.glyphs = glyphs
    self.format = format
  }

  /// The lowest and highest value drawn: every value and every reference line, widened when flat.
  public var range: ClosedRange<Double> {
    let all = values.compactMap { $0 }.filter(\.isFinite) + references.map(\.value).filter(\.isFinite)
    guard let low = all.min(), let high = all.max() else { return 0...1 }
    if high > low { return low...high }
    let pad = low == 0 ? 1 : abs(low) * 0.1
    // Near the largest doubles the padding would overflow to infinity; stay finite.
    let padded = (low - pad, high + pad)
    return padded.0.isFinite && padded.1.isFinite ? padded.0...padded.1 : low...high
  }

  /// The dot row (0 at the top) of `value` on a plot `dots` high.
  public func dot(of value: Double, dots: Int) -> Int {
    let r = range
    return Proportion.step(1 - Proportion.fraction(of: value, from: r.lowerBound, to: r.upperBound), of: max(0, dots - 1))
  }

  /// The cell row (0 at the top) of `value` on a plot `rows` high.
  public func row(of value: Double, rows: Int) -> Int {
    dot(of: value, dots: rows * glyphs.dotsPerCell.y) / glyphs.dotsPerCell.y
  }

  /// The value a cell row stands for, at its middle.
  private func value(atRow row: Int, rows: Int) -> Double {
    let r = range
    let dots = rows * glyphs.dotsPerCell.y
    let middle = Double(row * glyphs.dotsPerCell.y) + Double(glyphs.dotsPerCell.y - 1) / 2
    let fraction = dots > 1 ? 1 - min(1, middle / Double(dots - 1)) : 0.5
    return r.lowerBound + fraction * (r.upperBound - r.lowerBound)
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard area.height >= 3, area.width >= 12 else { return }
    let rows = area.height - 1
    let axis = labels(rows: rows)
    let axisWidth = min(area.width / 2, axis.values.map { $0.0.terminalWidth }.max() ?? 0)
    let plot = Rect(x: area.x + axisWidth + 2, y: area.y, width: area.width - axisWidth - 2, height: rows)
    for row in 0..<rows {
      if let (text, labelStyle) = axis[row] {
        let shown = TextLayout.truncate(text, toWidth: axisWidth)
        buffer.write(shown, x: area.x + axisWidth - shown.terminalWidth, y: area.y + row, style: labelStyle)
      }
      buffer.put(axis[row] == nil ? "│" : "┤", x: plot.x - 1, y: area.y + row, style: axisStyle)
    }
    drawPlot(in: plot, into: &buffer)
    let bottom = area.y + rows
    buffer.write(firstLabel, x: plot.x, y: bottom, style: axisStyle, maxWidth: plot.width)
    let last = TextLayout.truncate(lastLabel, toWidth: max(0, plot.width - firstLabel.terminalWidth - 1))
    buffer.write(last, x: plot.right - last.terminalWidth, y: bottom, style: axisStyle)
  }

  /// The axis labels by row: each reference line at its row (two on one row share it), the top and
  /// the bottom of the range, and values evenly between where there is room.
  private func labels(rows: Int) -> [Int: (String, Style)] {
    var labels: [Int: (String, Style)] = [:]
    let step = max(3, rows / 4)
    for row in stride(from: 0, to: rows, by: step) { labels[row] = (format(value(atRow: row, rows: rows)), axisStyle) }
    labels[0] = (format(range.upperBound), axisStyle)
    labels[rows - 1] = (format(range.lowerBound), axisStyle)
    var taken: [Int: [Reference]] = [:]
    for reference in references where reference.value.isFinite {
      taken[row(of: reference.value, rows: rows), default: []].append(reference)
    }
    for (row, shared) in taken {
      let text = shared.map { "\($0.label) \(format($0.value))" }.joined(separator: " · ")
      labels[row] = (text, shared[0].style)
      // An evenly placed value next to a reference line would crowd it.
      for neighbour in [row - 1, row + 1] where taken[neighbour] == nil && neighbour != 0 && neighbour != rows - 1 {
        labels[neighbour] = nil
      }
    }
    return labels
  }

  private func drawPlot(in plot: Rect, into buffer: inout Buffer) {
    var series = DotCanvas(columns: plot.width, rows: plot.height, glyphs: glyphs)
    var lines = DotCanvas(columns: plot.width, rows: plot.height, glyphs: glyphs)
    var lineStyles: [Int: Style] = [:]
    for reference in references.reversed() where reference.value.isFinite {
      let y = dot(of: reference.value, dots: lines.height)
      // Dashed: every other dot, so a line reads as a line, not as the series.
      for x in stride(from: 0, to: lines.width, by: 2) { lines.set(x: x, y: y) }
      lineStyles[y / glyphs.dotsPerCell.y] = reference.style
    }
    let shown = Array(values.suffix(series.width))
    let x: (Int) -> Int = { index in shown.count > 1 ? index * (series.width - 1) / (shown.count - 1) : 0 }
    var previous: (x: Int, y: Int)?
    for (index, value) in shown.enumerated() {
      guard let value, value.isFinite else {
        previous = nil
        continue
      }
      let point = (x: x(index), y: dot(of: value, dots: series.height))
      if let previous { series.line(from: previous, to: point) } else { series.set(x: point.x, y: point.y) }
      previous = point
    }
    // The series over the lines: a cell of both shows both sets of dots in the series' style.
    let both = merged(series, lines)
    for row in 0..<plot.height {
      for column in 0..<plot.width {
        if series.isSet(column: column, row: row), let glyph = both.glyph(column: column, row: row) {
          buffer.put(glyph, x: plot.x + column, y: plot.y + row, style: style)
        } else if let glyph = lines.glyph(column: column, row: row) {
          buffer.put(glyph, x: plot.x + column, y: plot.y + row, style: lineStyles[row] ?? axisStyle)
        }
      }
    }
  }

  private func merged(_ a: DotCanvas, _ b: DotCanvas) -> DotCanvas {
    var result = a
    result.add(b)
    return result
  }
}
