import Testing
@testable import PillarsCore

@Suite struct CalendarTests {
  @Test func isoWeeksAtYearBoundaries() throws {
    // 2026-01-01 is a Thursday: week 1 of 2026. 2027-01-01 is a Friday: week 53 of 2026.
    #expect(try #require(CalendarDate("2026-01-01")).isoWeek.description == "2026-W01")
    #expect(try #require(CalendarDate("2027-01-01")).isoWeek.description == "2026-W53")
    #expect(try #require(CalendarDate("2024-12-30")).isoWeek.description == "2025-W01")
    #expect(try #require(CalendarDate("2026-11-22")).isoWeek.description == "2026-W47")
  }

  @Test func weekArithmeticCrossesYears() throws {
    let week = try #require(ISOWeek("2026-W01"))
    #expect(week.adding(weeks: -1).description == "2025-W52")
    #expect(try #require(ISOWeek("2026-W53")).adding(weeks: 1).description == "2027-W01")
    #expect(week.monday.description == "2025-12-29")
    #expect(week.weeks(until: try #require(ISOWeek("2026-W10"))) == 9)
  }

  @Test func everyWeekStartsOnItsMondayAndCountsFromAnother() throws {
    // Day by day over forty years: each day's week starts on the Monday on or before it, and
    // weeks counted between two days' weeks agree with the days between their Mondays.
    guard let start = CalendarDate("1998-12-25") else { throw CalendarTestError() }
    var previous = start.isoWeek
    for offset in stride(from: 0, to: 40 * 366, by: 3) {
      let day = start.adding(days: offset)
      let week = day.isoWeek
      #expect(week.monday.isoWeekday == 1)
      #expect(day.dayNumber - week.mondayNumber >= 0 && day.dayNumber - week.mondayNumber < 7, "\(day)")
      #expect(week.monday.isoWeek == week)
      #expect(previous.weeks(until: week) * 7 == week.monday.dayNumber - previous.monday.dayNumber, "\(previous) to \(week)")
      #expect(previous.adding(weeks: previous.weeks(until: week)) == week)
      if offset % 90 == 0 { previous = week }
    }
  }

  private struct CalendarTestError: Error {}

  @Test func rejectsWeeksAndDatesThatDoNotExist() {
    #expect(ISOWeek("2025-W53") == nil)  // 2025 has 52 weeks
    #expect(ISOWeek("2026-W00") == nil)
    #expect(ISOWeek("2026-47") == nil)
    #expect(CalendarDate("2026-02-29") == nil)
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("2026-4-01") == nil)
  }

  @Test func readsWeeksOnlyInTheirWrittenForm() throws {
    #expect(try #require(ISOWeek("2026-w07")).description == "2026-W07")
    #expect(try #require(ISOWeek("2026-W53")).week == 53)
    #expect(try #require(ISOWeek("2020-W53")).year == 2020)
    for text in [
      "", "2026-W7", "2026-W007", "26-W07", "02026-W07", "2026W07-", "2026_W07", "2026-X07", "2026-W0a", "+026-W07",
      "-026-W07", "0000-W01", "2026-W 7", "２０２６-W07", "2026-W０7", "2026–W07", "2026-W07\n", " 2026-W07",
    ] {
      #expect(ISOWeek(text) == nil, "\(text.debugDescription) is not a week")
    }
  }

  @Test func dayNumbersRoundTrip() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CalendarDate(dayNumber: n).dayNumber == n)
    }
  }
}

@Suite struct SlugTests {
  @Test func namesBecomeStableIDs() {
    #expect(Slug.make(from: "Ongoing use") == "ongoing-use")
    #expect(Slug.make(from: "  Café owners — Zürich ") == "cafe-owners-zurich")
    #expect(Slug.make(from: "日本語") == "item")
    #expect(Slug.unique("stage", avoiding: ["stage", "stage-2"]) == "stage-3")
    #expect(MetricID.make(from: "CSAT", avoiding: ["csat"]).rawValue == "csat-2")
  }

  @Test func validatesIDs() {
    #expect(Slug.isValid("first-response-time"))
    #expect(!Slug.isValid("First"))
    #expect(!Slug.isValid("a--b"))
    #expect(!Slug.isValid("-a"))
    #expect(!Slug.isValid(""))
    #expect(!Slug.isValid("../etc"))
  }

  @Test func pathsReadLikeCode() {
    let path: JSONPath = ["stages", 2, "touchpoints", 0, "emotion"]
    #expect(path.description == "stages[2].touchpoints[0].emotion")
    #expect(JSONPath(["notes", "odd key"]).description == "notes[\"odd key\"]")
  }
}
