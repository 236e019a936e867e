/// A calendar month, written `YYYY-MM` (for example `2026-11`): the rhythm of the monthly checkpoint.
public struct CalendarMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// The month a day falls in.
  public init(containing date: CalendarDate) {
    year = date.year
    month = date.month
  }

  /// Parses `YYYY-MM`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1])
    else { return nil }
    self.init(year: y, month: m)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let month = CalendarMonth(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a month written YYYY-MM, found \"\(text)\"")
    }
    self = month
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public var description: String { "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))" }

  public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

  public var firstDay: CalendarDate { CalendarDate(unchecked: year, month, 1) }

  public var lastDay: CalendarDate { CalendarDate(unchecked: year, month, CalendarDate.daysIn(month: month, year: year)) }

  public func contains(_ date: CalendarDate) -> Bool { date.year == year && date.month == month }

  public func adding(months: Int) -> CalendarMonth {
    let index = year * 12 + (month - 1) + months
    return CalendarMonth(unchecked: index / 12, index % 12 + 1)
  }

  init(unchecked year: Int, _ month: Int) {
    self.year = year
    self.month = month
  }

  /// "November 2026", as the screens and pages name it.
  public var title: String {
    let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
    return "\(names[month - 1]) \(year)"
  }
}
