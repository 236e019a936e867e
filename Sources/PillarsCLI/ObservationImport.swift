import PillarsCore
import ScreenKit
import SwiftCSV

/// Weekly values read from a CSV file and checked whole against the scorecard before any is recorded.
///
/// The header names the columns: `metric`, `value`, `week` (YYYY-Www) or `date` (YYYY-MM-DD, recorded
/// in its ISO week), and an optional `note`. Every bad row is reported with its line number.
struct ObservationImport: Equatable {
  /// One value the file asks to record.
  struct Entry: Equatable {
    var line: Int
    var metric: MetricID
    var week: ISOWeek
    var value: Double
    var note: String?
  }

  /// A row that cannot be recorded, and why.
  struct Problem: Equatable, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "line \(line): \(message)" }
  }

  var entries: [Entry]
  var problems: [Problem]

  /// Parses `text` and checks each row against `scorecard`: a value must be possible for its
  /// metric (within its scale) and its week must not be after `currentWeek`.
  init(csv text: String, scorecard: ScorecardDocument, currentWeek: ISOWeek) {
    entries = []
    problems = []
    if let line = ObservationImport.unclosedQuote(in: text) {
      problems = [Problem(line: line, message: "a quoted field opens here and is never closed")]
      return
    }
    let table: EnumeratedCSV
    do {
      table = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
    } catch {
      problems = [Problem(line: 1, message: "the file is not valid CSV (a quoted field is not closed)")]
      return
    }
    guard let columns = Columns(header: table.header, problems: &problems) else { return }
    var line = 2 + ObservationImport.newlines(in: table.header)
    var seen: [String: Int] = [:]
    for fields in table.rows {
      defer { line += 1 + ObservationImport.newlines(in: fields) }
      if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
      if fields.count > table.header.count {
        problems.append(Problem(line: line, message: "\(fields.count) fields, but the header names \(table.header.count)"))
        continue
      }
      let before = problems.count
      let entry = read(fields, columns: columns, line: line, scorecard: scorecard, currentWeek: currentWeek)
      guard let entry, problems.count == before else { continue }
      let key = entry.metric.rawValue + " " + entry.week.description
      if let first = seen[key] {
        problems.append(Problem(line: line, message: "\(entry.metric.rawValue) for \(entry.week) is already on line \(first)"))
        continue
      }
      seen[key] = line
      entries.append(entry)
    }
  }

  /// The scorecard with every entry recorded; an entry without a note keeps the week's earlier note.
  func applied(to scorecard: ScorecardDocument) -> ScorecardDocument {
    var result = scorecard
    for entry in entries {
      guard let index = result.metrics.firstIndex(where: { $0.id == entry.metric }) else { continue }
      let previous = result.metrics[index].observation(for: entry.week)
      result.metrics[index].record(entry.value, for: entry.week, note: entry.note ?? previous?.note)
    }
    return result
  }

  private mutating func read(
    _ fields: [String], columns: Columns, line: Int, scorecard: ScorecardDocument, currentWeek: ISOWeek
  ) -> Entry? {
    func field(_ index: Int?) -> String {
      guard let index, fields.indices.contains(index) else { return "" }
      return fields[index].trimmingWhitespace
    }
    var failures: [String] = []
    let metricText = field(columns.metric)
    let metric = scorecard.metrics.first { $0.id.rawValue == metricText }
    if metricText.isEmpty {
      failures.append("no metric")
    } else if metric == nil {
      failures.append("unknown metric \"\(SafeText.line(metricText))\"")
    }
    let week = readWeek(field(columns.week ?? columns.date), isDate: columns.week == nil, failures: &failures)
    let valueText = field(columns.value)
    let value = ObservationImport.number(valueText, unit: metric?.unit ?? "")
    if value == nil {
      failures.append(valueText.isEmpty ? "no value" : "\"\(SafeText.line(valueText))\" is not a number")
    }
    if let metric, let week, let value, let refusal = metric.refusal(ofValue: value, for: week, currentWeek: currentWeek) {
      failures.append(SafeText.line(refusal))
    }
    guard failures.isEmpty, let metric, let week, let value else {
      problems.append(Problem(line: line, message: failures.joined(separator: "; ")))
      return nil
    }
    let note = field(columns.note)
    return Entry(line: line, metric: metric.id, week: week, value: value, note: note.isEmpty ? nil : note)
  }

  private func readWeek(_ text: String, isDate: Bool, failures: inout [String]) -> ISOWeek? {
    if isDate {
      if let date = CalendarDate(text) { return date.isoWeek }
      failures.append(text.isEmpty ? "no date" : "\"\(SafeText.line(text))\" is not a date written YYYY-MM-DD")
    } else {
      if let week = ISOWeek(text) { return week }
      failures.append(text.isEmpty ? "no week" : "\"\(SafeText.line(text))\" is not an ISO week written YYYY-Www")
    }
    return nil
  }

  /// A plain decimal number; a trailing % is allowed for % metrics. Refuses nan, inf and hex.
  static func number(_ raw: String, unit: String) -> Double? {
    var text = raw.trimmingWhitespace
    if unit == "%" && text.hasSuffix("%") { text.removeLast() }
    let lowered = text.lowercased()
    guard text.allSatisfy({ $0.isASCII }), !lowered.contains("n"), !lowered.contains("x"),
      let number = Double(text), number.isFinite
    else { return nil }
    return number
  }

  /// The line where a quoted field opens without closing; the parser would take the rest of the file into it.
  static func unclosedQuote(in text: String) -> Int? {
    var line = 1, opened: Int?
    for character in text {
      if character == "\"" { opened = opened == nil ? line : nil }
      if character.isNewline { line += 1 }
    }
    return opened
  }

  private static func newlines(in fields: [String]) -> Int {
    fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
  }

  /// Where each known column sits in the header.
  private struct Columns {
    var metric: Int
    var value: Int
    var week: Int?
    var date: Int?
    var note: Int?

    init?(header: [String], problems: inout [Problem]) {
      let names = header.map { $0.trimmingWhitespace.lowercased() }
      let known = ["metric", "week", "date", "value", "note"]
      var messages: [String] = []
      if names.isEmpty || names == [""] {
        problems.append(Problem(line: 1, message: "the file is empty; the first line must be a header such as metric,week,value,note"))
        return nil
      }
      for name in names where !known.contains(name) {
        messages.append("unknown column \"\(SafeText.line(name))\" (known: \(known.joined(separator: ", ")))")
      }
      for name in Set(names) where names.filter({ $0 == name }).count > 1 {
        messages.append("column \"\(SafeText.line(name))\" appears twice")
      }
      let metric = names.firstIndex(of: "metric"), value = names.firstIndex(of: "value")
      week = names.firstIndex(of: "week")
      date = names.firstIndex(of: "date")
      note = names.firstIndex(of: "note")
      if metric == nil { messages.append("no metric column") }
      if value == nil { messages.append("no value column") }
      if week == nil && date == nil { messages.append("no week or date column") }
      if week != nil && date != nil { messages.append("both a week and a date column; keep one") }
      guard messages.isEmpty, let metric, let value else {
        problems.append(Problem(line: 1, message: "header: " + messages.sorted().joined(separator: "; ")))
        return nil
      }
      self.metric = metric
      self.value = value
    }
  }
}
