import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// `O`: the channel charter the team writes, beside what today's journeys say of each channel and,
/// apart, what the future state plans; every field edited as any other, one undo step each.
@Suite struct ChannelCharterScreenTests {
  /// The example's channels in the order the charter lists them.
  private static let channels = ["social", "web", "event", "phone", "in-product", "chat", "email"]

  private func opened(_ channel: String, at field: CharterField? = nil, _ state: inout WorkbenchState) {
    WorkbenchFixture.press([.character("O")], &state)
    let row = CharterOverview(state.workspace).rows.firstIndex { $0.name == channel } ?? 0
    WorkbenchFixture.press(Array(repeating: .character("j"), count: row), &state)
    guard let field else { return }
    WorkbenchFixture.press([.enter] + Array(repeating: .character("j"), count: CharterField.allCases.firstIndex(of: field) ?? 0), &state)
  }

  private func saves(_ effects: [WorkbenchEffect]) -> Set<DocumentRef> {
    effects.reduce(into: Set<DocumentRef>()) { saved, effect in
      if case .save(_, let documents) = effect { saved.formUnion(documents) }
    }
  }

  @Test func oListsEveryChannelOfTodaysJourneysWithTheTeamsEntry() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("O")], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "social")))
    #expect(CharterOverview(state.workspace).rows.map(\.name) == Self.channels)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Channel charter"))
    for channel in Self.channels { #expect(screen.contains("● \(channel)"), "missing \(channel)") }
    #expect(screen.contains("Answer trade questions where contractors already talk"))
    #expect(screen.contains("A reply within four working hours"))
    #expect(Command.all.contains(.channelCharter))
    #expect(Command.channelCharter.title.hasPrefix("Channel charter"))
  }

  @Test func theCountsKeptBetweenKeystrokesFollowATeammatesChange() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("O"), .character("j"), .character("k")], &state)
    #expect(WorkbenchFixture.screen(state).contains("1 touchpoint in 1 stage"))
    // A teammate's journey and charter arrive (a reload): the same frame counts and shows them.
    let today = try #require(state.workspace.journeys.firstIndex { $0.state == .current })
    var extra = state.workspace.journeys[today].stages[0].touchpoints[0]
    extra.id = "trade-forum-reply"
    state.workspace.journeys[today].stages[0].touchpoints.append(extra)
    let social = try #require(state.workspace.charter.channels.firstIndex { $0.channel == "social" })
    state.workspace.charter.channels[social].owner = "Noor Haddad"
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("2 touchpoints in 1 stage"))
    #expect(screen.contains("Noor Haddad"))
  }

  @Test func jAndKMoveAlongTheChannelsEnterOpensOneAndEscGoesBack() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("O"), .character("j"), .down, .character("k")], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "web")))
    WorkbenchFixture.press([.character("G")], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "email")))
    WorkbenchFixture.press([.enter, .character("j"), .down], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "email", field: .kpis)))
    WorkbenchFixture.press([.character("G")], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "email", field: .escalation)))
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "email")))
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == nil)
  }

  @Test func anOwnerTypedIsSavedToTheCharterAndUndoTakesItBack() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    opened("chat", at: .owner, &state)
    WorkbenchFixture.press([.enter, .ctrl("u")], &state)
    WorkbenchFixture.type("Ines Duarte", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.charter[channel: "chat"]?.owner == "Ines Duarte")
    #expect(saves(effects) == [.charter])
    // The charter comes back on the field just written.
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat", field: .owner)))
    #expect(WorkbenchFixture.screen(state).contains("Ines Duarte"))
    // u and C-r work without leaving the charter.
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat", field: .owner)))
    WorkbenchFixture.press([.ctrl("r"), .escape, .escape], &state)
    #expect(state.workspace.charter[channel: "chat"]?.owner == "Ines Duarte")
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func guardrailsAreOnePerLine() {
    var state = WorkbenchFixture.state()
    opened("email", at: .guardrails, &state)
    WorkbenchFixture.press([.enter, .end, .ctrl("j")], &state)
    WorkbenchFixture.type("  Never close a ticket the customer reopened  ", &state)
    WorkbenchFixture.press([.ctrl("j"), .ctrl("j"), .enter], &state)
    #expect(state.workspace.charter[channel: "email"]?.guardrails == [
      "Never auto-close after silence: ask the customer instead", "Never close a ticket the customer reopened",
    ])
  }

  @Test func kpisAreTickedFromTheScorecardsMetrics() {
    var state = WorkbenchFixture.state()
    opened("chat", at: .kpis, &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .metricPicker(let picker) = state.overlay else {
      Issue.record("Enter on the KPIs opened no list of metrics")
      return
    }
    #expect(picker.chosen == state.workspace.charter[channel: "chat"]?.kpis)
    let metrics = Workbench.orderedMetrics(state.workspace)
    guard let csat = metrics.firstIndex(where: { $0.name == "CSAT" }) else {
      Issue.record("no CSAT in the example")
      return
    }
    WorkbenchFixture.press(Array(repeating: .character("j"), count: csat) + [.character(" ")], &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.charter[channel: "chat"]?.kpis.last == metrics[csat].id)
    #expect(saves(effects) == [.charter])
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat", field: .kpis)))
    // Esc in the list of metrics changes nothing and comes back too.
    let now = state.workspace
    WorkbenchFixture.press([.enter, .character(" "), .escape], &state)
    #expect(state.workspace == now)
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat", field: .kpis)))
  }

  @Test func highlightedKPIsShowTheirLatestValueTargetAndStatus() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    opened("email", at: .kpis, &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("▲ First response time (median)  0.7 h · target 0.5 h · at risk"))
    #expect(screen.contains("✖ First contact resolution  57.5% · target 70% · off track"))
  }

  @Test func aKPIThatIsNoScorecardMetricIsRefusedAndNothingChanges() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    opened("chat", at: .kpis, &state)
    let effects = WorkbenchFixture.press([.character("E")], &state)
    #expect(effects == [.openExternalEditor(text: "First response time (median)\nAI resolution quality")])
    let saved = Workbench.update(&state, .externalEditorFinished(text: "csat\nHappiness index\n", error: nil))
    #expect(saved.isEmpty)
    #expect(state.workspace == before)
    #expect(state.message?.kind == .error)
    #expect(state.message?.text == "\"Happiness index\" is not a metric on the scorecard: a KPI is one of its metrics, by id or name")
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat", field: .kpis)))
    // By id or by name, in any case, the KPIs are kept as ids.
    WorkbenchFixture.press([.character("E")], &state)
    _ = Workbench.update(&state, .externalEditorFinished(text: "csat\nfirst contact RESOLUTION\n", error: nil))
    #expect(state.workspace.charter[channel: "chat"]?.kpis == ["csat", "first-contact-resolution"])
  }

  @Test func aChannelWithoutAnEntrySaysSoAndAFieldWrittenBeginsOne() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.workspace.charter.channels.removeAll { $0.channel == "chat" }
    let before = state.workspace
    opened("chat", &state)
    var screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("○ chat"))
    #expect(screen.contains("no entry"))
    #expect(screen.contains("No charter entry yet"))
    WorkbenchFixture.press([.enter, .enter], &state)
    WorkbenchFixture.type("Unstick a dispatcher in minutes", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(saves(effects) == [.charter])
    #expect(state.workspace.charter[channel: "chat"] == CharterEntry(channel: "chat", goal: "Unstick a dispatcher in minutes"))
    screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("● chat"))
    #expect(!screen.contains("No charter entry yet"))
    // One undo step takes the whole entry back.
    WorkbenchFixture.press([.escape, .escape, .character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func anEmptyFieldCommittedBeginsNoEntry() {
    var state = WorkbenchFixture.state()
    state.workspace.charter.channels.removeAll { $0.channel == "chat" }
    let before = state.workspace
    opened("chat", at: .owner, &state)
    let effects = WorkbenchFixture.press([.enter, .enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
  }

  /// Today's counts come from the current-state journeys only: four planned chat touchpoints
  /// where today's journey has two read two today, and four apart, as planned.
  @Test func theFutureStateIsCountedApart() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    guard let next = state.workspace.journeys.firstIndex(where: { $0.state == .future }),
      let stage = state.workspace.journeys[next].stages.firstIndex(where: { $0.touchpoints.contains { $0.channel == "chat" } })
    else {
      Issue.record("the example has no future state with a chat touchpoint")
      return
    }
    state.workspace.journeys[next].stages[stage].touchpoints.append(Touchpoint(id: "community-chat", name: "Community chat", channel: "chat"))
    let row = CharterOverview(state.workspace).row(named: "chat")
    #expect(row?.today?.touchpointCount == 2)
    #expect(row?.planned?.touchpointCount == 4)
    opened("chat", &state)
    let lines = WorkbenchFixture.screen(state).split(separator: "\n").map(String.init)
    guard let today = lines.firstIndex(where: { $0.contains("TODAY · current-state journeys") }),
      let planned = lines.firstIndex(where: { $0.contains("PLANNED · future-state journeys, apart") })
    else {
      Issue.record("no TODAY or PLANNED section")
      return
    }
    #expect(lines[today + 1].contains("2 touchpoints in 2 stages"))
    #expect(lines[planned + 1].contains("4 touchpoints in"))
  }

  @Test func anEntryNoJourneyUsesIsListedAsUnused() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.workspace.charter.channels.append(CharterEntry(channel: "fax", goal: "Orders from the old depots"))
    opened("fax", &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("● fax"))
    #expect(screen.contains("unused"))
    #expect(screen.contains("no journey uses it any more"))
    #expect(screen.contains("Orders from the old depots"))
  }

  @Test func dDeletesAnEntryAfterAskingAndUndoBringsItBack() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    state.workspace.charter.channels.append(CharterEntry(channel: "fax", goal: "Orders from the old depots"))
    let before = state.workspace
    opened("fax", &state)
    WorkbenchFixture.press([.character("d")], &state)
    #expect(WorkbenchFixture.screen(state).contains("Delete the charter entry of fax, which no journey uses any more? (y/n)"))
    WorkbenchFixture.press([.character("n")], &state)
    #expect(state.workspace == before)
    #expect(state.overlay == .charter(CharterBrowser(channel: "fax")))
    let effects = WorkbenchFixture.press([.character("d"), .character("y")], &state)
    #expect(saves(effects) == [.charter])
    #expect(state.workspace.charter[channel: "fax"] == nil)
    #expect(CharterOverview(state.workspace).row(named: "fax") == nil)
    // The highlight stays where the row was: on the channel before it, the last.
    #expect(state.overlay == .charter(CharterBrowser(channel: "email")))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    // A channel with no entry has nothing to delete.
    state.workspace.charter.channels.removeAll { $0.channel == "chat" }
    state.overlay = .charter(CharterBrowser(channel: "chat"))
    WorkbenchFixture.press([.character("d")], &state)
    #expect(state.message?.text == "chat has no charter entry to delete")
    #expect(state.overlay == .charter(CharterBrowser(channel: "chat")))
  }

  @Test func aChannelGoneFromUnderTheHighlightIsNeverWrittenTo() {
    var state = WorkbenchFixture.state()
    state.workspace.charter.channels.append(CharterEntry(channel: "fax", goal: "Orders from the old depots"))
    opened("fax", at: .goal, &state)
    // The entry goes on disk meanwhile; the next key starts again at the first channel.
    state.workspace.charter.channels.removeAll { $0.channel == "fax" }
    WorkbenchFixture.press([.enter], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "social", field: .goal)))
    #expect(state.workspace.charter[channel: "fax"] == nil)
  }

  @Test func fromTheJourneyMapTheSelectedTouchpointsChannelIsHighlighted() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("3")], &state)
    guard let channel = Workbench.selectedTouchpoint(state)?.channel else {
      Issue.record("no touchpoint selected")
      return
    }
    WorkbenchFixture.press([.character("O")], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: channel)))
  }

  @Test func searchFindsWhatTheTeamWroteAndEnterOpensTheCharterThere() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("/")], &state)
    WorkbenchFixture.type("repeat themselves", &state)
    #expect(WorkbenchFixture.screen(state).contains("Channel charter · email"))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.overlay == .charter(CharterBrowser(channel: "email")))
  }

  @Test func readOnlyShowsTheCharterButEditsNothing() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    let effects = WorkbenchFixture.press([.character("O"), .enter, .enter, .character("E")], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    #expect(state.message?.kind == .error)
    #expect(state.overlay == .charter(CharterBrowser(channel: "social", field: .goal)))
  }

  @Test func theKeysAreInTheHelpAndTheKeyBar() {
    #expect(KeyMap.command(for: .character("O")) == .channelCharter)
    let help = HelpText.lines().map(\.text)
    #expect(help.contains("In the channel charter"))
    #expect(help.contains("Open the channel, or edit the highlighted field"))
    var state = WorkbenchFixture.state(width: 120, height: 30)
    WorkbenchFixture.press([.character("O"), .enter], &state)
    #expect(WorkbenchFixture.screen(state).contains("E $EDITOR  Esc channels"))
  }

  /// The smallest screen the workbench draws still shows the charter and today's counts.
  @Test func theSmallestScreenKeepsTheCountsOfToday() {
    var state = WorkbenchFixture.state(width: 60, height: 16)
    opened("chat", at: .guardrails, &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Channel charter · chat"))
    #expect(screen.contains("2 touchpoints in 2 stages"))
    #expect(screen.contains("3 touchpoints in 2 stages"))
    // The guardrails are cut short to keep the counts, and say so.
    #expect(screen.contains("Guardrails        · The chatbot …"))
  }

  @Test func screens() {
    for (width, height) in ViewSnapshotTests.sizes {
      var state = WorkbenchFixture.state(width: width, height: height)
      WorkbenchFixture.press([.character("O")], &state)
      assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "charter-\(width)x\(height)")
      state = WorkbenchFixture.state(width: width, height: height)
      opened("chat", at: .guardrails, &state)
      assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "charter-opened-\(width)x\(height)")
    }
  }
}
