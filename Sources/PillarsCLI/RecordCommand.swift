import ArgumentParser
import Foundation
import PillarsCore
import PillarsStore

/// `pillars record METRIC VALUE`: add or replace one week's value of a metric.
struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record a metric's value for a week (default: the current ISO week).",
    discussion: """
      Replaces the value already recorded for that week. Nothing is written when the metric or the value \
      is refused: a value outside the metric's scale, a week after the current one, or a metric whose \
      values are computed from the customer signals (its "source").
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The metric's id, as `pillars scorecard --format csv` lists it.")
  var metric: String

  @Argument(help: "The value, a plain number such as 4.3 or 87 (a trailing % is allowed for % metrics).")
  var value: String

  @Option(help: "The ISO week, written YYYY-Www (for example 2026-W07).")
  var week: String?

  @Option(help: "A note on this week's value.")
  var note: String?

  func run() throws {
    let store = options.store()
    let today = try Today.date()
    let week = try parsedWeek(today: today)
    let message = try store.withLock { () throws -> String in
      var loaded = try loadWorkspace(store)
      if loaded.unavailable.contains(.scorecard) {
        throw CLIError("scorecard.json could not be loaded, so nothing was recorded; run `pillars check` to see why")
      }
      let metrics = loaded.workspace.scorecard.metrics
      guard let index = metrics.firstIndex(where: { $0.id.rawValue == metric }) else {
        throw CLIError(unknownMetricMessage(metrics))
      }
      let history = DocumentRef.history(metrics[index].id)
      if loaded.unavailable.contains(history) {
        throw CLIError("\(history.path) could not be loaded, so nothing was recorded; run `pillars check` to see why")
      }
      if let computed = metrics[index].computedRefusal { throw CLIError(computed + "; nothing was recorded") }
      let number = try parsedValue(unit: metrics[index].unit)
      if let refusal = metrics[index].refusal(ofValue: number, for: week, currentWeek: today.isoWeek) {
        throw CLIError(refusal + "; nothing was recorded")
      }
      let previous = metrics[index].observation(for: week)
      loaded.workspace.scorecard.metrics[index].record(number, for: week, note: note ?? previous?.note)
      do {
        try store.save(loaded.workspace, only: [history])
      } catch let error as StoreError {
        throw CLIError(error.description)
      }
      let shown = ScorecardTable.format(number, metrics[index].unit)
      let was = previous.map { " (was \(ScorecardTable.format($0.value, metrics[index].unit)))" } ?? ""
      return "Recorded \(Console.inert(metrics[index].name)) = \(shown) for \(week)\(was)"
    }
    Console.out(message)
  }

  func parsedWeek(today: CalendarDate) throws -> ISOWeek {
    guard let text = week else { return today.isoWeek }
    guard let parsed = ISOWeek(text) else {
      throw CLIError("\"\(Console.inert(text))\" is not an ISO week; write it YYYY-Www, for example \(today.isoWeek)")
    }
    return parsed
  }

  func parsedValue(unit: String) throws -> Double {
    var text = value.trimmingWhitespace
    if unit == "%" && text.hasSuffix("%") { text.removeLast() }
    guard let number = Double(text), number.isFinite, text.allSatisfy({ $0.isASCII }),
      !text.lowercased().contains("n"), !text.lowercased().contains("x")
    else {
      throw CLIError("\"\(Console.inert(value))\" is not a number; write the value as digits, for example 4.3")
    }
    return number
  }

  func unknownMetricMessage(_ metrics: [Metric]) -> String {
    let known = metrics.map(\.id.rawValue)
    var message = "no metric \"\(Console.inert(metric))\" in the scorecard"
    if let guess = known.min(by: { editDistance($0, metric) < editDistance($1, metric) }), editDistance(guess, metric) <= 3 {
      message += "; did you mean \"\(guess)\"?"
    }
    if !known.isEmpty { message += "\nKnown metrics: " + known.joined(separator: ", ") }
    return message
  }
}

/// Levenshtein distance, for "did you mean".
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}
