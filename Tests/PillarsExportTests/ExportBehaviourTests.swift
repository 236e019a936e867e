import Foundation
import PillarsCore
import PillarsExport
import Testing

@Suite struct ExportBehaviourTests {
  @Test func exportingTwiceGivesIdenticalPages() throws {
    let first = try ExportFixture.examplePages()
    let second = try ExportFixture.examplePages()
    #expect(first == second)
    let hostile = HostileWorkspace.make(from: try ExportFixture.example())
    let today = try ExportFixture.today()
    #expect(MarkdownExport.pages(for: hostile, today: today) == MarkdownExport.pages(for: hostile, today: today))
  }

  @Test(
    "the strategy page's worst friction puts the broken friction customers contact us about most, then the import broken for 80%, before kept friction that reaches everyone"
  )
  func worstFrictionIsHighVolumeBreakageFirst() throws {
    let strategy = try #require(try ExportFixture.examplePages().first { $0.name == "strategy" })
    let rows = strategy.markdown.split(separator: "\n").drop { $0 != "## Worst friction points" }
      .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Friction") && !$0.hasPrefix("| ---") }.prefix(3)
    #expect(rows.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[2...3] }.map(Array.init) == [
      ["84% by contacts (reach 35%)", "broken"], ["80%", "broken"], ["80%", "broken"],
    ])
  }

  @Test func onlyKeepsTheNamedPagesInTheirUsualOrder() throws {
    let workspace = try ExportFixture.example()
    let today = try ExportFixture.today()
    let pages = MarkdownExport.pages(
      for: workspace, today: today, only: ["scorecard", "journey-growing-contractor-today", "strategy", "no-such-page"])
    #expect(pages.map(\.fileName) == ["strategy.md", "journey-growing-contractor-today.md", "scorecard.md"])
    let all = try ExportFixture.examplePages()
    #expect(pages.allSatisfy { page in all.contains(page) })
    #expect(MarkdownExport.pages(for: workspace, today: today, only: []).isEmpty)
  }

  @Test func pageNamesMatchTheFilesExported() throws {
    let workspace = try ExportFixture.example()
    #expect(MarkdownExport.pageNames(for: workspace) == (try ExportFixture.examplePages()).map(\.name))
    #expect(MarkdownExport.pageNames(for: .empty(name: "New")) == [
      "strategy", "promise", "who-we-win-with", "channel-charter", "scorecard", "decisions", "customer-signals", "experiments", "assumptions", "index",
    ])
  }

  @Test func theExportDateAppearsOnlyWhenGiven() throws {
    let workspace = try ExportFixture.example()
    let today = try ExportFixture.today()
    let undated = MarkdownExport.pages(for: workspace, today: today)
    #expect(undated.allSatisfy { !$0.markdown.contains("Exported on") })
    #expect(undated.allSatisfy { !$0.markdown.contains(today.description) })
    let date = try #require(CalendarDate("2026-02-20"))
    let dated = MarkdownExport.pages(for: workspace, today: today, date: date)
    #expect(dated.allSatisfy { $0.markdown.contains("\n\nExported on 2026-02-20.\n\n") })
  }

  @Test func todayDecidesWhatIsOverdueAndStale() throws {
    let workspace = try ExportFixture.example()
    let later = try #require(CalendarDate("2026-04-01"))
    let strategy = try #require(MarkdownExport.pages(for: workspace, today: later, only: ["strategy"]).first)
    let now = try #require(try ExportFixture.examplePages().first { $0.name == "strategy" })
    // Six weeks on, nothing new was recorded: every metric is stale and more actions are late.
    #expect(strategy.markdown.contains("has no value for the last 2 weeks"))
    #expect(!now.markdown.contains("has no value for the last 2 weeks"))
    func equipTheTeam(_ page: ExportedPage) -> String? {
      page.markdown.split(separator: "\n").first { $0.hasPrefix("| 4 | Equip the team |") }.map(String.init)
    }
    #expect(equipTheTeam(now)?.hasSuffix("| 2, 1 overdue |") == true)
    #expect(equipTheTeam(strategy)?.hasSuffix("| 2, 2 overdue |") == true)
  }

  @Test func anEmptyWorkspaceExportsPagesThatSayWhatIsMissing() throws {
    let pages = MarkdownExport.pages(for: .empty(name: "New Co"), today: try ExportFixture.today())
    let text = pages.map(\.markdown).joined()
    #expect(text.contains("*No promise written yet.*"))
    #expect(text.contains("No segments yet"))
    #expect(text.contains("No touchpoints on any current-state journey yet"))
    #expect(text.contains("No metrics on the scorecard yet."))
    #expect(pages.allSatisfy { $0.markdown.hasSuffix("\n") && !$0.markdown.hasSuffix("\n\n") })
  }

  @Test func journeyIdsThatAreNotSafeFileNamesBecomeSlugs() throws {
    var workspace = Workspace.empty(name: "Odd")
    workspace.journeys = [
      Journey(id: "../../etc/passwd", name: "Escape"), Journey(id: "Trial Journey", name: "Trial"),
      Journey(id: "trial-journey", name: "Trial again"),
    ]
    let names = MarkdownExport.pageNames(for: workspace).filter { $0.hasPrefix("journey-") }
    #expect(Set(names) == ["journey-etc-passwd", "journey-trial-journey", "journey-trial-journey-2"])
    #expect(names.allSatisfy { !$0.contains("/") && !$0.contains(".") })
  }

  @Test func theMermaidCurveScoresEmotionFromOneToFive() throws {
    let journey = Journey(id: "support", name: "Support: today", stages: [
      Stage(id: "ask", name: "Ask; now", touchpoints: [
        Touchpoint(id: "bot", name: "Bot #1: first", team: "Ops, Support", emotion: -2),
        Touchpoint(id: "call", name: "Call", emotion: 2),
      ])
    ])
    var workspace = Workspace.empty(name: "Co")
    workspace.journeys = [journey]
    let pages = MarkdownExport.pages(for: workspace, today: try ExportFixture.today(), only: ["journey-support"])
    let page = try #require(pages.first)
    #expect(page.markdown.contains("""
      ```mermaid
      journey
        title Support∶ today
        section Ask, now
          Bot ＃1∶ first: 1: Ops  Support
          Call: 5: no team
      ```
      """))
    #expect(page.markdown.contains("  ████│      -2  Bot #1: first ◀\n"))
  }
}
