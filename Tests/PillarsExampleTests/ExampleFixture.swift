import PillarsCore
import PillarsExample
import Testing

/// The example as a test sees it, made for a fixed week and day.
enum ExampleFixture {
  static let lastWeekText = "2026-W07"
  static let todayText = "2026-02-18"

  static func lastWeek() throws -> ISOWeek { try #require(ISOWeek(lastWeekText)) }
  static func today() throws -> CalendarDate { try #require(CalendarDate(todayText)) }

  static func workspace() throws -> Workspace {
    ExampleWorkspace.make(lastWeek: try lastWeek(), today: try today())
  }

  /// Every piece of text in a value, found by walking its stored properties.
  static func strings(in value: Any) -> [String] {
    if let text = value as? String { return [text] }
    return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
  }
}
