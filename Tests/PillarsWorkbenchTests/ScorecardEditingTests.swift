import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Editing the scorecard from its pane: metric definitions, weekly values and notes, all undoable.
@Suite struct ScorecardEditingTests {
  @Test func aNewMetricIsNamedFirstAndGoesAfterTheSelectedOne() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("4")], &state)
    #expect(WorkbenchFixture.press([.character("a")], &state).isEmpty)
    #expect(state.overlay == .editing(FieldEditor(target: .newItem(.metric(.outcome, after: "net-revenue-retention")), workspace: before)))
    // An empty name is refused and nothing is added.
    #expect(WorkbenchFixture.press([.enter], &state).isEmpty)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the editor closed on an empty name")
      return
    }
    #expect(editor.refusal == "a metric needs a name")
    WorkbenchFixture.type("Gross margin", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    var expected = before
    expected.scorecard.metrics.insert(Metric(id: "gross-margin", name: "Gross margin", layer: .outcome), at: 1)
    #expect(effects == [.save(expected, [.scorecard, .history("gross-margin")])])
    #expect(state.scorecardPane.selection == "gross-margin")
    #expect(state.scorecardPane.isOpen)
    #expect(WorkbenchFixture.screen(state).contains("Gross margin · Outcome · higher is better · ○ no target · id gross-margin"))
    WorkbenchFixture.press([.escape, .character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func reorderingStaysInsideTheLayerAndUndoes() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("4")], &state)
    let first = try #require(state.scorecardPane.selection)
    #expect(WorkbenchFixture.press([.character("K")], &state).isEmpty)
    #expect(state.message?.text.contains("already first in Outcome") == true)
    let effects = WorkbenchFixture.press([.character("J")], &state)
    var expected = before
    expected.scorecard.metrics.swapAt(0, 1)
    #expect(effects == [.save(expected, [.scorecard])])
    #expect(state.scorecardPane.selection == first)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func theWarningThresholdIsEditedInTheDetailView() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .enter] + Array(repeating: .character("j"), count: 5), &state)
    let id = try #require(state.scorecardPane.selection)
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("101%", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard[id]?.warning == 101)
    #expect(WorkbenchFixture.screen(state).contains("Warning at    101%"))
  }

  /// Whether scorecard.json changed is decided by comparing what it holds, so an edit to any
  /// definition field, a field added later included, is saved.
  @Test(arguments: MetricField.allCases)
  func anEditToAnyDefinitionFieldChangesTheScorecard(_ field: MetricField) throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .enter], &state)
    let id = try #require(state.scorecardPane.selection)
    let row = try #require(MetricField.allCases.firstIndex(of: field))
    WorkbenchFixture.press(Array(repeating: .character("j"), count: row) + [.character("e")], &state)
    let before = state.workspace
    let target = EditTarget.metric(id, field)
    #expect(state.overlay == .editing(FieldEditor(target: target, workspace: before)))
    let old = target.currentText(in: before)
    guard case .editing(var editor) = state.overlay else {
      Issue.record("e opens the field")
      return
    }
    switch target.kind(in: before) {
    case .choice(let choices):
      editor.choice = try #require(choices.firstIndex { $0.value != old })
    case .number, .text:
      // The first of a few texts that the field takes and that changes it: words, a number, a scale.
      let candidates = [old + " (changed)", ((NumberField.parse(old) ?? 0) + 1).compactText, "1 to 10", "0 to 1000"]
      let text = try #require(candidates.first { candidate in
        var trial = before
        guard case .success = target.apply(candidate, to: &trial, today: WorkbenchFixture.today) else { return false }
        return target.currentText(in: trial) != old
      })
      editor.field = TextField(text, multiline: editor.field.multiline)
    }
    state.overlay = .editing(editor)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(target.currentText(in: state.workspace) != old)
    #expect(effects == [.save(state.workspace, [.scorecard])])
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func layerAndDirectionArePickedFromTheirChoices() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .enter, .character("j"), .character("e"), .character("j"), .enter], &state)
    let id = try #require(state.scorecardPane.selection)
    #expect(state.workspace.scorecard[id]?.layer == .experience)
    // Net revenue retention at 109.4% against 108%: on track while higher is better, off track when lower is.
    #expect(state.workspace.scorecard[id]?.status == .onTrack)
    WorkbenchFixture.press([.character("j"), .character("j"), .character("e"), .character("j"), .enter], &state)
    #expect(state.workspace.scorecard[id]?.direction == .down)
    #expect(state.workspace.scorecard[id]?.status == .offTrack)
    #expect(WorkbenchFixture.screen(state).contains("Net revenue retention · Experience · lower is better · ✖ off track"))
  }

  @Test func anEarlierWeekGetsAValueAndANote() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .enter], &state)
    let id = try #require(state.scorecardPane.selection)
    // Past the ten definition rows: this week, then last week.
    WorkbenchFixture.press(Array(repeating: .character("j"), count: 11), &state)
    let lastWeek = WorkbenchFixture.today.isoWeek.adding(weeks: -1)
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("110", &state)
    WorkbenchFixture.press([.enter, .character("n"), .ctrl("u")], &state)
    WorkbenchFixture.type("corrected after the billing export", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard[id]?.observation(for: lastWeek)
      == Observation(week: lastWeek, value: 110, note: "corrected after the billing export"))
    #expect(WorkbenchFixture.screen(state).contains("\(lastWeek)  110%       ● on track   corrected after the billing export"))
  }

  @Test("a value outside the metric's scale is refused with the reason under the field")
  func aValueOutsideTheScaleIsRefused() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("4"), .character("j"), .character("j"), .character("j")], &state)
    #expect(state.scorecardPane.selection == "csat")
    WorkbenchFixture.press([.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("44", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "44 is outside the scale of CSAT (1 to 5)")
    #expect(WorkbenchFixture.screen(state).contains("✖ 44 is outside the scale of CSAT (1 to 5)"))
  }

  @Test("a week that has not started takes no value, and a value past 10^15 is refused")
  func aWeekToComeAndAnEnormousValueAreRefused() throws {
    var workspace = WorkbenchFixture.state().workspace
    let before = workspace
    let today = WorkbenchFixture.today
    func refusal(_ target: EditTarget, _ text: String) -> String? {
      guard case .failure(let refusal) = target.apply(text, to: &workspace, today: today) else { return nil }
      return refusal.message
    }
    let nextWeek = today.isoWeek.adding(weeks: 1)
    #expect(refusal(.observation("nps", nextWeek, .value), "40")
      == "\(nextWeek) has not started yet; values can be recorded up to this week, \(today.isoWeek)")
    #expect(refusal(.observation("expansion-revenue", today.isoWeek, .value), "1e308")
      == "1e+308 is too large; a value must be between -1e15 and 1e15")
    #expect(refusal(.metric("csat", .target), "6") == "6 is outside the scale of CSAT (1 to 5)")
    #expect(refusal(.metric("csat", .warning), "0.5") == "0.5 is outside the scale of CSAT (1 to 5)")
    #expect(workspace == before)
  }

  @Test("the scale is edited on the opened metric and checked like the other fields")
  func theScaleIsEditedInTheMetricDetail() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("4"), .character("j"), .character("j"), .character("j"), .enter], &state)
    #expect(WorkbenchFixture.screen(state).contains("Scale         1 to 5"))
    // Name, layer, unit, direction, target, warning, then the scale.
    WorkbenchFixture.press(Array(repeating: .character("j"), count: 6) + [.character("e"), .ctrl("u")], &state)
    WorkbenchFixture.type("5 to 1", &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the field should stay open after a refusal")
      return
    }
    #expect(editor.refusal == "the lowest value must be below the highest")
    WorkbenchFixture.press([.ctrl("u")], &state)
    WorkbenchFixture.type("0 to 10", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard["csat"]?.scale == MetricScale(lowest: 0, highest: 10))
    #expect(WorkbenchFixture.screen(state).contains("Scale         0 to 10"))
  }

  @Test func aNoteNeedsAValueFirst() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    WorkbenchFixture.press([.character("4"), .character("n")], &state)
    #expect(state.overlay == nil)
    #expect(state.message == .info("no value for \(WorkbenchFixture.today.isoWeek) yet: press e to enter it, then n for the note"))
    #expect(state.workspace == before)
  }

  @Test func readOnlyRefusesAddingAndReordering() {
    var state = WorkbenchFixture.state(readonly: true)
    let before = state.workspace
    #expect(WorkbenchFixture.press([.character("4"), .character("a"), .character("J")], &state).isEmpty)
    #expect(state.workspace == before)
  }
}

/// What the layers say together stands above the table, divergence first.
@Suite struct ScorecardAlertTests {
  @Test func divergenceThenStaleThenMissingTarget() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    var workspace = state.workspace
    let effort = try #require(workspace.scorecard.metrics.firstIndex { $0.id == "customer-effort-score" })
    // The effort score's last two weeks go missing, and NPS loses its target.
    workspace.scorecard.metrics[effort].observations.removeLast(2)
    let nps = try #require(workspace.scorecard.metrics.firstIndex { $0.id == "nps" })
    workspace.scorecard.metrics[nps].target = nil
    _ = Workbench.change(to: workspace, label: "test", &state)
    WorkbenchFixture.press([.character("4")], &state)
    let lines = WorkbenchFixture.screen(state).split(separator: "\n").filter { $0.hasPrefix(" ! ") }
    #expect(lines.count == 3)
    #expect(lines.first?.contains("improved over the last 4 weeks while") == true)
    #expect(lines.dropFirst().first?.contains("Customer effort score has no value for the last 2 weeks") == true)
    #expect(lines.last?.contains("Net promoter score has no target") == true)
    #expect(WorkbenchFixture.screen(state).contains("○ no target"))
  }
}
