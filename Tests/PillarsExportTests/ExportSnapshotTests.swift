import PillarsExport
import SnapshotTesting
import Testing

/// Every page of the example's export, as a reader would see the Markdown source.
@Suite struct ExportSnapshotTests {
  @Test func examplePages() throws {
    for page in try ExportFixture.examplePages() {
      assertSnapshot(of: page.markdown, as: .lines, named: page.name)
    }
  }

  @Test func theExampleExportsEveryKindOfPage() throws {
    #expect(try ExportFixture.examplePages().map(\.name) == [
      "strategy", "promise", "who-we-win-with", "insight-brief-growing-contractors", "insight-brief-owner-operators",
      "insight-brief-multi-branch-contractors", "journey-growing-contractor-next", "journey-growing-contractor-today",
      "channel-charter", "scorecard", "review-2026-W06", "review-2026-W07", "checkpoint-2026-01", "decisions", "customer-signals", "experiments", "assumptions", "index",
    ])
  }
}
