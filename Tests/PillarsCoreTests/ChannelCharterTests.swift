import PillarsCore
import Testing

@Suite struct ChannelCharterTests {
  private static let today = Journey(id: "today", name: "Today", stages: [
    Stage(id: "trial", name: "Trial", touchpoints: [
      Touchpoint(id: "bot", name: "Chatbot", channel: "Chat", team: "Support Ops", promise: .atRisk,
        metrics: ["ai-quality"]),
      Touchpoint(id: "queue", name: "Email queue", channel: "Email", team: "Support", promise: .broken,
        handoff: true, metrics: ["first-response"]),
    ]),
    Stage(id: "use", name: "Use", touchpoints: [
      Touchpoint(id: "specialist", name: "Specialist", channel: " email", team: "support", promise: .broken,
        metrics: ["first-response", "csat"]),
      Touchpoint(id: "bot-again", name: "Chatbot again", channel: "CHAT", team: "Support Ops", promise: .kept),
      Touchpoint(id: "unknown", name: "Somewhere", channel: "  "),
    ]),
  ])
  private static let next = Journey(id: "next", name: "Next", state: .future, stages: [
    Stage(id: "trial", name: "Trial", touchpoints: [
      Touchpoint(id: "specialist-chat", name: "Specialist chat", channel: "chat", team: "Support", promise: .kept)
    ])
  ])

  @Test func groupsChannelsWhateverTheCaseAndShowsTheFirstSpelling() {
    let charter = ChannelCharter(journeys: [Self.today, Self.next])
    #expect(charter.channels.map(\.name) == ["Chat", "Email", ""])
    #expect(charter.channels.map(\.touchpointCount) == [3, 2, 1])
    #expect(charter.channel(named: "EMAIL ")?.name == "Email")
  }

  @Test func eachChannelKnowsItsStagesTeamsMetricsAndBreakage() throws {
    let charter = ChannelCharter(journeys: [Self.today, Self.next])
    let chat = try #require(charter.channel(named: "chat"))
    let stages = chat.stages.map { "\($0.journeyName) › \($0.stageName)" }
    #expect(stages == ["Today › Trial", "Today › Use", "Next › Trial"])
    #expect(chat.teams == ["Support Ops", "Support"])
    #expect(chat.metrics == ["ai-quality"])
    #expect((chat.brokenCount, chat.atRiskCount, chat.handoffCount) == (0, 1, 0))

    let email = try #require(charter.channel(named: "email"))
    #expect(email.teams == ["Support"])  // "support" is the same team
    #expect(email.metrics == ["first-response", "csat"])
    #expect((email.brokenCount, email.atRiskCount, email.handoffCount) == (2, 0, 1))
  }

  @Test func touchpointsWithoutAChannelComeLast() throws {
    let charter = ChannelCharter(journeys: [Self.today])
    let last = try #require(charter.channels.last)
    #expect(last.name.isEmpty)
    #expect(last.stages.map(\.stageID) == ["use"])
    #expect(last.teams.isEmpty)
  }

  @Test func noJourneysNoChannels() {
    #expect(ChannelCharter(journeys: []).channels.isEmpty)
  }
}

@Suite struct ChannelCharterStateTests {
  /// Today's charter counts today's journeys only; a future state's touchpoints are counted apart.
  @Test func aFutureStateIsNotCountedAsIfItExistedNow() {
    var today = Journey(id: "today", name: "Today", state: .current)
    today.stages = [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "a", name: "A", channel: "chat"), Touchpoint(id: "b", name: "B", channel: "chat")])]
    var next = Journey(id: "next", name: "Next", state: .future)
    next.stages = [Stage(id: "s", name: "S", touchpoints: [Touchpoint(id: "c", name: "C", channel: "chat"), Touchpoint(id: "d", name: "D", channel: "chat")])]
    var workspace = Workspace()
    workspace.journeys = [next, today]
    #expect(ChannelCharter.current(in: workspace).channel(named: "chat")?.touchpointCount == 2)
    #expect(ChannelCharter.planned(in: workspace).channel(named: "chat")?.touchpointCount == 2)
    #expect(ChannelCharter(journeys: workspace.journeys).channel(named: "chat")?.touchpointCount == 4)
  }
}
