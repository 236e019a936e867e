import Foundation
import PillarsCore
import PillarsExport
import Testing

/// The decisions log: every decision of the reviews and checkpoints on one page, what is still owed first.
@Suite struct DecisionsLogExportTests {
  private func page(today: CalendarDate? = nil) throws -> String {
    let pages = MarkdownExport.pages(for: try ExportFixture.example(), today: try today ?? ExportFixture.today(), only: ["decisions"])
    return try #require(pages.first).markdown
  }

  /// The log's rows, as the reader meets them, cell by cell: decision, what, taken at, owner, due, state, note.
  private func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n").filter { $0.hasPrefix("| **") }.map { line in
      line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
  }

  @Test func theIndexLinksTheLogAfterTheCheckpoints() throws {
    let pages = try ExportFixture.examplePages()
    let names = pages.map(\.name)
    #expect(names.firstIndex(of: "decisions") == names.firstIndex(of: "checkpoint-2026-01").map { $0 + 1 })
    let index = try #require(pages.first { $0.name == "index" }).markdown
    #expect(index.contains("[Decisions log](decisions.md): every decision of the reviews and checkpoints, what is still open first"))
  }

  @Test func everyDecisionOfEveryReviewAndCheckpointIsListedWithWhereItWasTaken() throws {
    let workspace = try ExportFixture.example()
    let text = try page()
    let all = workspace.reviews.flatMap(\.decisions) + workspace.checkpoints.flatMap(\.decisions)
    #expect(rows(text).count == all.count)
    #expect(text.contains("9 decisions taken: 6 open, 2 done, 1 dropped."))
    #expect(text.contains(
      "| **stop** | Stop the owner-operator ad campaigns; their fit is too low to win this year | Checkpoint January 2026 | Maya Okafor | 2026-02-27 | open | – |"))
    #expect(text.contains(
      "| **stop** | Stop quoting resolution rate on its own in the monthly update to leadership | Review 2026-W06 | Lena Vogel | – | dropped | "
        + "The monthly update now shows resolution rate beside CSAT; nothing left to stop |"))
  }

  @Test func aCustomerFirstDecisionIsMarkedAndCounted() throws {
    let text = try page()
    #expect(text.contains("1 chose the customer over a short-term number (customer first)."))
    let marked = rows(text).filter { $0[1].hasSuffix("· *customer first*") }
    #expect(marked.map { $0[1] } == ["Stop auto-closing email tickets after 72 hours of silence; ask the customer instead · *customer first*"])
    let review = try #require(MarkdownExport.pages(for: try ExportFixture.example(), today: try ExportFixture.today(), only: ["review-2026-W07"]).first)
    #expect(review.markdown.contains("ask the customer instead · *customer first* | Tomás Reyes |"))
  }

  @Test func openDecisionsComeFirstByDueDateThenDoneThenDropped() throws {
    let rows = rows(try page())
    let states = rows.map { $0[5] }
    #expect(states == ["open", "open", "open", "open", "open", "open", "done", "done", "dropped"])
    let openDues = rows.prefix(6).map { $0[4] }
    #expect(openDues == ["2026-02-25", "2026-02-27", "2026-03-02", "2026-03-04", "2026-03-30", "–"])
  }

  @Test func decisionsPastTheirDueDateAreMarkedAndCounted() throws {
    let text = try page(today: try #require(CalendarDate("2026-02-28")))
    #expect(text.contains("6 open (2 past their due date)"))
    let rows = rows(text)
    #expect(rows.prefix(2).map { $0[5] } == ["**open, overdue**", "**open, overdue**"])
    #expect(rows[2][5] == "open")
  }

  @Test func aWorkspaceWithoutDecisionsSaysWhereTheyComeFrom() throws {
    let pages = MarkdownExport.pages(for: .empty(name: "New Co"), today: try ExportFixture.today(), only: ["decisions"])
    let text = try #require(pages.first).markdown
    #expect(text.contains("No decisions yet: the weekly reviews and monthly checkpoints record what the team stops, starts and continues."))
  }
}
