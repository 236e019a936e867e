import ScreenKit
import Testing

@Suite struct LineChartTests {
  @Test func risingSeriesWithATargetLine() {
    var buffer = Buffer(width: 24, height: 6)
    let chart = LineChart(
      values: [1, 2, 3, 4, 5], references: [.init(value: 5, label: "target")], firstLabel: "W1", lastLabel: "W5",
      format: { String(Int($0)) })
    buffer.render(chart, in: buffer.area)
    // Five values over 15 columns: a dot at columns 0, 3, 7, 10 and 14, joined by interpolated dots.
    #expect(buffer.lines == [
      "target 5│┈┈┈┈┈┈┈┈┈┈┈┈┈·●",
      "        │         ·●··",
      "        │      ·●·",
      "        │  ·●··",
      "       1│●·",
      "         W1           W5",
    ])
  }

  @Test func gapsBreakTheLineAndOnlyTheNewestValuesFit() {
    var buffer = Buffer(width: 16, height: 4)
    // 20 values on a plot 14 columns wide: the oldest ones are left out; the gap stays a gap.
    let values: [Double?] = Array(repeating: 9, count: 12) + [0, nil, 0, 0, 0, 0, 0, 0]
    buffer.render(LineChart(values: values, format: { String(Int($0)) }), in: buffer.area)
    #expect(buffer.lines[0] == "9│●●●●●●")
    #expect(buffer.lines[2] == "0│      ● ●●●●●●")
  }

  @Test func aFlatSeriesSitsInTheMiddleOfAWidenedRange() {
    let chart = LineChart(values: [4, 4, 4])
    #expect(chart.range == 3.6...4.4)
    #expect(chart.row(of: 4, rows: 5) == 2)
  }
}
