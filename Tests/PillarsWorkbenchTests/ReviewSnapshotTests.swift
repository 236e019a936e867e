import Foundation
import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// The scorecard pane, the metric detail and the weekly review, as text at 80x24, 120x40 and 200x60 and as
/// styles in the dark theme and in monochrome.
@Suite struct ReviewSnapshotTests {
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  private func snapshot(
    _ name: String, keys: [Key], styles: Bool = false, fileID: StaticString = #fileID,
    filePath: StaticString = #filePath, function: String = #function, line: UInt = #line, column: UInt = #column
  ) throws {
    let dark = try Theme.parse(Data(try #require(BuiltInThemes.files["dark"]).utf8))
    for (width, height) in Self.sizes {
      var state = WorkbenchFixture.state(width: width, height: height)
      WorkbenchFixture.press(keys, &state)
      assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "\(name)-\(width)x\(height)",
        fileID: fileID, file: filePath, testName: function, line: line, column: column)
      guard styles else { continue }
      for (themeName, theme) in [("mono", Theme.monochrome), ("dark", dark)] {
        state.theme = theme
        assertSnapshot(of: Workbench.view(state).styleSnapshot, as: .lines, named: "\(name)-\(width)x\(height)-\(themeName)",
          fileID: fileID, file: filePath, testName: function, line: line, column: column)
      }
    }
  }

  @Test func scorecardInColourAndMonochrome() throws { try snapshot("scorecard", keys: [.character("4")], styles: true) }
  @Test func metricDetailInColourAndMonochrome() throws {
    try snapshot("metric-detail", keys: [.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .enter], styles: true)
  }
  @Test func reviewWholeScorecard() throws { try snapshot("review", keys: [.character("w")], styles: true) }
  @Test func reviewOneMetric() throws {
    // l goes from the follow-ups to the first metric.
    try snapshot("review-metric", keys: [.character("w"), .character("l"), .enter], styles: true)
  }
  /// The customer-signals section, reached at the end of the agenda (below the scorecard at 80x24).
  @Test func reviewCustomerSignals() throws { try snapshot("review-signals", keys: [.character("w"), .character("G")]) }
  @Test func reviewWithDecisions() throws {
    var keys: [Key] = [.character("w"), .character("s")]
    keys += "Auto-closing tickets after 72 hours".map { .character($0) }
    keys += [.enter, .character("G"), .character("o")]
    keys += "Priya".map { .character($0) }
    keys += [.enter, .character("a")]
    keys += "Lena Vogel, Priya".map { .character($0) }
    keys += [.enter]
    try snapshot("review-decisions", keys: keys)
  }

  /// On-track and off-track rows differ by symbol and by style, in colour; in monochrome the symbol and word remain.
  @Test func statusesDifferBySymbolAndStyle() throws {
    let dark = try Theme.parse(Data(try #require(BuiltInThemes.files["dark"]).utf8))
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.theme = dark
    WorkbenchFixture.press([.character("4"), .character("j")], &state)
    let buffer = Workbench.view(state)
    func statusCell(_ symbol: String) throws -> Cell {
      let y = try #require(buffer.lines.firstIndex { $0.contains(symbol) && !$0.contains("!") })
      let x = try #require((0..<buffer.width).first { buffer[$0, y].symbol == symbol })
      return buffer[x, y]
    }
    let onTrack = try statusCell("●"), offTrack = try statusCell("✖")
    #expect(onTrack.style.resolved.foreground != offTrack.style.resolved.foreground)
    #expect(WorkbenchFixture.screen(state).contains("✖ off track"))
    #expect(WorkbenchFixture.screen(state).contains("● on track"))
  }
}
