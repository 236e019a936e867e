import Foundation
import PillarsCore
import PillarsExample
import PillarsExport
import Testing

/// The example workspace at a fixed day, so exported pages and snapshots never move.
enum ExportFixture {
  static let lastWeekText = "2026-W07"
  static let todayText = "2026-02-18"

  static func today() throws -> CalendarDate { try #require(CalendarDate(todayText)) }

  static func example() throws -> Workspace {
    ExampleWorkspace.make(lastWeek: try #require(ISOWeek(lastWeekText)), today: try today())
  }

  static func examplePages() throws -> [ExportedPage] {
    MarkdownExport.pages(for: try example(), today: try today())
  }
}
