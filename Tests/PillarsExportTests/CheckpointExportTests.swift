import Foundation
import PillarsCore
import PillarsExport
import Testing

/// A page per monthly checkpoint: what it looked at and what it decided.
@Suite struct CheckpointExportTests {
  private func page() throws -> ExportedPage {
    try #require(try ExportFixture.examplePages().first { $0.fileName == "checkpoint-2026-01.md" })
  }

  @Test func eachCheckpointHasAPageListedInTheIndex() throws {
    let pages = try ExportFixture.examplePages()
    #expect(pages.filter { $0.fileName.hasPrefix("checkpoint-") }.map(\.fileName) == ["checkpoint-2026-01.md"])
    let index = try #require(pages.first { $0.name == "index" })
    #expect(index.markdown.contains("[Monthly checkpoint January 2026](checkpoint-2026-01.md)"))
  }

  @Test func thePageShowsSegmentFocusTheTrendsAndWhatWasFinished() throws {
    let text = try page().markdown
    #expect(text.contains("# Monthly checkpoint January 2026"))
    #expect(text.contains("**Primary segment confirmed:** Growing trade contractors."))
    #expect(text.contains("| Growing trade contractors | 4 | 4 | 16 | yes |"))
    #expect(text.contains("## The scorecard over the four weeks to 2026-W05"))
    let workspace = try ExportFixture.example()
    for metric in workspace.scorecard.metrics { #expect(text.contains("| \(metric.name) |"), "no trend for \(metric.name)") }
    #expect(text.contains("## Experiments finished this month"))
    #expect(text.contains("| Specialists on chat at the dispatch peak | 2026-01-07 | won | adopt |"))
    #expect(text.contains("None due this month."))
  }

  @Test func itsDecisionsShowWhereEachStandsNow() throws {
    let text = try page().markdown
    #expect(text.contains("| **stop** | Stop the owner-operator ad campaigns; their fit is too low to win this year | Maya Okafor | 2026-02-27 | open |"))
    #expect(text.contains("| **start** | Put the assisted import into the Crew-plan onboarding for every new account | Jonas Lindqvist | 2026-02-12 | done: In the onboarding checklist since the start of the month |"))
  }
}

/// The strategy one-pager says where the team stands on the customer-focus ladder, with the evidence.
@Suite struct CustomerFocusExportTests {
  @Test func theStrategyPageSetsTheTeamsRungBesideTheEvidence() throws {
    let strategy = try #require(try ExportFixture.examplePages().first { $0.name == "strategy" }).markdown
    #expect(strategy.contains("## Where we stand on customer focus"))
    #expect(strategy.contains("**The team stands at Enlightened:** the customer's signal reaches product and leadership. "
      + "The workspace shows **Natural** (the customer's interest is the deciding vote, even when it costs)."))
    #expect(strategy.contains("- 1 decision chose the customer over a short-term number (Stop auto-closing email tickets"))
  }

  @Test func aTeamThatHasNotSaidIsToldWhatTheWorkspaceShows() throws {
    var workspace = try ExportFixture.example()
    workspace.manifest.customerFocus = nil
    workspace.scorecard.metrics.removeAll { $0.layer != .operational }
    let pages = MarkdownExport.pages(for: workspace, today: try ExportFixture.today())
    let strategy = try #require(pages.first { $0.name == "strategy" }).markdown
    #expect(strategy.contains("**The team has not said where it stands.** The workspace shows **Naive** (no customer metrics at all)."))
  }
}

