import PillarsCore
import PillarsExport
import Testing

/// The insight brief of each segment, and the strategy page's top themes.
@Suite struct InsightBriefTests {
  private func page(_ name: String, of workspace: Workspace) throws -> String {
    let today = try ExportFixture.today()
    return try #require(MarkdownExport.pages(for: workspace, today: today, only: [name]).first).markdown
  }

  @Test func aSegmentsBriefRanksTheThemesByTheContactsCountedForIt() throws {
    var workspace = try ExportFixture.example()
    // Only the invoice theme is counted for the owner-operators in its latest week.
    for index in workspace.signalThemes.indices {
      for week in workspace.signalThemes[index].weeks.indices {
        workspace.signalThemes[index].weeks[week].segments["owner-operators"] = workspace.signalThemes[index].id == "invoice-questions" ? 7 : nil
      }
    }
    let brief = try page("insight-brief-owner-operators", of: workspace)
    #expect(brief.contains("### Switching triggers\n\n- A quiet winter month with the full price to pay"))
    #expect(brief.contains("- “Can I pause it in winter?”"))
    let rows = brief.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Theme") && !$0.hasPrefix("| ---") }
    #expect(rows.count == 1)
    #expect(rows.first?.hasPrefix("| Questions about our invoice |") == true)
    #expect(rows.first?.contains("| 100% |") == true)
  }

  @Test func withoutCountsBySegmentTheBriefListsTheLinkedThemesWithTheirShareOfAll() throws {
    let brief = try page("insight-brief-multi-branch-contractors", of: try ExportFixture.example())
    #expect(brief.contains("No contacts are counted by segment"))
    let rows = brief.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Theme") && !$0.hasPrefix("| ---") }
    #expect(rows.count == 1)
    #expect(rows.first?.hasPrefix("| Dispatch board slow in the morning | 602 | 16% |") == true)
  }

  @Test func theStrategyPageNamesTheThemesThatDriveEightyPercent() throws {
    let strategy = try page("strategy", of: try ExportFixture.example())
    #expect(strategy.contains("## What customers contact us about\n\n4 themes drive 89% of contacts (of 6)"))
    #expect(strategy.contains("- **Accounting sync errors**: 865 contacts (24%), fixed at the root"))
    #expect(!strategy.contains("**Help importing customers**"))
  }
}
