import ScreenKit
import SnapshotTesting
import Testing

@Suite("Composed screen snapshots")
struct ScreenSnapshotTests {
  /// A screen built from several widgets, as an application would compose one.
  func composedScreen() -> Buffer {
    var buffer = Buffer(width: 60, height: 16)
    let rows = buffer.area.rows([.fill, .fixed(1)])
    let block = Block(title: "Scorecard · 2026-W47", titleStyle: Style(bold: true))
    buffer.render(block, in: rows[0])
    let inner = block.inner(rows[0])
    let parts = inner.rows([.fixed(2), .fill])
    buffer.render(
      Paragraph(
        "We answer within an hour, in your language, and we never make you repeat yourself.",
        style: Style(italic: true)),
      in: parts[0])
    let table = Table(
      columns: [
        Table.Column("Metric"), Table.Column("Now", width: .fixed(6), alignment: .right),
        Table.Column("Target", width: .fixed(7), alignment: .right),
        Table.Column("Trend", width: .fixed(8)),
      ],
      rows: [
        [
          "First response (hours)", "0.8", "1.0",
          Line(Sparkline(values: [1.4, 1.2, 1.1, 0.9, 0.8]).glyphs(width: 8)),
        ],
        ["Customers repeating themselves", Line("18%", style: Style(foreground: .red)), "10%", "▂▃▅▆█"],
        ["Answers in the customer's language 🇫🇷", "92%", "95%", "▆▆▇▇"],
        ["Notes: \u{1B}]52;c;ZXZpbA==\u{07} pasted", "—", "—", ""],
      ],
      selectedRow: 1)
    buffer.render(table, in: parts[1].inset(top: 1))
    buffer.render(
      StatusLine(
        left: Line([Span(" SCORECARD ", style: Style(reverse: true)), Span(" 3 findings")]),
        right: "? help  q quit "),
      in: rows[1])
    return buffer
  }

  @Test("The composed screen as text")
  func screenText() {
    assertSnapshot(of: composedScreen().textSnapshot, as: .lines)
  }

  @Test("The composed screen's styles")
  func screenStyles() {
    assertSnapshot(of: composedScreen().styleSnapshot, as: .lines)
  }
}
