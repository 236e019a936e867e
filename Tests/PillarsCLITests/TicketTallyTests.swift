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
}
