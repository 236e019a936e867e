import ScreenKit
import Testing

@Suite struct ColumnLayoutTests {
  @Test func columnsAreAsWideAsWhatTheyHoldAndStandApart() {
    let layout = ColumnLayout([
      .init("Metric", cells: ["CSAT", "Net revenue retention"]), .init("Unit", cells: ["%"]),
    ], room: 80)
    #expect(layout.widths == [21, 4])
    #expect(layout.line(["CSAT", "%"], style: .plain).plainText == "CSAT                   %   ")
  }

  @Test func theLeastImportantGivesWayFirstThenDropsBeforeAMoreImportantOneIsCut() {
    let columns: [ColumnLayout.Column] = [
      .init("Name", cells: [String(repeating: "n", count: 30)], narrowest: 12),
      .init("Note", cells: [String(repeating: "x", count: 40)], narrowest: 10, priority: 2),
      .init("Owner", cells: ["Maria Lopez (Head of Support)"], narrowest: 8, priority: 1),
    ]
    // Everything fits.
    #expect(ColumnLayout(columns, room: 200).widths == [30, 40, 29])
    // The note shrinks first...
    #expect(ColumnLayout(columns, room: 80).widths == [30, 17, 29])
    // ...then drops out, before the owner is cut...
    #expect(ColumnLayout(columns, room: 61).widths == [30, nil, 29])
    // ...then the owner is cut and dropped, and only then is the name cut, never below its narrowest.
    #expect(ColumnLayout(columns, room: 45).widths == [30, nil, 13])
    #expect(ColumnLayout(columns, room: 20).widths == [20, nil, nil])
    #expect(ColumnLayout(columns, room: 5).widths == [12, nil, nil])
  }

  /// Seeded trial: whatever the cells and the room, no header is cut, shown columns never touch,
  /// and a column is never shown while a more important one was dropped.
  @Test func neverCutsAHeaderOrLetsColumnsTouch() {
    var generator = SplitMix(seed: 20261130)
    for _ in 0..<500 {
      let count = Int.random(in: 1...7, using: &generator)
      let columns = (0..<count).map { index in
        ColumnLayout.Column("H\(index)" + String(repeating: "h", count: Int.random(in: 0...6, using: &generator)),
          cells: (0..<3).map { _ in String(repeating: "c", count: Int.random(in: 0...30, using: &generator)) },
          narrowest: Int.random(in: 0...12, using: &generator), priority: index == 0 ? 0 : Int.random(in: 0...4, using: &generator))
      }
      let room = Int.random(in: 20...200, using: &generator)
      let layout = ColumnLayout(columns, room: room)
      for (column, width) in zip(columns, layout.widths) {
        if let width { #expect(width >= column.header.count) }
      }
      let essential = columns.filter { $0.priority == 0 }.map(\.narrowest).reduce(0, +) + 2 * (columns.filter { $0.priority == 0 }.count - 1)
      if essential <= room { #expect(layout.fits(room)) }
      let line = layout.header(style: .plain).plainText
      for (column, width) in zip(columns, layout.widths) where width != nil {
        #expect(line.contains(column.header + " ") || line.hasSuffix(column.header), "\(column.header) cut in \(line)")
      }
      for (a, wa) in zip(columns, layout.widths) where wa == nil {
        for (b, wb) in zip(columns, layout.widths) where wb != nil {
          #expect(b.priority <= a.priority, "\(b.header) shown while the more important \(a.header) dropped")
        }
      }
    }
  }
}
