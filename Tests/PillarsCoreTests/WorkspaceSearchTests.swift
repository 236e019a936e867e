import Testing
import PillarsCore

@Suite struct WorkspaceSearchTests {
  @Test func findsTouchpointsMetricsAndPillarsInWorkspaceOrder() {
    var workspace = Fixtures.clean()
    workspace.pillars[.equipTheTeam].notes = "Book the welcome CALL training for new hires."
    let hits = WorkspaceSearch.run("call", in: workspace)
    #expect(hits.map(\.target) == [.pillar(.equipTheTeam), .promise, .touchpoint("onboarding", "welcome-call")])  // the promise's alternative: call centres
    #expect(hits.first?.title == "Pillar · Equip the team")
    #expect(hits.first?.snippet == "Book the welcome CALL training for new hires.")
  }

  @Test func everyWordMustAppearInOneField() {
    let workspace = Fixtures.clean()
    #expect(WorkspaceSearch.run("welcome phone", in: workspace).isEmpty)
    #expect(WorkspaceSearch.run("hard book", in: workspace).map(\.target) == [.touchpoint("onboarding", "welcome-call")])
    #expect(WorkspaceSearch.run("   ", in: workspace).isEmpty)
  }

  @Test func longFieldsAreCutAroundTheMatch() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics[0].description = String(repeating: "lorem ipsum ", count: 20) + "needle\nafter" + String(repeating: " dolor", count: 20)
    let snippet = WorkspaceSearch.run("needle", in: workspace).first?.snippet ?? ""
    #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
    #expect(snippet.contains("needle after"))
  }
}
