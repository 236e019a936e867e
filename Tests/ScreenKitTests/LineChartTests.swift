import ScreenKit
import Testing

@Suite struct LineChartTests {
  /// The plot's cells, right of the axis: what the series and the lines drew.
  static func plot(_ buffer: Buffer, from x: Int) -> [String] {
    buffer.lines.dropLast().map { String($0.dropFirst(x)) }
  }

  static func isBraille(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { (0x2800...0x28FF).contains($0.value) }
  }

  @Test func aRisingSeriesIsDrawnInBrailleWithItsAxisAndWeeks() {
    var buffer = Buffer(width: 30, height: 6)
    let chart = LineChart(values: [1, 2, 3, 4, 5], firstLabel: "W1", lastLabel: "W5", format: { String(Int($0)) })
    buffer.render(chart, in: buffer.area)
    let lines = buffer.lines
    #expect(lines[0].hasPrefix("5 ┤"))
    #expect(lines[4].hasPrefix("1 ┤"))
    #expect(lines[5].hasPrefix("   W1") && lines[5].hasSuffix("W5"))
    let cells = Self.plot(buffer, from: 3).joined().filter { $0 != " " }
    #expect(!cells.isEmpty && cells.allSatisfy(Self.isBraille))
    // It rises: the bottom row is drawn on the left, the top row on the right.
    let top = Self.plot(buffer, from: 3)[0]
    let bottom = Self.plot(buffer, from: 3)[4]
    #expect((top.firstIndex { $0 != " " }.map { top.distance(from: top.startIndex, to: $0) } ?? 0) > 15)
    #expect((bottom.firstIndex { $0 != " " }.map { bottom.distance(from: bottom.startIndex, to: $0) } ?? 99) < 3)
  }

  @Test func twelveRowsShowFourTimesAsManyLevels() {
    // 48 weeks rising one step each on 12 rows: Braille has 48 dot rows, so every week has its own.
    var buffer = Buffer(width: 40, height: 13)
    buffer.render(LineChart(values: (0..<48).map(Double.init), format: { String(Int($0)) }), in: buffer.area)
    let glyphs = Set(Self.plot(buffer, from: 4).joined().filter(Self.isBraille))
    #expect(glyphs.count >= 4)
    let rowsUsed = Self.plot(buffer, from: 4).filter { $0.contains(where: Self.isBraille) }.count
    #expect(rowsUsed == 12)
  }

  @Test func aTargetCloseToTheWarningLineStaysVisibleAndNamed() {
    var buffer = Buffer(width: 50, height: 8)
    let target = Style(foreground: .green)
    let warning = Style(foreground: .yellow)
    let chart = LineChart(
      values: [3.0, 3.5, 5.0, 4.0], references: [.init(value: 4.5, label: "target", style: target), .init(value: 4.4, label: "warning", style: warning)],
      format: { String($0) })
    buffer.render(chart, in: buffer.area)
    let text = buffer.lines.joined(separator: "\n")
    #expect(text.contains("target 4.5"))
    #expect(text.contains("warning 4.4"))
    // The lines' dots are drawn in their own style where the series does not cross them.
    let cells: [Cell] = (0..<buffer.height).flatMap { y in Array(buffer.row(y)) }
    let lineDots = cells.filter { cell in
      cell.symbol.first.map(Self.isBraille) == true && (cell.style.foreground == Color.green || cell.style.foreground == Color.yellow)
    }
    #expect(!lineDots.isEmpty)
  }

  @Test func blocksDrawTheSameWithoutBraille() {
    var buffer = Buffer(width: 30, height: 6)
    buffer.render(LineChart(values: [1, 5, 2, 4], glyphs: .blocks, format: { String(Int($0)) }), in: buffer.area)
    let cells = Self.plot(buffer, from: 3).joined().filter { $0 != " " }
    #expect(!cells.isEmpty)
    #expect(cells.allSatisfy { "▀▄█".contains($0) })
  }

  @Test func gapsBreakTheLineAndOnlyTheNewestValuesFit() {
    var buffer = Buffer(width: 14, height: 4)
    // 40 values on a plot 11 columns (22 dots) wide: the oldest are left out; the gap stays a gap.
    let values: [Double?] = Array(repeating: 9, count: 30) + [0, nil, nil, nil, 0, 0, 0, 0, 0, 0]
    buffer.render(LineChart(values: values, format: { String(Int($0)) }), in: buffer.area)
    let bottom = Self.plot(buffer, from: 3)[2]
    #expect(bottom.contains(where: Self.isBraille))
    // Three missing weeks leave at least one empty cell between the value before and after them.
    let drawn = bottom.map { Self.isBraille($0) }
    let firstDrawn = drawn.firstIndex(of: true) ?? 0
    #expect(drawn[firstDrawn...].contains(false))
  }

  @Test func aFlatSeriesSitsInTheMiddleOfAWidenedRange() {
    let chart = LineChart(values: [4, 4, 4])
    #expect(chart.range == 3.6...4.4)
    #expect(chart.row(of: 4, rows: 5) == 2)
  }

  @Test func aCanvasLineSetsEveryDotBetweenItsEnds() {
    var canvas = DotCanvas(columns: 3, rows: 1, glyphs: .braille)
    canvas.line(from: (0, 0), to: (5, 3))
    #expect(canvas.glyph(column: 0, row: 0) != nil && canvas.glyph(column: 2, row: 0) != nil)
    var full = DotCanvas(columns: 1, rows: 1, glyphs: .braille)
    for x in 0..<2 { for y in 0..<4 { full.set(x: x, y: y) } }
    #expect(full.glyph(column: 0, row: 0) == "⣿")
    full.set(x: 9, y: 9)  // outside: nothing happens
  }
}
