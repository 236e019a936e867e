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

  /// One metric's values from the file, oldest week first, each with the line it is on.
  struct Batch: Equatable {
    var metric: MetricID
    var observations: [Observation]
    var lines: [Int]
  }

  /// The values to record, by metric in the scorecard's order.
  var batches: [Batch]
  var problems: [Problem]
  /// The metrics the entries are for, each once, in the order of the file.
  var metrics: [MetricID]

  /// How many values there are to record.
  var count: Int { batches.reduce(0) { $0 + $1.observations.count } }

  /// The values to record, in the order of the file.
  var entries: [Entry] {
    batches.flatMap { batch in
      zip(batch.observations, batch.lines).map { observation, line in
        Entry(line: line, metric: batch.metric, week: observation.week, value: observation.value, note: observation.note)
      }
    }.sorted { $0.line < $1.line }
  }

  /// Parses `text` and checks each row against `scorecard`.
  init(csv text: String, scorecard: ScorecardDocument, currentWeek: ISOWeek) {
    self.init(file: ImportFile(csv: text), scorecard: scorecard, currentWeek: currentWeek)
  }

  /// Checks the rows of `file` against `scorecard`: the metrics must be on it, a % sign is for
  /// % metrics, a value must be possible for its metric (within its scale) and its week not after
  /// `currentWeek`, and a metric's week is given once.
  init(file: ImportFile, scorecard: ScorecardDocument, currentWeek: ISOWeek) {
    batches = []
    problems = file.fileProblems
    metrics = []
    guard problems.isEmpty else { return }
    var byID: [String: Int] = [:]
    for (index, metric) in scorecard.metrics.enumerated() where byID[metric.id.rawValue] == nil {
      byID[metric.id.rawValue] = index
    }
    let known = file.metrics.map { byID[$0] }
    let isPercent = scorecard.metrics.map { $0.unit == "%" }
    let scales = scorecard.metrics.map(\.scale)
    let current = ImportFile.key(of: currentWeek)
    let bounds = NumberBounds.metricValues
    let count = scorecard.metrics.count
    var used = [Bool](repeating: false, count: count)
    // Each metric's values in the order of the file, and whether its weeks came in order.
    var batches = scorecard.metrics.map { Batch(metric: $0.id, observations: [], lines: []) }
    // Room for each metric's rows from the start: a million values grown by doubling weigh twice.
    var rowsByName = [Int](repeating: 0, count: file.metrics.count)
    for row in file.rows where row.metric >= 0 { rowsByName[row.metric] += 1 }
    for (name, rows) in rowsByName.enumerated() {
      guard let metricIndex = known[name] else { continue }
      batches[metricIndex].observations.reserveCapacity(rows)
      batches[metricIndex].lines.reserveCapacity(rows)
    }
    var lastWeek = [Int32](repeating: -1, count: count)
    var inOrder = [Bool](repeating: true, count: count)
    var problems: [Problem] = []
    var metrics: [MetricID] = []
    let hasRefusals = !file.refusals.isEmpty
    // Read in place: a copy of the rows would cost more than the checks.
    file.rows.withUnsafeBufferPointer { rows in
      for index in rows.indices {
        let row = rows[index]
        let refusal = hasRefusals ? file.refusals[index] : nil
        if let refusal, refusal.isWhole {
          problems.append(Problem(line: row.line, message: refusal.failures.joined(separator: "; ")))
          continue
        }
        var failures = refusal?.failures ?? []
        var metricIndex: Int?
        if row.metric >= 0 {
          metricIndex = known[row.metric]
          if metricIndex == nil { failures.insert("unknown metric \"\(SafeText.line(file.metrics[row.metric]))\"", at: 0) }
        }
        if row.hasPercentSign, !(metricIndex.map { isPercent[$0] } ?? false) {
          failures.append("\"\(SafeText.line(file.percentText(of: row)))\" is not a number")
        }
        let week = file.week(of: row)
        // Most values are possible: the bounds are compared here, and the reason is asked for otherwise.
        if failures.isEmpty, let metricIndex, let week,
          !(row.week <= current && bounds.contains(row.value) && scales[metricIndex]?.contains(row.value) ?? true),
          let refusal = scorecard.metrics[metricIndex].refusal(ofValue: row.value, for: week, currentWeek: currentWeek)
        {
          failures.append(SafeText.line(refusal))
        }
        guard failures.isEmpty, let metricIndex, let week else {
          problems.append(Problem(line: row.line, message: failures.joined(separator: "; ")))
          continue
        }
        if row.week <= lastWeek[metricIndex] { inOrder[metricIndex] = false }
        lastWeek[metricIndex] = row.week
        batches[metricIndex].observations.append(Observation(week: week, value: row.value, note: file.note(of: row)))
        batches[metricIndex].lines.append(row.line)
        if !used[metricIndex] {
          used[metricIndex] = true
          metrics.append(scorecard.metrics[metricIndex].id)
        }
      }
    }
    // A file written week after week is in order already; another is sorted, which puts a
    // repeated week next to its first row.
    let repeated = problems.count
    for metricIndex in batches.indices where !inOrder[metricIndex] {
      batches[metricIndex] = Self.sortedByWeek(batches[metricIndex], repeats: &problems)
    }
    // The problems in the order of the file, as the rows were read.
    if problems.count > repeated { problems.sort { $0.line < $1.line } }
    self.batches = batches.filter { !$0.observations.isEmpty }
    self.problems = problems
    self.metrics = metrics
  }

  /// The batch with its weeks in order, each once: a week given again is left out and told.
  private static func sortedByWeek(_ batch: Batch, repeats: inout [Problem]) -> Batch {
    let order = batch.observations.indices.sorted {
      (batch.observations[$0].week, batch.lines[$0]) < (batch.observations[$1].week, batch.lines[$1])
    }
    var sorted = Batch(metric: batch.metric, observations: [], lines: [])
    sorted.observations.reserveCapacity(order.count)
    sorted.lines.reserveCapacity(order.count)
    for index in order {
      let week = batch.observations[index].week
      if let first = sorted.lines.last, sorted.observations.last?.week == week {
        repeats.append(Problem(line: batch.lines[index], message: "\(batch.metric.rawValue) for \(week) is already on line \(first)"))
        continue
      }
      sorted.observations.append(batch.observations[index])
      sorted.lines.append(batch.lines[index])
    }
    return sorted
  }

  /// The scorecard with every entry recorded; an entry without a note keeps the week's earlier note.
  ///
  /// Each metric's values are merged once, in one pass over its weeks in order: not searched and
  /// sorted again for every entry.
  func merged(into scorecard: ScorecardDocument) -> Merge {
    var result = scorecard
    var replaced = 0
    var byID: [MetricID: Int] = [:]
    for (index, metric) in scorecard.metrics.enumerated() where byID[metric.id] == nil { byID[metric.id] = index }
    for batch in batches {
      guard let index = byID[batch.metric] else { continue }
      let earlier = result.metrics[index].observations
      result.metrics[index].observations = []
      result.metrics[index].observations = Self.merge(batch.observations, into: earlier, replaced: &replaced)
    }
    return Merge(scorecard: result, replaced: replaced)
  }

  /// `new` (weeks in order, each once) recorded in `earlier`: a week already there is replaced,
  /// its note kept when the new value has none, and the rest go in their place among the weeks.
  private static func merge(_ new: [Observation], into earlier: [Observation], replaced: inout Int) -> [Observation] {
    // A history that is not one value a week in order is merged as `Metric.record` would: the
    // first observation of a week is replaced, new weeks are added and the whole sorted.
    guard zip(earlier, earlier.dropFirst()).allSatisfy({ $0.week < $1.week }) else {
      var observations = earlier
      var slots: [ISOWeek: Int] = Dictionary(minimumCapacity: observations.count + new.count)
      for (slot, observation) in observations.enumerated() where slots[observation.week] == nil {
        slots[observation.week] = slot
      }
      var added = false
      for entry in new {
        if let slot = slots[entry.week] {
          replaced += 1
          observations[slot] = Observation(week: entry.week, value: entry.value, note: entry.note ?? observations[slot].note)
        } else {
          slots[entry.week] = observations.count
          observations.append(entry)
          added = true
        }
      }
      if added { observations.sort { $0.week < $1.week } }
      return observations
    }
    var merged: [Observation] = []
    merged.reserveCapacity(earlier.count + new.count)
    var old = earlier.startIndex, next = new.startIndex
    while old < earlier.endIndex && next < new.endIndex {
      let week = earlier[old].week, newWeek = new[next].week
      if week < newWeek {
        merged.append(earlier[old])
        old += 1
      } else if newWeek < week {
        merged.append(new[next])
        next += 1
      } else {
        replaced += 1
        merged.append(Observation(week: week, value: new[next].value, note: new[next].note ?? earlier[old].note))
        old += 1
        next += 1
      }
    }
    merged += earlier[old...]
    merged += new[next...]
    return merged
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
