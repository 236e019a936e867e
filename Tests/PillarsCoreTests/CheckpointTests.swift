import PillarsCore
import Testing

/// The monthly checkpoint: its month, what it looks at, and what the checks say of it.
@Suite struct CheckpointTests {
  let today = Fixtures.today  // 2026-11-18
  let november = CalendarMonth(year: 2026, month: 11)!

  @Test func aMonthIsWrittenYearDashMonthAndKnowsItsDays() {
    #expect(CalendarMonth("2026-02")?.lastDay == CalendarDate(year: 2026, month: 2, day: 28))
    #expect(CalendarMonth("2028-02")?.lastDay == CalendarDate(year: 2028, month: 2, day: 29))
    #expect(CalendarMonth("2026-13") == nil)
    #expect(CalendarMonth("2026-1") == nil)
    #expect(CalendarMonth("2026-W47") == nil)
    #expect(CalendarMonth(containing: today) == november)
    #expect(november.adding(months: 2).description == "2027-01")
    #expect(november.adding(months: -11).description == "2025-12")
    #expect(november.title == "November 2026")
  }

  @Test func everyMetricsFourWeeksEndAtTheLastWholeWeekWhileTheMonthIsUnderWay() {
    var workspace = Fixtures.clean()
    // Values for W43 to W46; this week (W47) has none yet.
    workspace.scorecard.metrics[1] = Fixtures.metric("csat", .experience, values: [4.5, 4.4, 4.3, 4.1])
    let agenda = CheckpointAgenda(workspace, month: november, today: today)
    #expect(agenda.lastWeek == ISOWeek("2026-W46"))
    let csat = agenda.trends.first { $0.metric == "csat" }
    #expect(csat?.values == [4.5, 4.4, 4.3, 4.1])
    #expect(csat?.change == -0.4)
    #expect(csat?.improving == false)
    #expect(agenda.trends.map(\.metric) == ["retention", "csat", "first-response"])
    // A month that has ended: its own last four weeks (October 2026 ends in W44).
    let october = CheckpointAgenda(workspace, month: november.adding(months: -1), today: today)
    #expect(october.lastWeek == ISOWeek("2026-W44"))
    #expect(october.trends.first { $0.metric == "csat" }?.values == [nil, nil, 4.5, 4.4])
    #expect(october.trends.first { $0.metric == "csat" }?.change == -0.1)
    // A single value makes no change.
    let september = CheckpointAgenda(workspace, month: november.adding(months: -2), today: today)
    #expect(september.trends.first { $0.metric == "csat" }?.values == [nil, nil, nil, nil])
    #expect(september.trends.first { $0.metric == "csat" }?.change == nil)
  }

  @Test func itLooksAtTheAssumptionsDueAndTheExperimentsFinishedInTheMonth() {
    var workspace = Fixtures.clean()
    workspace.assumptions = AssumptionsDocument(assumptions: [
      Assumption(id: "later", statement: "Later", revisit: CalendarDate(year: 2026, month: 12, day: 1)),
      Assumption(id: "end-of-month", statement: "End of month", revisit: CalendarDate(year: 2026, month: 11, day: 30)),
      Assumption(id: "overdue", statement: "Overdue", revisit: CalendarDate(year: 2026, month: 9, day: 1)),
      Assumption(id: "no-date", statement: "No date"),
    ])
    workspace.experiments = [
      Experiment(id: "done-here", name: "Done here", end: CalendarDate(year: 2026, month: 11, day: 3), state: .done,
        result: .won, decision: .adopt),
      Experiment(id: "stopped-here", name: "Stopped here", end: CalendarDate(year: 2026, month: 11, day: 10), state: .stopped),
      Experiment(id: "done-before", name: "Done before", end: CalendarDate(year: 2026, month: 10, day: 31), state: .done),
      Experiment(id: "running", name: "Running", end: CalendarDate(year: 2026, month: 11, day: 12), state: .running),
    ]
    let agenda = CheckpointAgenda(workspace, month: november, today: today)
    #expect(agenda.assumptionsDue.map(\.id) == ["overdue", "end-of-month"])
    #expect(agenda.experimentsFinished.map(\.id) == ["done-here", "stopped-here"])
  }

  @Test func thePrimarySegmentIsConfirmedOnlyWhenTheCheckpointNamesTheOneThatIsPrimaryNow() {
    var workspace = Fixtures.clean()
    #expect(!CheckpointAgenda(workspace, month: november, today: today).primaryIsConfirmed)
    workspace.checkpoints = [MonthlyCheckpoint(month: november, primarySegment: "clinics")]
    #expect(CheckpointAgenda(workspace, month: november, today: today).primaryIsConfirmed)
    // Confirmed in October is not confirmed in November.
    #expect(!CheckpointAgenda(workspace, month: november.adding(months: 1), today: today).primaryIsConfirmed)
    workspace.segments.segments[0].primary = false
    workspace.segments.segments[1].primary = true
    #expect(!CheckpointAgenda(workspace, month: november, today: today).primaryIsConfirmed)
  }

  @Test func checksNameAnOverdueDecisionAndAPrimarySegmentThatIsGone() {
    var workspace = Fixtures.clean()
    workspace.checkpoints = [MonthlyCheckpoint(month: november.adding(months: -1), primarySegment: "dentists", decisions: [
      Decision(id: "late", kind: .stop, text: "Stop the newsletter", due: today.adding(days: -1)),
      Decision(id: "done", kind: .start, text: "Start calls", due: today.adding(days: -9), state: .done),
    ])]
    let found = Fixtures.findings(workspace).filter { $0.document == .checkpoint(november.adding(months: -1)) }
    #expect(found.map(\.rule).contains(.decisionOverdue))
    #expect(found.first { $0.rule == .decisionOverdue }?.path == ["decisions", .index(0), "due"])
    #expect(found.contains { $0.severity == .error && $0.path == ["primarySegment"] })
    #expect(found.count == 2)
  }

  @Test func decisionsAreKeptInAReviewOrACheckpointAlike() {
    var workspace = Fixtures.clean()
    let log = DecisionLog.checkpoint(november)
    #expect(workspace.decisions(in: log).isEmpty)
    workspace.updateDecisions(in: log) { $0.append(Decision(id: "d1", kind: .start, text: "Start calls")) }
    #expect(workspace.checkpoint(november)?.decisions.map(\.id) == ["d1"])
    #expect(workspace.reviews.isEmpty)
    #expect(log.document == .checkpoint(november))
    #expect(log.document.path == "checkpoints/2026-11.json")
  }
}
