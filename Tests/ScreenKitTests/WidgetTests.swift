import ScreenKit
import Testing

/// Renders a widget into a fresh buffer of the given size.
func rendered(_ widget: some Widget, width: Int, height: Int) -> Buffer {
  var buffer = Buffer(width: width, height: height)
  buffer.render(widget, in: buffer.area)
  return buffer
}

@Suite("Widgets rendered into small buffers")
struct WidgetTests {
  @Test("Paragraph wraps to the width")
  func paragraphWraps() {
    let buffer = rendered(Paragraph("We answer within an hour, in your language"), width: 16, height: 4)
    #expect(buffer.lines == ["We answer within", "an hour, in your", "language", ""])
  }

  @Test("Paragraph cut instead of wrapped ends lines in an ellipsis, and can centre and scroll")
  func paragraphTruncatesAndAligns() {
    let cut = rendered(Paragraph("one long line\nshort", wraps: false), width: 8, height: 2)
    #expect(cut.lines == ["one lon…", "short"])
    let centered = rendered(Paragraph("ab\ncd\nef", alignment: .center, scroll: 1), width: 6, height: 2)
    #expect(centered.lines == ["  cd", "  ef"])
  }

  @Test("Block draws a box with its title in the top border")
  func block() {
    #expect(
      rendered(Block(title: "Promise"), width: 12, height: 3).lines == [
        "┌ Promise ─┐",
        "│          │",
        "└──────────┘",
      ])
    #expect(
      rendered(Block(title: "Customer promise"), width: 10, height: 2).lines == ["┌ Custom…┐", "└────────┘"])
    #expect(
      rendered(Block(title: "Pillars", ascii: true), width: 12, height: 3).lines == [
        "+ Pillars -+",
        "|          |",
        "+----------+",
      ])
    #expect(Block().inner(Rect(width: 12, height: 3)) == Rect(x: 1, y: 1, width: 10, height: 1))
  }

  @Test("ListView scrolls to keep the selection visible and highlights it")
  func listView() {
    let list = ListView(
      items: ["Know", "Promise", "Journey", "Equip", "Measure"], selectedIndex: 3,
      highlightSymbol: "> ")
    let buffer = rendered(list, width: 10, height: 3)
    #expect(buffer.lines == ["  Promise", "  Journey", "> Equip"])
    #expect(buffer.styleSnapshot == "2:0-9 reverse")
    #expect(list.visibleOffset(rows: 3) == 1)
  }

  @Test("ListView keeps its offset while the selection is in view, and moves up when it is not")
  func listScrolling() {
    #expect(ListView.offset(keeping: 2, visibleRows: 3, itemCount: 10, from: 1) == 1)
    #expect(ListView.offset(keeping: 0, visibleRows: 3, itemCount: 10, from: 4) == 0)
    #expect(ListView.offset(keeping: 9, visibleRows: 3, itemCount: 10, from: 0) == 7)
    #expect(ListView.offset(keeping: nil, visibleRows: 3, itemCount: 4, from: 9) == 1)
  }

  @Test("Table lays out columns, cuts long cells with an ellipsis and aligns them")
  func table() {
    let table = Table(
      columns: [
        Table.Column("Metric"), Table.Column("Now", width: .fixed(5), alignment: .right),
        Table.Column("Trend", width: .fixed(6)),
      ],
      rows: [["First response time", "0.8h", "▁▂▃"], ["Repeat contacts", "12%", "▃▂▁"]],
      selectedRow: 1)
    let buffer = rendered(table, width: 30, height: 3)
    #expect(
      buffer.lines == [
        "Metric              Now Trend",
        "First response t…  0.8h ▁▂▃",
        "Repeat contacts     12% ▃▂▁",
      ])
    #expect(buffer.styleSnapshot == "0:0-5 bold\n0:20-22 bold\n0:24-28 bold\n2:0-29 reverse")
  }

  @Test("Table scrolls its rows under the header to keep the selection visible")
  func tableScrolls() {
    let rows: [[Line]] = (1...6).map { [Line("row \($0)")] }
    let table = Table(columns: [Table.Column("Name")], rows: rows, selectedRow: 4)
    #expect(rendered(table, width: 8, height: 3).lines == ["Name", "row 4", "row 5"])
  }

  @Test("Sparkline maps values to bars, gaps to spaces, newest values on the right")
  func sparkline() {
    #expect(Sparkline(values: [1, 2, nil, 4, 8]).glyphs(width: 7) == "  ▁▂ ▄█")
    #expect(Sparkline(values: [5, 5, 5]).glyphs(width: 3) == "▄▄▄")
    #expect(Sparkline(values: [0, 10, 20, 30], range: 0...10).glyphs(width: 3) == "███")
    #expect(Sparkline(values: [.nan, 1, 2]).glyphs(width: 2) == "▁█")
    #expect(rendered(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]), width: 4, height: 1).lines == ["▅▆▇█"])
  }

  @Test("StatusLine puts text left and right; the left side wins when space runs short")
  func statusLine() {
    let status = StatusLine(left: "NORMAL", right: "? help")
    #expect(rendered(status, width: 20, height: 1).lines == ["NORMAL        ? help"])
    #expect(rendered(status, width: 10, height: 1).lines == ["NORMAL"])
    #expect(rendered(status, width: 4, height: 1).lines == ["NOR…"])
  }

  @Test("TooSmallNotice says the size and the minimum, centred")
  func tooSmall() {
    let buffer = rendered(TooSmallNotice(width: 40, height: 5), width: 40, height: 5)
    #expect(
      buffer.lines == [
        "", "Terminal too small: 40×5, needs at least", "                 60×16", "", "",
      ])
    #expect(TooSmallNotice.isTooSmall(width: 59, height: 30))
    #expect(TooSmallNotice.isTooSmall(width: 80, height: 15))
    #expect(!TooSmallNotice.isTooSmall(width: 60, height: 16))
  }

  @Test(
    "Every widget draws inside tiny areas without spilling or crashing",
    arguments: [
      (1, 1), (2, 1), (1, 3), (3, 2), (5, 3),
    ])
  func tinyAreas(width: Int, height: Int) {
    let widgets: [any Widget] = [
      TooSmallNotice(width: width, height: height), Paragraph("漢字 text 😀"), Block(title: "Title"),
      ListView(items: ["漢字", "b"], selectedIndex: 1, highlightSymbol: "▶ "),
      Table(columns: [Table.Column("漢字"), Table.Column("B", width: .fixed(3))], rows: [["x", "y"]]),
      Sparkline(values: [1, 2, 3]), StatusLine(left: "left side", right: "right"),
    ]
    for widget in widgets {
      var buffer = Buffer(width: width + 2, height: height + 2)
      buffer.fill(buffer.area, with: "#")
      buffer.render(widget, in: Rect(x: 1, y: 1, width: width, height: height))
      let lines = buffer.lines
      #expect(lines.first == String(repeating: "#", count: width + 2))
      #expect(lines.last == String(repeating: "#", count: width + 2))
      for line in lines {
        #expect(line.first == "#" && line.last == "#", "\(type(of: widget)) spilled: \(lines)")
      }
    }
  }
}
