import Foundation
import PillarsCore

/// The day the command runs, in the local time zone.
///
/// `PILLARS_TODAY=YYYY-MM-DD` fixes it, so scripts and tests can replay a given week.
enum Today {
  static func date(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate {
    if let fixed = environment["PILLARS_TODAY"], !fixed.isEmpty {
      guard let date = CalendarDate(fixed) else {
        throw CLIError("PILLARS_TODAY must be a date written YYYY-MM-DD, found \"\(fixed)\"")
      }
      return date
    }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    guard let year = parts.year, let month = parts.month, let day = parts.day,
      let date = CalendarDate(year: year, month: month, day: day)
    else { throw CLIError("cannot tell today's date from the system clock") }
    return date
  }
}
