import Foundation
import PillarsCore
import PillarsJSON
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Charts in the screens at Braille resolution, or in half blocks where the font has no Braille.
@Suite struct ChartGlyphTests {
  static func isBraille(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { (0x2801...0x28FF).contains($0.value) }
  }

  @Test func theMetricChartAndTheEmotionCurveUseBrailleOrBlocks() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.scorecardPane.selection = "csat"
    WorkbenchFixture.press([.character("4"), .enter], &state)
    #expect(WorkbenchFixture.screen(state).contains(where: Self.isBraille))
    #expect(WorkbenchFixture.screen(state).contains("target 4.5 ┤"))
    state.chartGlyphs = .blocks
    let blocks = WorkbenchFixture.screen(state)
    #expect(!blocks.contains(where: Self.isBraille))
    #expect(blocks.contains { "▀▄█".contains($0) })

    var journey = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("3")], &journey)
    let curve = WorkbenchFixture.screen(journey).split(separator: "\n").filter { $0.contains("Emotion") }
    #expect(curve.joined().contains(where: Self.isBraille))
  }

  @Test func theWorkspaceSettingIsReadAndWritten() throws {
    let text = #"{"schemaVersion": 2, "name": "Acme", "charts": "blocks"}"#
    let manifest = try JSONValueDecoder().decode(WorkspaceManifest.self, from: JSONParser.parse(Array(text.utf8))).value
    #expect(manifest.charts == .blocks)
    let bad = #"{"schemaVersion": 2, "name": "Acme", "charts": "dots"}"#
    #expect(throws: (any Error).self) { try JSONValueDecoder().decode(WorkspaceManifest.self, from: JSONParser.parse(Array(bad.utf8))) }
  }
}
