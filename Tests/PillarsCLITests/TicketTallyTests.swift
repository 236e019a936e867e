import PillarsCore
import Testing

@testable import PillarsCLI

/// A ticket's tags are split the same way whatever path the text takes.
@Suite struct TicketTallyTests {
  @Test func asciiTagsSplitAsTheirCharactersWould() throws {
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 18))
    let pieces = ["refund", "login_problem", "VIP", ",", ";", " ", "  ", "\t", "\r\n", "\n", "a-b", ""]
    var seed: UInt64 = 0x7A65
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    for splitOnSpaces in [true, false] {
      let tally = TicketTally(map: SignalTagMap(), themes: [], segments: [], splitOnSpaces: splitOnSpaces, today: today)
      for _ in 0..<300 {
        let tags = (0..<(next() % 10)).map { _ in pieces[next() % pieces.count] }.joined()
        let byCharacter = tags.split { $0 == "," || $0 == ";" || (splitOnSpaces && $0.isWhitespace) }.map(String.init)
        #expect(tally.tagList(tags) == byCharacter, "\(tags.debugDescription)")
      }
      #expect(tally.tagList("café, thé") == (splitOnSpaces ? ["café", "thé"] : ["café", " thé"]))
    }
  }

  @Test func ticketsCountAsTheirTagsSayWhetherTheirTagsRepeatOrNot() throws {
    // Past 4,096 different tag fields the tally stops remembering them: counts must not change.
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 18))
    let themes = ["refund", "login", "billing"].map { SignalTheme(id: SignalThemeID($0), name: $0) }
    var map = SignalTagMap()
    map.tags["money-back"] = "refund"
    var tally = TicketTally(map: map, themes: themes, segments: [], splitOnSpaces: false, today: today)
    var expected: [SignalThemeID: Int] = [:]
    var expectedUnmapped: [String: Int] = [:]
    let tags = ["refund", "Money-Back", "login", "billing", "vip", "urgent"]
    var seed: UInt64 = 0x51A7
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    for line in 0..<26_000 {
      // Every ticket's field is new after the first few thousand: a serial number among its tags.
      let picked = (0..<(1 + next() % 3)).map { _ in tags[next() % tags.count] }
      let field = (picked + (line > 3_000 ? ["n\(line)"] : [])).joined(separator: ",")
      tally.add(line: line + 2, tags: field, date: "2026-11-02 10:00", channel: "email", segment: "")
      let themesOfTicket = Set(picked.compactMap { map.theme(for: $0, among: Set(themes.map(\.id))) })
      for theme in themesOfTicket { expected[theme, default: 0] += 1 }
      let unmappedOfTicket = Set((picked + (line > 3_000 ? ["n\(line)"] : [])).filter { map.theme(for: $0, among: Set(themes.map(\.id))) == nil }.map { SignalTagMap.normalise($0) })
      for tag in unmappedOfTicket { expectedUnmapped[tag, default: 0] += 1 }
    }
    let week = try #require(CalendarDate("2026-11-02")).isoWeek
    #expect(tally.counts.mapValues { $0[week]?.contacts ?? 0 } == expected)
    #expect(tally.unmapped == expectedUnmapped)
  }

  @Test func datesAreReadWithWhiteSpaceAroundThem() {
    #expect(TicketTally.day(of: " 2026-11-02 ") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "\t2026-11-02 09:12:44\r") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "\u{00A0}2026-11-02\u{00A0}") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: " 1793606400 ") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "   ") == nil)
    #expect(TicketTally.day(of: "2026-11-0２") == nil)
  }
}
