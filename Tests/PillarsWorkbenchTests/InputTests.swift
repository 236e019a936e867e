import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Fields and pickers that do what people expect of them.
@Suite struct InputTests {
  @Test func typingIntoANumberFieldReplacesItsValue() {
    var field = TextField("100")
    field.selectAll()
    field.apply(.insert("1"))
    field.apply(.insert("50"))
    #expect(field.text == "150")
    // A moving key keeps the value and leaves the selection; then typing adds to it.
    var kept = TextField("100")
    kept.selectAll()
    kept.apply(.end)
    kept.apply(.insert("0"))
    #expect(kept.text == "1000")
    var cleared = TextField("100")
    cleared.selectAll()
    cleared.apply(.backspace)
    #expect(cleared.text == "")
  }

  @Test func aMetricsTargetIsReplacedByWhatIsTyped() {
    var state = WorkbenchFixture.state()
    state.scorecardPane.selection = "csat"
    // Open CSAT, go to its target row (the fifth), edit, type 4.7, Enter.
    WorkbenchFixture.press([.character("4"), .enter, .down, .down, .down, .down, .character("e")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no editor")
      return
    }
    #expect(editor.target == .metric("csat", .target))
    #expect(editor.field.isSelected)
    WorkbenchFixture.type("4.7", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard["csat"]?.target == 4.7)
  }

  @Test func anActionsDueDateOpensSelected() {
    var state = WorkbenchFixture.state()
    // The first action's due date is the third of its rows, after the pillar's four fields.
    WorkbenchFixture.press([.enter] + Array(repeating: .down, count: 6) + [.character("e")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no editor")
      return
    }
    #expect(editor.target.holdsDate)
    WorkbenchFixture.type("2027-01-15", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.pillars[.knowYourCustomers].actions[0].due == CalendarDate(year: 2027, month: 1, day: 15))
  }

  @Test func aDigitPicksOnAOneToFiveScale() {
    var state = WorkbenchFixture.state()
    guard let id = state.segmentsPane.selection else {
      Issue.record("no segment")
      return
    }
    // Open the selected segment; its third row is the first 1-5 score.
    WorkbenchFixture.press([.character("5"), .enter, .down, .down, .character("e")], &state)
    guard case .editing(let editor) = state.overlay, case .segment(_, .score(let score)) = editor.target else {
      Issue.record("no score picker")
      return
    }
    let effects = WorkbenchFixture.press([.character("2")], &state)
    #expect(state.overlay == nil)
    #expect(!effects.isEmpty)
    let segment = state.workspace.segments[id]
    #expect(segment.map { score.value(of: $0) } == 2)
  }

  @Test func dOnAWeekRemovesThatWeeksValueNeverTheMetric() {
    var state = WorkbenchFixture.state()
    state.scorecardPane.selection = "csat"
    let before = state.workspace
    let weeks = before.scorecard["csat"]?.observations.count ?? 0
    let rows = MetricField.allCases.count
    // Open CSAT and go down to the first week row that has a value.
    WorkbenchFixture.press([.character("4"), .enter], &state)
    let fields = Workbench.detailFields(state)
    guard let row = fields.indices.first(where: { index in
      if case .observation(_, let week, _) = fields[index] { return before.scorecard["csat"]?.observation(for: week) != nil }
      return false
    }), case .observation(_, let week, _) = fields[row] else {
      Issue.record("no week with a value")
      return
    }
    #expect(row >= rows)
    WorkbenchFixture.press(Array(repeating: .down, count: row), &state)
    WorkbenchFixture.press([.character("d")], &state)
    #expect(state.overlay == nil)
    #expect(state.workspace.scorecard["csat"] != nil)
    #expect(state.workspace.scorecard["csat"]?.observation(for: week) == nil)
    #expect(state.workspace.scorecard["csat"]?.observations.count == weeks - 1)
    #expect(state.message?.text.hasPrefix("removed CSAT's") == true)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
    // On a definition row, d says where the metric is deleted instead.
    WorkbenchFixture.press([.character("g"), .character("d")], &state)
    #expect(state.workspace == before)
    #expect(state.overlay == nil)
  }

  @Test func aGapWeekGetsAValueFromTheHistory() {
    var state = WorkbenchFixture.state()
    guard var metric = state.workspace.scorecard["csat"], metric.observations.count > 3 else {
      Issue.record("no CSAT history")
      return
    }
    let gap = metric.observations[metric.observations.count - 3].week
    metric.observations.removeAll { $0.week == gap }
    if let index = state.workspace.scorecard.metrics.firstIndex(where: { $0.id == "csat" }) {
      state.workspace.scorecard.metrics[index] = metric
    }
    state.scorecardPane.selection = "csat"
    WorkbenchFixture.press([.character("4"), .enter], &state)
    guard let row = Workbench.detailFields(state).firstIndex(of: .observation("csat", gap, .value)) else {
      Issue.record("the gap week is not listed")
      return
    }
    WorkbenchFixture.press(Array(repeating: .down, count: row) + [.character("e")], &state)
    WorkbenchFixture.type("4.2", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.scorecard["csat"]?.observation(for: gap)?.value == 4.2)
  }

  @Test func addingAMetricAsksItsLayerAndShowsItsId() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("4"), .character("a")], &state)
    WorkbenchFixture.type("Repeat purchases", &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("no layer question")
      return
    }
    #expect(editor.target == .metric("repeat-purchases", .layer))
    // Down once from Outcome: Experience.
    WorkbenchFixture.press([.down, .enter], &state)
    #expect(state.workspace.scorecard["repeat-purchases"]?.layer == .experience)
    #expect(WorkbenchFixture.screen(state).contains("Repeat purchases · Experience · higher is better · ○ no target · id repeat-purchases"))
  }

  @Test func searchNamesTheJourneyOfATouchpoint() {
    let state = WorkbenchFixture.state()
    let name = state.workspace.journeys.first?.touchpoints.first?.touchpoint.name ?? "?"
    let hits = WorkspaceSearch.run(name, in: state.workspace)
    let touchpoints = hits.filter { if case .touchpoint = $0.target { return true } else { return false } }
    #expect(!touchpoints.isEmpty)
    for hit in touchpoints {
      guard case .touchpoint(let j, _) = hit.target, let journey = state.workspace.journey(j) else { continue }
      #expect(hit.title.hasPrefix("Touchpoint · \(journey.name) › "))
    }
  }

  @Test func percentagesChangeByPointsAndUnitsAgreeWithTheirNumber() {
    #expect(MetricValueText.difference(2, unit: "%") == "2 pp")
    #expect(MetricValueText.text(42, unit: "%") == "42%")
    #expect(MetricValueText.text(1, unit: "days") == "1 day")
    #expect(MetricValueText.text(3, unit: "days") == "3 days")
    #expect(MetricValueText.text(2, unit: "hour") == "2 hours")
    #expect(MetricValueText.text(1, unit: "EUR") == "1 EUR")
    #expect(MetricValueText.text(1.5, unit: "h") == "1.5 h")
    #expect(MetricValueText.text(1, unit: "per 100 jobs") == "1 per 100 jobs")
  }
}
