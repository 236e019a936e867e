import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// The experiments pane and the assumptions pane, driven by keys as a user would.
@Suite struct ExperimentsPaneTests {
  private func row(of field: ExperimentField) -> [Key] {
    Array(repeating: .down, count: ExperimentField.allCases.firstIndex(of: field) ?? 0)
  }

  @Test func theTrackerListsByStateAndSaysWhatIsDue() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("7")], &state)
    let listed = ExperimentsPane.listed(state.workspace).map(\.state)
    #expect(listed == [.running, .done, .done])
    #expect(state.experimentsPane.selection == "assisted-import-pilot")
    #expect(WorkbenchFixture.screen(state).contains("Due: nothing this week"))

    // Left open past the running one's end, the tracker says it is due, and so do the checks.
    let end = try #require(state.workspace.experiment("assisted-import-pilot")?.end)
    _ = Workbench.update(&state, .dayChanged(end.adding(days: 1)))
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("▲ 1 past its end without a result"))
    #expect(screen.contains("▲ past its end, no result"))
    #expect(state.findings.contains { $0.rule == .experimentPastEnd })
  }

  @Test func anExperimentGoesFromPlannedToAdopted() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("7"), .character("a")], &state)
    WorkbenchFixture.type("Callback within the hour", &state)
    let added = WorkbenchFixture.press([.enter], &state)
    let id: ExperimentID = "callback-within-the-hour"
    #expect(added == [.save(state.workspace, [.experiment(id)])])
    #expect(state.workspace.experiment(id)?.state == .planned)
    #expect(state.experimentsPane.selection == id)

    // running: one down from planned; won: one down from "none yet"; adopt likewise.
    WorkbenchFixture.press([.enter] + row(of: .state) + [.character("e"), .down, .enter], &state)
    #expect(state.workspace.experiment(id)?.state == .running)
    WorkbenchFixture.press(Array(repeating: .down, count: 2) + [.character("e"), .down, .enter], &state)
    #expect(state.workspace.experiment(id)?.result == .won)
    WorkbenchFixture.press(Array(repeating: .down, count: 3) + [.character("e"), .down, .enter], &state)
    let experiment = try #require(state.workspace.experiment(id))
    #expect(experiment.decision == .adopt)
    #expect(WorkbenchFixture.screen(state).contains("Decision            adopt"))
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.experiment(id)?.decision == nil)
  }

  @Test func aDateThatIsNoDateAndAnUnknownAssumptionAreRefused() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("7"), .enter] + row(of: .end) + [.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("soon", &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "\"soon\" is not a date; write YYYY-MM-DD")
    WorkbenchFixture.press([.escape, .character("g")] + row(of: .assumptions) + [.character("e"), .ctrl("j")], &state)
    WorkbenchFixture.type("Customers love spreadsheets", &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let list) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(list.refusal?.hasPrefix("no assumption \"Customers love spread") == true)
    WorkbenchFixture.press([.escape], &state)
    #expect(state.workspace == before)
  }

  @Test func theMapMarksTheAssumptionsToTestFirst() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("8")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("▲ 2 important assumptions with little evidence: test these first"))
    #expect(screen.contains("▲ top left: test first"))
    // The riskiest lead the list, and the selection starts on the first of them.
    #expect(state.workspace.assumptions.ranked.prefix(2).allSatisfy { $0.isRiskiest })
    #expect(state.assumptionsPane.selection == state.workspace.assumptions.ranked.first?.id)
  }

  @Test func namingAnExperimentOnAnAssumptionWritesItOnTheExperiment() throws {
    var state = WorkbenchFixture.state()
    let untested = try #require(state.workspace.assumptions.ranked.first { AssumptionsDocument.experiments(testing: $0.id, in: state.workspace).isEmpty })
    let position = try #require(state.workspace.assumptions.ranked.firstIndex { $0.id == untested.id })
    let experimentsRow = AssumptionField.allCases.firstIndex(of: .experiments) ?? 0
    WorkbenchFixture.press([.character("8")] + Array(repeating: .down, count: position) + [.enter]
      + Array(repeating: .down, count: experimentsRow) + [.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("dispatch-peak-chat", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects == [.save(state.workspace, [.experiment("dispatch-peak-chat")])])
    #expect(state.workspace.experiment("dispatch-peak-chat")?.assumptions.contains(untested.id) == true)
    #expect(WorkbenchFixture.screen(state).contains("Tested by       Specialists on chat at the dispatch peak"))
  }

  @Test func searchFindsAnExperimentAndAnAssumption() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("/")], &state)
    _ = Workbench.update(&state, .textPasted("reconnect flow"))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pane == .experiments)
    #expect(state.experimentsPane.selection == "chatbot-guided-sync-fix")
    WorkbenchFixture.press([.character("/")], &state)
    _ = Workbench.update(&state, .textPasted("per-branch reporting"))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pane == .assumptions)
    #expect(state.assumptionsPane.selection == "branches-need-reporting")
  }

  @Test func deletingAnAssumptionTakesItOffTheExperimentsThatTestedIt() throws {
    var state = WorkbenchFixture.state()
    let first = try #require(state.workspace.assumptions.ranked.first)
    let testing = AssumptionsDocument.experiments(testing: first.id, in: state.workspace).map(\.id)
    #expect(!testing.isEmpty)
    WorkbenchFixture.press([.character("8"), .character("d")], &state)
    let effects = WorkbenchFixture.press([.character("y")], &state)
    #expect(state.workspace.assumptions[first.id] == nil)
    #expect(state.workspace.experiments.allSatisfy { !$0.assumptions.contains(first.id) })
    #expect(effects == [.save(state.workspace, Set([DocumentRef.assumptions] + testing.map { DocumentRef.experiment($0) }))])
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.assumptions[first.id] != nil)
    #expect(AssumptionsDocument.experiments(testing: first.id, in: state.workspace).map(\.id) == testing)
  }
}

@Suite struct LongAssumptionsLogTests {
  @Test func aLongLogScrollsSoTheSelectedAssumptionShows() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    for n in 1...80 {
      state.workspace.assumptions.assumptions.append(
        Assumption(id: AssumptionID(rawValue: "filler-\(n)"), statement: "Filler assumption number \(n)", importance: 1, evidence: 5))
    }
    WorkbenchFixture.press([.character("8")], &state)
    WorkbenchFixture.press([.character("G")], &state)
    let last = state.workspace.assumptions.ranked.last
    #expect(state.assumptionsPane.selection == last?.id)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains(last?.statement ?? "—"), "the selected assumption is off the screen")
    #expect(!screen.contains(state.workspace.assumptions.ranked.first?.statement ?? "—"))
  }
}

/// Clicks on a tracker scrolled down a long list.
@Suite struct ExperimentsClickTests {
  @Test func aClickOnAScrolledTrackerPicksTheExperimentOnThatRow() throws {
    var state = WorkbenchFixture.state()
    for number in 10..<50 {
      state.workspace.experiments.append(
        Experiment(id: ExperimentID("trial-\(number)"), name: "Trial \(number)", state: .planned))
    }
    WorkbenchFixture.press([.character("7"), .character("G")], &state)
    let lines = WorkbenchFixture.screen(state).components(separatedBy: "\n")
    #expect(!lines.contains { $0.contains("Trial 10") }, "the tracker has scrolled to its end")
    let row = try #require(lines.firstIndex { $0.contains("Trial 40") })
    _ = Workbench.update(&state, .mouseClicked(x: 5, y: row))
    #expect(state.experimentsPane.selection == "trial-40")
  }
}

/// The assumptions log kept between keystrokes.
@Suite struct AssumptionsLogKeptTests {
  @Test func aLogKeptBetweenKeystrokesFollowsATeammatesChange() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("8"), .down, .up], &state)
    let last = try #require(state.workspace.assumptions.ranked.last)
    #expect(state.assumptionsPane.kept.value != nil, "the pane keeps the log it drew")
    // A teammate makes the least risky assumption the riskiest: the same frame ranks it first.
    let index = try #require(state.workspace.assumptions.assumptions.firstIndex { $0.id == last.id })
    state.workspace.assumptions.assumptions[index].importance = 5
    state.workspace.assumptions.assumptions[index].evidence = 1
    let firstRow = try #require(WorkbenchFixture.screen(state).components(separatedBy: "\n").first { $0.hasPrefix(" 1 ") })
    #expect(firstRow.contains(String(last.statement.prefix(20))))
  }
}
