import PillarsCore
import PillarsExample
import Testing

/// The example must pass `pillars check` with warnings only: the divergence, and its two actions
/// left overdue on purpose.
@Suite struct ExampleChecksTests {
  let today = CalendarDate(year: 2026, month: 11, day: 22)!

  @Test func passesTheChecksWithWarningsOnly() {
    let findings = Checks.run(ExampleWorkspace.make(today: today), today: today)
    #expect(findings.filter { $0.severity == .error }.map(\.message) == [])
  }

  @Test func theFindingsAreTheDivergenceAndTheOverdueActions() {
    let findings = Checks.run(ExampleWorkspace.make(today: today), today: today)
    #expect(findings.map(\.rule).sorted { $0.rawValue < $1.rawValue } == [.actionOverdue, .actionOverdue, .divergence, .fixNotWorking])
    #expect(findings.first { $0.rule == .divergence }?.message.contains("tickets are being closed, not problems solved") == true)
  }

  @Test func staysFreshWhateverTheDay() {
    for day in [CalendarDate(year: 2027, month: 1, day: 1)!, CalendarDate(year: 2030, month: 6, day: 17)!] {
      let rules = Checks.run(ExampleWorkspace.make(today: day), today: day).map(\.rule)
      #expect(rules.sorted { $0.rawValue < $1.rawValue } == [.actionOverdue, .actionOverdue, .divergence, .fixNotWorking])
    }
  }
}
