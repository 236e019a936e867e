import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// The screens as plain text at 80x24, 120x40 and 200x60 (a shared screen), one snapshot per pane and overlay.
/// Re-record on purpose after a deliberate change: delete the snapshot file and run the tests.
@Suite struct ViewSnapshotTests {
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  private func snapshot(
    _ name: String, keys: [Key] = [], paste: String? = nil, fileID: StaticString = #fileID,
    filePath: StaticString = #filePath, function: String = #function, line: UInt = #line, column: UInt = #column
  ) {
    for (width, height) in Self.sizes {
      var state = WorkbenchFixture.state(width: width, height: height)
      WorkbenchFixture.press(keys, &state)
      if let paste { _ = Workbench.update(&state, .textPasted(paste)) }
      assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "\(name)-\(width)x\(height)",
        fileID: fileID, file: filePath, testName: function, line: line, column: column)
    }
  }

  @Test func pillarsBoard() { snapshot("pillars") }
  @Test func pillarOpened() { snapshot("pillar-detail", keys: [.character("j"), .enter]) }
  @Test func promisePane() { snapshot("promise", keys: [.character("2")]) }
  @Test func promiseEditedInPlace() {
    snapshot("promise-editing", keys: [.character("2"), .character("e"), .ctrl("u")], paste: "World-class service that will delight you.")
  }
  @Test func journeyPane() { snapshot("journey", keys: [.character("3"), .character("l"), .character("l")]) }
  @Test func touchpointOpened() { snapshot("touchpoint-detail", keys: [.character("3"), .enter]) }
  @Test func scorecardPane() { snapshot("scorecard", keys: [.character("4")]) }
  @Test func metricOpened() { snapshot("metric-detail", keys: [.character("4"), .enter]) }
  @Test func segmentsPane() { snapshot("segments", keys: [.character("5")]) }
  @Test func signalsPane() { snapshot("signals", keys: [.character("6")]) }
  @Test func signalsFilteredByChannel() {
    snapshot("signals-phone", keys: [.character("6"), .character("V"), .character("G"), .enter])
  }
  @Test func signalThemeOpened() { snapshot("signal-theme", keys: [.character("6"), .enter, .down, .down, .down, .down]) }
  @Test func signalTagsListed() { snapshot("signal-tags", keys: [.character("6"), .character("#")]) }
  @Test func signalTagMapping() { snapshot("signal-tag-mapping", keys: [.character("6"), .character("#"), .enter]) }
  @Test func experimentsPane() { snapshot("experiments", keys: [.character("7")]) }
  @Test func experimentOpened() { snapshot("experiment-detail", keys: [.character("7"), .down, .down, .enter]) }
  @Test func assumptionsPane() { snapshot("assumptions", keys: [.character("8")]) }
  @Test func assumptionOpened() { snapshot("assumption-detail", keys: [.character("8"), .enter, .down, .down]) }
  @Test func helpOverlay() { snapshot("help", keys: [.character("?")]) }
  @Test func paletteOverlay() { snapshot("palette", keys: [.character(":"), .character("j"), .character("o")]) }
  @Test func searchOverlay() { snapshot("search", keys: [.character("/")], paste: "handoff") }
  @Test func fieldEditor() { snapshot("editor", keys: [.character("4"), .character("e")]) }
  @Test func deleteConfirmation() { snapshot("confirm", keys: [.character("5"), .character("d")]) }

  @Test func pillarActionOpened() {
    snapshot("pillar-action", keys: [.enter, .down, .down, .down, .down, .down, .down, .down])
  }
  @Test func segmentOpened() { snapshot("segment-detail", keys: [.character("5"), .enter, .down, .down, .down, .down, .down, .down]) }
  @Test func promiseHistoryOverlay() {
    snapshot("promise-history", keys: [.character("2"), .character("t"), .enter, .character("v")])
  }
  @Test func journeyDeleteConfirmation() { snapshot("journey-delete", keys: [.character("3"), .character("X")]) }

  @Test func frictionRankingOverlay() { snapshot("friction", keys: [.character("3"), .character("f")]) }
  @Test func comparisonOverlay() { snapshot("compare", keys: [.character("3"), .character("c")]) }
  @Test func comparisonPickerOverlay() {
    snapshot("compare-picker", keys: [.character("3"), .character("N")] + "Emergency visit".map(Key.character) + [.enter, .character("c")])
  }
  @Test func settingsOverlay() { snapshot("settings", keys: [.character(","), .character("j")]) }
  @Test func proofPickerOverlay() { snapshot("proof-picker", keys: [.character("2"), .character("m")]) }

  @Test func tooSmallNotice() {
    var state = WorkbenchFixture.state(width: 50, height: 12)
    _ = Workbench.update(&state, .terminalResized(width: 50, height: 12))
    assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "50x12")
  }
}
