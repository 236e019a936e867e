import PillarsCore
import PillarsExport
import Testing

/// A review's page shows the customer signals its screen shows: the top themes, the movers and the fixes.
@Suite struct ReviewSignalsExportTests {
  private func page(_ name: String, of workspace: Workspace) throws -> String {
    try #require(MarkdownExport.pages(for: workspace, today: try ExportFixture.today(), only: [name]).first).markdown
  }

  @Test func theReviewPageShowsTheWeeksTopThemesMoversAndFixesBetweenTheScorecardAndTheDecisions() throws {
    let workspace = try ExportFixture.example()
    let text = try page("review-2026-W07", of: workspace)
    #expect(text.contains("## Customer signals in 2026-W07\n\n264 contacts in 2026-W07, +4 on the week before."))
    #expect(text.contains("| Cannot reach a person from chat | 81 | 31% | +2 | fixed at the root |"))
    #expect(text.contains("### Biggest movers"))
    #expect(text.contains("| Questions about our invoice | 11 | 4% | -2 | open |"))
    #expect(text.contains("| Accounting sync errors | 2025-12-24 | Sync errors name the invoice and the cause; tax rates map from the accounting system | 33% | 15% | **fell 56%** |"))
    #expect(text.contains("| 24% | 30% | rose 25% |"))
    let scorecard = try #require(text.range(of: "## The scorecard in 2026-W07"))
    let signals = try #require(text.range(of: "## Customer signals"))
    let decisions = try #require(text.range(of: "## Decisions"))
    #expect(scorecard.lowerBound < signals.lowerBound && signals.lowerBound < decisions.lowerBound)
  }

  @Test func itListsTheThemesTheReviewScreenLooksAtInTheSameOrder() throws {
    let workspace = try ExportFixture.example()
    let text = try page("review-2026-W06", of: workspace)
    let signals = SignalsWeek(workspace, reviewWeek: try #require(ISOWeek("2026-W06")))
    let names = (signals.top + signals.movers).map(\.name) + signals.fixes.map(\.name)
    #expect(names.count == 7)
    // Each theme's row comes after the one before it (a fixed theme can also be among the top).
    var rest = text[...]
    for name in names {
      let row = try #require(rest.range(of: "\n| \(name) |"), "\(name) is not after the rows before it")
      rest = rest[row.upperBound...]
    }
  }

  @Test func aReviewAheadOfTheCountsSaysWhichWeekItCounted() throws {
    var workspace = try ExportFixture.example()
    workspace.reviews.append(Review(week: try #require(ISOWeek("2026-W08"))))
    let text = try page("review-2026-W08", of: workspace)
    #expect(text.contains("## Customer signals in 2026-W07\n\n264 contacts in 2026-W07, the latest week counted, +4 on the week before."))
  }

  @Test func aWorkspaceWithoutSignalsLeavesTheSectionOut() throws {
    var workspace = try ExportFixture.example()
    workspace.signalThemes = []
    let text = try page("review-2026-W07", of: workspace)
    #expect(!text.contains("Customer signals"))
    #expect(text.contains("## Decisions"))
  }
}
