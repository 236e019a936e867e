import PillarsCore
import Testing

/// The charter as the screens show it: today's channels with the team's entries, what a future
/// state plans kept apart, and entries no journey uses any more.
@Suite struct CharterOverviewTests {
  private func workspace() -> Workspace {
    var today = Journey(id: "today", name: "Today", state: .current)
    today.stages = [
      Stage(id: "s", name: "Support", touchpoints: [
        Touchpoint(id: "a", name: "A", channel: "chat", promise: .broken),
        Touchpoint(id: "b", name: "B", channel: "Chat ", handoff: true),
        Touchpoint(id: "c", name: "C", channel: "phone"),
        Touchpoint(id: "n", name: "N", channel: " "),
      ])
    ]
    var next = Journey(id: "next", name: "Next", state: .future)
    next.stages = [
      Stage(id: "s", name: "Support", touchpoints: ["c1", "c2", "c3", "c4"].map { Touchpoint(id: TouchpointID($0), name: $0, channel: "chat") }
        + [Touchpoint(id: "f", name: "F", channel: "forum")])
    ]
    var workspace = Workspace()
    workspace.journeys = [next, today]
    workspace.charter = CharterDocument(channels: [
      CharterEntry(channel: "fax", goal: "Orders from the old clinics"), CharterEntry(channel: "CHAT", owner: "Aisha"),
    ])
    return workspace
  }

  @Test func todaysChannelsComeFirstThenPlannedOnlyThenUnusedEntries() {
    let overview = CharterOverview(workspace())
    #expect(overview.rows.map(\.name) == ["chat", "phone", "forum", "fax"])
    #expect(overview.rows.map(\.use) == [.today, .today, .plannedOnly, .unused])
    #expect(overview.rows.map { $0.entry?.channel } == ["CHAT", nil, nil, "fax"])
    #expect(overview.touchpointsWithoutChannel == 1)
    #expect(overview.hasFutureState)
  }

  /// Four planned chat touchpoints where today has two: today reads two, the plan four, apart.
  @Test func theFutureStateIsCountedApartFromToday() {
    let chat = CharterOverview(workspace()).row(named: "Chat")
    #expect(chat?.today?.touchpointCount == 2)
    #expect(chat?.today?.brokenCount == 1)
    #expect(chat?.today?.handoffCount == 1)
    #expect(chat?.planned?.touchpointCount == 4)
    #expect(chat?.planned?.brokenCount == 0)
    #expect(CharterOverview(workspace()).row(named: "phone")?.planned == nil)
  }

  @Test func anEmptyWorkspaceHasNoRows() {
    let overview = CharterOverview(Workspace())
    #expect(overview.rows.isEmpty)
    #expect(!overview.hasFutureState)
  }
}
