import PillarsCore
import PillarsExample
import Testing

/// The generated workspace's customer signals and its helpdesk export.
@Suite struct LargeSignalsTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 18)!

  @Test func theGeneratedThemesHaveCountsForEveryWeekOfTheSize() {
    let size = LargeWorkspace.Size.small
    let workspace = LargeWorkspace.make(size: size, today: Self.today)
    let generated = workspace.signalThemes.filter { $0.id.rawValue.hasPrefix("theme-") }
    #expect(generated.count == 20)
    #expect(workspace.signalThemes.count == 26)  // with the example's six
    let lastWeek = Self.today.isoWeek.adding(weeks: -1)
    #expect(generated.allSatisfy { $0.weeks.count == size.weeks && $0.weeks.last?.week == lastWeek })
    // Every tenth is fixed at the root; half of those fell afterwards, and their verdict says so.
    let fixed = generated.filter { $0.state == .fixed }
    #expect(fixed.map(\.id) == ["theme-1", "theme-11"])
    let verdicts = fixed.map { FixEffect(of: $0, among: workspace.signalThemes, through: lastWeek)?.worked }
    #expect(verdicts == [true, false])
    // A few themes drive most contacts.
    let pareto = SignalsPareto(themes: workspace.signalThemes, weeks: 13, through: lastWeek)
    #expect(pareto.drivers.count < pareto.rows.count / 2)
  }

  @Test func theExportHasOneLinePerTicketTaggedWithTheGeneratedThemes() {
    let size = LargeWorkspace.Size.small
    var text = ""
    LargeWorkspace.ticketExport(size: size, lastWeek: Self.today.isoWeek.adding(weeks: -1)) { text += $0 }
    let lines = text.split(separator: "\r\n")
    #expect(lines.first == "Id,Subject,Tags,Requester,Requester email,Created at,Via,Group")
    #expect(lines.count == size.tickets + 1)
    let tags = Set(lines.dropFirst().flatMap { line in
      line.split(separator: ",").filter { $0.hasPrefix("theme-") }.flatMap { $0.split(separator: " ") }
    })
    #expect(tags.isSubset(of: Set((1...20).map { "theme-\($0)"[...] })))
    var again = ""
    LargeWorkspace.ticketExport(size: size, lastWeek: Self.today.isoWeek.adding(weeks: -1)) { again += $0 }
    #expect(again == text)
  }
}
