/// An ISO 8601 week, written `YYYY-Www` (for example `2026-W07`): the rhythm of the scorecard.
public struct ISOWeek: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let week: Int

  /// Nil unless the year has that week (some years have 53, most 52).
  public init?(year: Int, week: Int) {
    // Every year has weeks 1 to 52; only week 53 needs the calendar.
    guard (1...9999).contains(year), (1...52).contains(week) || (week == 53 && ISOWeek.weeks(in: year) == 53)
    else { return nil }
    self.year = year
    self.week = week
  }

  init(unchecked year: Int, _ week: Int) {
    self.year = year
    self.week = week
  }

  /// Parses `YYYY-Www`; a lowercase `w` is accepted.
  public init?(_ text: String) {
    self.init(utf8: text.utf8)
  }

  /// Parses `YYYY-Www` from its UTF-8 bytes, as ``init(_:)`` does from text.
  @inlinable public init?<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
    // Read byte by byte: every observation of the scorecard and every row of an import goes through here.
    guard bytes.count == 8 else { return nil }
    var year = 0
    var week = 0
    var offset = 0
    for byte in bytes {
      switch offset {
      case 4:
        guard byte == UInt8(ascii: "-") else { return nil }
      case 5:
        guard byte == UInt8(ascii: "W") || byte == UInt8(ascii: "w") else { return nil }
      default:
        guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        if offset < 4 { year = year * 10 + digit } else { week = week * 10 + digit }
      }
      offset += 1
    }
    self.init(year: year, week: week)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let week = ISOWeek(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected an ISO week written YYYY-Www, found \"\(text)\"")
    }
    self = week
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public var description: String { "\(CalendarDate.pad(year, 4))-W\(CalendarDate.pad(week, 2))" }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.week) < (rhs.year, rhs.week)
  }

  /// The Monday that starts the week.
  public var monday: CalendarDate { CalendarDate(dayNumber: mondayNumber) }

  /// The Monday that starts the week, in days since 1970-01-01: weeks are compared and counted
  /// by it, without making dates.
  public var mondayNumber: Int {
    let jan4 = CalendarDate(unchecked: year, 1, 4).dayNumber
    let weekday = ((jan4 + 3) % 7 + 7) % 7 + 1  // 1970-01-01 was a Thursday
    return jan4 + 1 - weekday + (week - 1) * 7
  }

  public func adding(weeks: Int) -> ISOWeek { CalendarDate(dayNumber: mondayNumber + weeks * 7).isoWeek }

  /// Whole weeks from `self` to `other` (positive when `other` is later).
  public func weeks(until other: ISOWeek) -> Int {
    // Within a year, weeks are counted without the calendar.
    other.year == year ? other.week - week : (other.mondayNumber - mondayNumber) / 7
  }

  static func weeks(in year: Int) -> Int {
    // A year has 53 weeks when 28 December falls in week 53.
    CalendarDate(unchecked: year, 12, 28).isoWeek.week
  }
}
