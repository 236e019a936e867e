import ScreenKit
import Testing

@Suite("Rect and splitting")
struct RectTests {
  @Test("Inset shrinks every side and never goes negative")
  func inset() {
    let area = Rect(x: 2, y: 1, width: 10, height: 5)
    #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 3))
    #expect(area.inset(horizontal: 2) == Rect(x: 4, y: 1, width: 6, height: 5))
    #expect(area.inset(by: 4).isEmpty)
    #expect(Rect(width: 1, height: 1).inset(by: 1).area == 0)
  }

  @Test("Intersection is the shared cells, empty when apart")
  func intersection() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)) == Rect(x: 5, y: 8, width: 5, height: 2))
    #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
  }

  @Test("Rows: fixed sizes first, then fractions, then fills share the rest")
  func rows() {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)
    let rows = area.rows([.fixed(1), .fill, .fixed(1)])
    #expect(rows.map(\.height) == [1, 22, 1])
    #expect(rows.map(\.y) == [0, 1, 23])
  }

  @Test("Columns with fractions, weights and spacing cover the width exactly")
  func columns() {
    let area = Rect(x: 1, y: 0, width: 61, height: 1)
    let columns = area.columns([.fraction(1, 3), .fill(2), .fill(1)], spacing: 1)
    #expect(columns.map(\.width) == [19, 27, 13])
    #expect(columns.map(\.x) == [1, 21, 49])
    #expect(columns[2].right == area.right)
  }

  @Test("Too little room: fixed parts are cut in order, never past the area")
  func overflow() {
    let sizes = Constraint.sizes(of: [.fixed(5), .fixed(5), .percent(50), .fill], in: 7)
    #expect(sizes == [5, 2, 0, 0])
  }

  @Test("A rectangle centred in another is clipped to it")
  func centered() {
    let area = Rect(x: 0, y: 0, width: 10, height: 4)
    #expect(area.centered(width: 4, height: 2) == Rect(x: 3, y: 1, width: 4, height: 2))
    #expect(area.centered(width: 40, height: 1) == Rect(x: 0, y: 1, width: 10, height: 1))
  }
}
