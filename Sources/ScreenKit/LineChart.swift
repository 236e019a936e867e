/// A series drawn as a line of dots over a value axis, with labelled horizontal reference lines
/// (a target, a threshold).
///
/// Each value is a `●`; the dots between two values are `·`, so the line reads without colour.
/// A reference line is `┈` across the plot with its label on the axis.
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

  public init(
    values: [Double?], references: [Reference] = [], firstLabel: String = "", lastLabel: String = "",
    style: Style = .plain, axisStyle: Style = .plain, format: @escaping (Double) -> String = { "\($0)" }
  ) {
    self.values = values
    self.references = references
    self.firstLabel = firstLabel
    self.lastLabel = lastLabel
    self.style = style
    self.axisStyle = axisStyle
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

  /// The row (0 at the top) of `value` on a plot `rows` high.
  public func row(of value: Double, rows: Int) -> Int {
    let r = range
    return Proportion.step(1 - Proportion.fraction(of: value, from: r.lowerBound, to: r.upperBound), of: max(0, rows - 1))
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let area = area.intersection(buffer.area)
    guard area.height >= 3, area.width >= 12 else { return }
    let rows = area.height - 1
    let r = range
    var axis: [Int: (String, Style)] = [0: (format(r.upperBound), axisStyle), rows - 1: (format(r.lowerBound), axisStyle)]
    for reference in references where reference.value.isFinite {
      axis[row(of: reference.value, rows: rows)] = ("\(reference.label) \(format(reference.value))", reference.style)
    }
    let axisWidth = min(area.width / 2, axis.values.map { $0.0.terminalWidth }.max() ?? 0)
    let plot = Rect(x: area.x + axisWidth + 1, y: area.y, width: area.width - axisWidth - 1, height: rows)
    for (row, label) in axis {
      let text = TextLayout.truncate(label.0, toWidth: axisWidth)
      buffer.write(text, x: area.x + axisWidth - text.terminalWidth, y: area.y + row, style: label.1)
    }
    for y in plot.y..<plot.bottom { buffer.put("│", x: plot.x - 1, y: y, style: axisStyle) }
    for reference in references where reference.value.isFinite {
      let y = plot.y + row(of: reference.value, rows: rows)
      for x in plot.x..<plot.right { buffer.put("┈", x: x, y: y, style: reference.style) }
    }
    let shown = Array(values.suffix(plot.width))
    let column: (Int) -> Int = { index in
      shown.count > 1 ? plot.x + index * (plot.width - 1) / (shown.count - 1) : plot.x
    }
    var previous: (x: Int, row: Int)?
    for (index, value) in shown.enumerated() {
      guard let value, value.isFinite else {
        previous = nil
        continue
      }
      let point = (x: column(index), row: row(of: value, rows: rows))
      if let previous, point.x - previous.x > 1 {
        for x in (previous.x + 1)..<point.x {
          let t = Double(x - previous.x) / Double(point.x - previous.x)
          let y = Int((Double(previous.row) + t * Double(point.row - previous.row)).rounded())
          buffer.put("·", x: x, y: plot.y + y, style: style)
        }
      }
      buffer.put("●", x: point.x, y: plot.y + point.row, style: style)
      previous = point
    }
    let bottom = area.y + rows
    buffer.write(firstLabel, x: plot.x, y: bottom, style: axisStyle, maxWidth: plot.width)
    let last = TextLayout.truncate(lastLabel, toWidth: max(0, plot.width - firstLabel.terminalWidth - 1))
    buffer.write(last, x: plot.right - last.terminalWidth, y: bottom, style: axisStyle)
  }
}
