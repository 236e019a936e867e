import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Every pane and mode at the smallest size the screens take, at 80x24, 120x40 and 200x60: the
/// tabs and the status line whole, no table header cut, no two table columns touching.
@Suite struct ScreenSizesTests {
  static let sizes = [(60, 16), (80, 24), (120, 40), (200, 60)]
  static let modes: [(String, [Key])] = [
    ("pillars", []), ("pillar", [.enter]), ("promise", [.character("2")]), ("journey", [.character("3")]),
    ("touchpoint", [.character("3"), .enter]), ("scorecard", [.character("4")]), ("metric", [.character("4"), .enter]),
    ("segments", [.character("5")]), ("segment", [.character("5"), .enter]), ("review", [.character("w")]),
    ("review metric", [.character("w"), .enter]), ("help", [.character("?")]), ("palette", [.character(":")]),
    ("search", [.character("/")]), ("editor", [.character("4"), .character("e")]),
  ]

  /// The column titles each table shows, in order, with the line that holds them.
  static let tables: [(first: String, headers: [String])] = [
    ("Metric", ["Metric", "Latest", "Target", "Status", "12 weeks", "Δ week", "Owner"]),
    ("Metric", ["Metric", "2026-W46", "2026-W47", "Change", "Target", "Status", "Review note"]),
  ]

  @Test(arguments: sizes) func everyModeFits(_ size: (Int, Int)) {
    for (name, keys) in Self.modes {
      var state = WorkbenchFixture.state(width: size.0, height: size.1)
      WorkbenchFixture.press(keys, &state)
      let lines = WorkbenchFixture.screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let place = "\(name) at \(size.0)x\(size.1)"
      // An overlay stands over the tabs and the status line on purpose.
      guard state.overlay == nil || name == "editor" else { continue }
      // Every tab shows its number; the current one its title too, and every title where the width allows.
      let titled = size.0 >= 80 ? Pane.allCases : [state.pane]
      for pane in titled { #expect(lines[0].contains("\(pane.number) \(pane.title)"), "\(place): tab \(pane.title) cut") }
      for pane in Pane.allCases { #expect(lines[0].contains("\(pane.number)"), "\(place): tab \(pane.number) missing") }
      if state.message == nil { #expect(lines[size.1 - 1].hasSuffix("? help"), "\(place): status line cut") }
      for line in lines where line.hasPrefix(" Metric ") {
        let titles = Self.tables.flatMap(\.headers).filter { line.contains($0) }
        #expect(!line.contains("…"), "\(place): a header is cut: \(line)")
        // Titles stand at least two blanks apart.
        var rest = Substring(line)
        for title in Self.tables.flatMap(\.headers) where rest.contains(title) {
          guard let range = rest.range(of: title) else { continue }
          let after = rest[range.upperBound...]
          if !after.trimmingCharacters(in: .whitespaces).isEmpty { #expect(after.hasPrefix("  "), "\(place): \(title) touches the next column") }
          rest = after
        }
        #expect(titles.contains("Metric") && titles.contains("Status"), "\(place): the table lost an essential column")
      }
    }
  }

  @Test func theJourneyShowsMoreAndWiderCellsOnAWiderScreen() {
    func geometry(_ width: Int, _ height: Int) -> JourneyPaneView.Geometry? {
      var state = WorkbenchFixture.state(width: width, height: height)
      WorkbenchFixture.press([.character("3")], &state)
      guard let journey = Workbench.selectedJourney(state) else { return nil }
      return JourneyPaneView(state: state, pane: state.journeyPane).geometry(journey, in: Workbench.contentArea(state))
    }
    guard let narrow = geometry(120, 40), let wide = geometry(200, 60) else {
      Issue.record("no journey")
      return
    }
    #expect(wide.visible > narrow.visible)
    #expect(wide.columnWidth > narrow.columnWidth)
    // The touchpoint's every field in full: below the map when there is room, beside it when not.
    #expect(wide.panel.map { $0.width == 200 } == true)
    #expect(geometry(200, 28)?.panel.map { $0.width == JourneyPaneView.panelWidth } == true)
    var state = WorkbenchFixture.state(width: 200, height: 60)
    WorkbenchFixture.press([.character("3")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains(" Goal        Find a way to stop losing jobs and invoices between the van and the office."))
    #expect(screen.contains("Handoff         no"))
  }
}
