import PillarsCore
import Testing

/// The channel charter the team writes: matched to the journeys' channels, and checked once begun.
@Suite struct CharterTests {
  private func findings(_ workspace: Workspace) -> [Finding] {
    Fixtures.findings(workspace).filter { $0.document == .charter }
  }

  @Test func anEntryIsFoundWhateverTheCaseOrSpacesOfTheChannel() {
    let charter = CharterDocument(channels: [CharterEntry(channel: " Phone", serviceStandard: "Answered within 2 minutes")])
    #expect(charter[channel: "phone "]?.serviceStandard == "Answered within 2 minutes")
    #expect(charter[channel: "web"] == nil)
  }

  @Test func aWorkspaceThatHasNotBegunItsCharterIsNotWarned() {
    #expect(findings(Fixtures.clean()).isEmpty)
  }

  @Test func onceBegunAChannelOfTodaysJourneysWithoutAnEntryIsAWarning() {
    var workspace = Fixtures.clean()
    workspace.charter = CharterDocument(channels: [CharterEntry(channel: "Web", goal: "Sign-ups", kpis: ["csat"])])
    let found = findings(workspace)
    #expect(found.map(\.rule) == [.channelWithoutCharter])
    #expect(found.first?.message.contains("the channel \"phone\" is used by today's journeys (1 touchpoint) but has no charter entry") == true)
    #expect(found.first?.severity == .warning)
    workspace.charter.channels.append(CharterEntry(channel: "phone"))
    #expect(findings(workspace).isEmpty)
  }

  @Test func aFutureStateChannelNeedsNoEntryYet() {
    var workspace = Fixtures.clean()
    var future = workspace.journeys[0]
    future.id = "onboarding-next"
    future.state = .future
    future.stages[0].touchpoints[0].channel = "chat"
    workspace.journeys.append(future)
    workspace.charter = CharterDocument(channels: [CharterEntry(channel: "web"), CharterEntry(channel: "phone")])
    #expect(findings(workspace).isEmpty)
  }

  @Test func aKPIMustBeAScorecardMetric() {
    var workspace = Fixtures.clean()
    workspace.charter = CharterDocument(channels: [
      CharterEntry(channel: "web", kpis: ["csat", "nps"]), CharterEntry(channel: "phone"),
    ])
    let found = findings(workspace)
    #expect(found.map(\.rule) == [.danglingReference])
    #expect(found.first?.path == ["channels", .index(0), "kpis", .index(1)])
  }
}
