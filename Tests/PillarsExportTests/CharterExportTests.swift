import Foundation
import PillarsCore
import PillarsExport
import Testing

/// The channel charter page: what the team wrote of each channel beside what the journeys count.
@Suite struct CharterExportTests {
  private func page(_ workspace: Workspace) throws -> String {
    try #require(MarkdownExport.pages(for: workspace, today: try ExportFixture.today()).first { $0.name == "channel-charter" }).markdown
  }

  @Test func eachChannelShowsItsGoalGuardrailsKPIsOwnerStandardAndEscalation() throws {
    let text = try page(try ExportFixture.example())
    #expect(text.contains("- **Goal:** Solve what cannot be solved live, without making anyone repeat themselves"))
    #expect(text.contains("- **Guardrails:** Never auto-close after silence: ask the customer instead"))
    #expect(text.contains("- **KPIs:** First response time (median), First contact resolution"))
    #expect(text.contains("- **Service standard:** First reply within 30 minutes in working hours"))
    #expect(text.contains("- **Escalation path:** Specialist queue, then the support lead, then the product owner of the area"))
  }

  @Test func aChannelWithoutAnEntrySaysSo() throws {
    var workspace = try ExportFixture.example()
    workspace.charter.channels.removeAll { $0.channel == "email" }
    let text = try page(workspace)
    #expect(text.contains("*No charter entry yet: the team has not written this channel's goal"))
  }
}
