import PillarsCore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// The signals pane beyond the ranking: counting one segment's or channel's contacts, a theme
/// opened and edited, and the tags of no theme mapped from the screen.
@Suite struct SignalsPaneEditingTests {
  /// The keys down to a field of the opened theme.
  private func row(of field: SignalThemeField) -> [Key] {
    Array(repeating: .down, count: SignalThemeField.allCases.firstIndex(of: field) ?? 0)
  }

  /// The filter list, with the highlight moved onto `choice`.
  private func filterKeys(_ choice: SignalFilter, _ state: WorkbenchState) -> [Key] {
    let choices = SignalFilter.choices(in: state.workspace)
    return [.character("V"), .character("g")] + Array(repeating: .down, count: choices.firstIndex(of: choice) ?? 0) + [.enter]
  }

  @Test func aChannelFilterChangesTheSentenceTheRankingAndTheTitle() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6")], &state)
    let all = WorkbenchFixture.screen(state)
    #expect(all.contains("4 themes drive 89% of contacts (of 6), 3659 contacts in all"))
    #expect(all.contains(" 1  Cannot reach a person from chat"))
    WorkbenchFixture.press(filterKeys(.channel("phone"), state), &state)
    #expect(state.signalsPane.filter == .channel("phone"))
    let phone = WorkbenchFixture.screen(state)
    #expect(phone.contains("Customer signals · 13 weeks · channel: phone"))
    #expect(phone.contains("4 themes drive 90% of contacts (of 6), 588 contacts by phone"))
    #expect(phone.contains(" 1  Asked to repeat the problem"))
    #expect(!phone.contains("3659"))
    // The pane ranks as `pillars signals --channel phone` does: the same model, the same filter.
    let cli = SignalsPareto(state.workspace, weeks: 13, filter: .channel(named: " Phone "), today: WorkbenchFixture.today)
    #expect(SignalsPane.listed(state.signalsPane, PaneContext(state)).prefix(cli.rows.count) == cli.rows.map(\.theme)[...])
    // "All contacts" clears it.
    WorkbenchFixture.press(filterKeys(.all, state), &state)
    #expect(state.signalsPane.filter == .all)
    #expect(WorkbenchFixture.screen(state).contains("3659 contacts in all"))
  }

  @Test func aSegmentFilterIsNamedBySegmentNameAndKeepsTheWindow() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6"), .character("W")], &state)
    WorkbenchFixture.press(filterKeys(.segment("owner-operators"), state), &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(state.signalsPane.weeks == 52)
    #expect(screen.contains("Customer signals · 52 weeks · segment: Owner-operators"))
    #expect(screen.contains("contacts from Owner-operators"))
    #expect(state.message?.text == "counting segment: Owner-operators — V for another")
  }

  @Test func aThemeOpensAndATouchpointLinkIsWrittenAndUndone() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6"), .enter], &state)
    let id = try #require(state.signalsPane.selection)
    #expect(state.signalsPane.mode == .theme)
    let opened = WorkbenchFixture.screen(state)
    #expect(opened.contains("Touchpoints    Growing contractor: today › Ongoing use › In-app chatbot"))
    #expect(opened.contains("Fix of 2026-09-21: rose 25%"))
    #expect(opened.contains("Weekly contacts, 2026-W34 to 2026-W46:"))
    let before = try #require(state.workspace.signalTheme(id)).touchpoints
    WorkbenchFixture.press(row(of: .touchpoints), &state)
    // What there is to link is listed under the rows, by the names the field takes.
    #expect(WorkbenchFixture.screen(state).contains("Ongoing use: Morning dispatch board · In-app chatbot · Email queue"))
    WorkbenchFixture.press([.enter, .ctrl("e"), .ctrl("j")], &state)
    WorkbenchFixture.type("A specialist picks up the ticket", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.overlay == nil)
    let journey = try #require(state.workspace.journey("growing-contractor-today"))
    let stage = try #require(journey.position(of: "specialist-reply")).stage
    let added = TouchpointPath(journey: "growing-contractor-today", stage: journey.stages[stage].id, touchpoint: "specialist-reply")
    #expect(state.workspace.signalTheme(id)?.touchpoints == before + [added])
    #expect(effects == [.save(state.workspace, [.signalTheme(id)])])
    #expect(WorkbenchFixture.screen(state).contains("In-app chatbot · Growing contractor: today › Ongoing use › A"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.signalTheme(id)?.touchpoints == before)
  }

  @Test func frictionIsLinkedByItsTextAndAFixByItsDay() throws {
    var workspace = WorkbenchFixture.state().workspace
    let id: SignalThemeID = "dispatch-board-slow"
    let friction = EditTarget.signalTheme(id, .friction)
    try friction.apply("the chatbot transcript is not attached to the ticket", to: &workspace, today: WorkbenchFixture.today).get()
    let link = try #require(workspace.signalTheme(id)?.friction.last)
    #expect(link.touchpoint == "specialist-reply" && link.friction == "The chatbot transcript is not attached to the ticket")
    // Written back as the field holds it, and read the same.
    #expect(friction.currentText(in: workspace).contains("growing-contractor-today/specialist-reply: The chatbot transcript"))
    let fixedOn = EditTarget.signalTheme(id, .fixedOn)
    try fixedOn.apply("2026-11-02", to: &workspace, today: WorkbenchFixture.today).get()
    #expect(workspace.signalTheme(id)?.state == .fixed)
    #expect(workspace.signalTheme(id)?.fixedOn == CalendarDate(year: 2026, month: 11, day: 2))
    let later = workspace
    #expect(throws: EditRefusal("2026-12-01 is after today: a fix is dated the day it lands")) {
      try fixedOn.apply("2026-12-01", to: &workspace, today: WorkbenchFixture.today).get()
    }
    #expect(throws: EditRefusal("no friction point \"Slow coffee\" on the journeys: write its text as the touchpoint has it, one per line")) {
      try friction.apply("Slow coffee", to: &workspace, today: WorkbenchFixture.today).get()
    }
    #expect(workspace == later)
    try EditTarget.signalTheme(id, .state).apply("open", to: &workspace, today: WorkbenchFixture.today).get()
    #expect(workspace.signalTheme(id)?.fixedOn == nil)
  }

  @Test func anEmptyNameIsRefusedWithTheReason() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("6"), .enter, .enter, .ctrl("u"), .enter], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "a theme needs a name")
    WorkbenchFixture.press([.escape], &state)
    #expect(state.workspace == before)
  }

  @Test func mappingATagToANewThemeWritesTheTagMapAndLeavesTheCounts() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("6")], &state)
    #expect(WorkbenchFixture.screen(state).contains("unmapped tags (2) on 23 tickets"))
    WorkbenchFixture.press([.character("#")], &state)
    let tags = WorkbenchFixture.screen(state)
    #expect(tags.contains("feature_request       14 tickets"))
    #expect(tags.contains("the tag's tickets count for the theme when the export is imported again"))
    WorkbenchFixture.press([.enter], &state)
    #expect(WorkbenchFixture.screen(state).contains("+ a new theme: Feature request"))
    let counted = state.workspace.signalThemes.map(\.weeks)
    let effects = WorkbenchFixture.press([.enter], &state)
    let map = state.workspace.signalTags
    #expect(map.tags["feature_request"] == "feature-request")
    #expect(map.unmapped == ["password_reset": 9])
    #expect(state.workspace.signalTheme("feature-request")?.name == "Feature request")
    #expect(state.workspace.signalTheme("feature-request")?.weeks == [])
    #expect(state.workspace.signalThemes.filter { $0.id != "feature-request" }.map(\.weeks) == counted)
    #expect(effects == [.save(state.workspace, [.signalTags, .signalTheme("feature-request")])])
    #expect(state.message?.text.hasPrefix("The tag feature_request now counts for Feature request (a new theme); import the export again to count its 14 tickets") == true)
    let after = WorkbenchFixture.screen(state)
    #expect(after.contains("1 tag on 9 tickets") && !after.contains("feature_request       14"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.signalTags.unmapped["feature_request"] == 14)
    #expect(state.workspace.signalTheme("feature-request") == nil)
  }

  @Test func mappingATagToAThemeIsWhatTheCommandLineDoes() throws {
    var state = WorkbenchFixture.state()
    var byCommand = state.workspace
    _ = try byCommand.mapSignalTag("password_reset", toTheme: "Help importing customers").get()
    // password_reset is the second tag; the themes follow the new one, by name.
    WorkbenchFixture.press([.character("6"), .character("#"), .down, .enter], &state)
    let choices = SignalsPane.mappingChoices(for: "password_reset", in: state.workspace)
    let help = try #require(choices.firstIndex(of: .theme("import-help")))
    WorkbenchFixture.press(Array(repeating: .down, count: help) + [.enter], &state)
    #expect(state.workspace.signalTags == byCommand.signalTags)
    #expect(state.workspace.signalThemes == byCommand.signalThemes)
  }

  @Test func readOnlyMapsNothing() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    #expect(WorkbenchFixture.press([.character("6"), .character("#"), .enter, .enter], &state).isEmpty)
    #expect(state.workspace == before)
    #expect(state.message?.text.hasPrefix("read-only") == true)
  }
}
