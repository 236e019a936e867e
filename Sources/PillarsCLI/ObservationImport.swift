import PillarsCore
import ScreenKit

/// Weekly values read from a CSV file and checked whole against the scorecard before any is recorded.
///
/// The header names the columns: `metric`, `value`, `week` (YYYY-Www) or `date` (YYYY-MM-DD, recorded
/// in its ISO week), and an optional `note`. Every bad row is reported with its line number.
/// ``ImportFile`` reads the file; this checks its rows against the scorecard and merges them in.
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

  /// The scorecard with the entries recorded, and how many of them took the place of a value.
  struct Merge {
    var scorecard: ScorecardDocument
    var replaced: Int
  }

  var entries: [Entry]
  var problems: [Problem]
  /// The metrics the entries are for, each once, in the order of the file.
  var metrics: [MetricID]

  /// Parses `text` and checks each row against `scorecard`.
  init(csv text: String, scorecard: ScorecardDocument, currentWeek: ISOWeek) {
    self.init(file: ImportFile(csv: text), scorecard: scorecard, currentWeek: currentWeek)
  }

  /// Checks the rows of `file` against `scorecard`: the metrics must be on it, a % sign is for
  /// % metrics, a value must be possible for its metric (within its scale) and its week not after
  /// `currentWeek`, and a metric's week is given once.
  init(file: ImportFile, scorecard: ScorecardDocument, currentWeek: ISOWeek) {
    entries = []
    problems = file.fileProblems
    metrics = []
    guard problems.isEmpty else { return }
    var byID: [String: Int] = [:]
    for (index, metric) in scorecard.metrics.enumerated() where byID[metric.id.rawValue] == nil {
      byID[metric.id.rawValue] = index
    }
    let known = file.metrics.map { byID[$0] }
    let isPercent = scorecard.metrics.map { $0.unit == "%" }
    var used = [Bool](repeating: false, count: scorecard.metrics.count)
    // A metric's index and a week in one number: a key that hashes fast, a million times over.
    var seen: [Int: Int] = Dictionary(minimumCapacity: file.rows.count)
    var entries: [Entry] = [], problems: [Problem] = [], metrics: [MetricID] = []
    entries.reserveCapacity(file.rows.count)
    let hasRefusals = !file.refusals.isEmpty
    // Read in place: a copy of each row would cost more than the checks.
    file.rows.withUnsafeBufferPointer { rows in
      for index in rows.indices {
        let line = rows[index].line
        let refusal = hasRefusals ? file.refusals[index] : nil
        if let refusal, refusal.isWhole {
          problems.append(Problem(line: line, message: refusal.failures.joined(separator: "; ")))
          continue
        }
        var failures = refusal?.failures ?? []
        var metricIndex: Int?
        if let name = rows[index].metric {
          metricIndex = known[name]
          if metricIndex == nil { failures.insert("unknown metric \"\(SafeText.line(file.metrics[name]))\"", at: 0) }
        }
        if rows[index].hasPercentSign, !(metricIndex.map { isPercent[$0] } ?? false) {
          failures.append("\"\(SafeText.line(file.percentValues[index] ?? ""))\" is not a number")
        }
        if failures.isEmpty, let metricIndex, let week = rows[index].week,
          let refusal = scorecard.metrics[metricIndex].refusal(ofValue: rows[index].value, for: week, currentWeek: currentWeek)
        {
          failures.append(SafeText.line(refusal))
        }
        guard failures.isEmpty, let metricIndex, let week = rows[index].week else {
          problems.append(Problem(line: line, message: failures.joined(separator: "; ")))
          continue
        }
        let metric = scorecard.metrics[metricIndex].id
        let key = (metricIndex << 20) | (week.year << 6) | week.week
        if let first = seen.updateValue(line, forKey: key) {
          seen[key] = first
          problems.append(Problem(line: line, message: "\(metric.rawValue) for \(week) is already on line \(first)"))
          continue
        }
        if !used[metricIndex] {
          used[metricIndex] = true
          metrics.append(metric)
        }
        entries.append(Entry(line: line, metric: metric, week: week, value: rows[index].value, note: rows[index].note))
      }
    }
    self.entries = entries
    self.problems = problems
    self.metrics = metrics
  }

  /// The scorecard with every entry recorded; an entry without a note keeps the week's earlier note.
  ///
  /// Each metric's values are merged once, with its weeks in a dictionary, and sorted once: not
  /// searched and sorted again for every entry.
  func merged(into scorecard: ScorecardDocument) -> Merge {
    var result = scorecard
    var replaced = 0
    var byID: [MetricID: Int] = [:]
    for (index, metric) in scorecard.metrics.enumerated() where byID[metric.id] == nil { byID[metric.id] = index }
    var entriesByMetric = [[Int]](repeating: [], count: scorecard.metrics.count)
    var last: (id: MetricID, index: Int)?
    for (position, entry) in entries.enumerated() {
      let index: Int
      if let last, last.id == entry.metric {
        index = last.index
      } else if let found = byID[entry.metric] {
        index = found
        last = (entry.metric, found)
      } else {
        continue
      }
      entriesByMetric[index].append(position)
    }
    for (index, positions) in entriesByMetric.enumerated() where !positions.isEmpty {
      var observations = result.metrics[index].observations
      // The first observation of a week is the one `Metric.record` would replace.
      var slots: [ISOWeek: Int] = Dictionary(minimumCapacity: observations.count + positions.count)
      for (slot, observation) in observations.enumerated() where slots[observation.week] == nil {
        slots[observation.week] = slot
      }
      var added = false
      for position in positions {
        let entry = entries[position]
        if let slot = slots[entry.week] {
          replaced += 1
          observations[slot] = Observation(week: entry.week, value: entry.value, note: entry.note ?? observations[slot].note)
        } else {
          slots[entry.week] = observations.count
          observations.append(Observation(week: entry.week, value: entry.value, note: entry.note))
          added = true
        }
      }
      if added { observations.sort { $0.week < $1.week } }
      result.metrics[index].observations = observations
    }
    return Merge(scorecard: result, replaced: replaced)
  }

  /// A plain decimal number; a trailing % is allowed for % metrics. Refuses nan, inf, hex and
  /// control characters (a NUL would end the text early for the C parser underneath).
  static func number(_ raw: String, unit: String) -> Double? {
    var text = raw
    // Most values come trimmed already: trim only when an end is not plain ASCII.
    if let first = text.utf8.first, let last = text.utf8.last, first <= 0x20 || first >= 0x7F || last <= 0x20 || last >= 0x7F {
      text = text.trimmingWhitespace
    }
    if unit == "%" && text.utf8.last == UInt8(ascii: "%") { text.removeLast() }
    // Digits, a point, signs and an exponent: all a plain decimal needs, and nothing the
    // parser underneath would read as nan, inf or hex.
    guard !text.isEmpty, text.utf8.allSatisfy(Self.isDecimalByte), let number = Double(text), number.isFinite
    else { return nil }
    return number
  }

  private static func isDecimalByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "e"), UInt8(ascii: "E"):
      return true
    default:
      return false
    }
  }
}
