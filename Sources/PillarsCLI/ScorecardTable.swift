import Foundation
import PillarsCore
import ScreenKit

/// The scorecard summary as text, CSV and JSON.
enum ScorecardTable {
  static let headers = ["layer", "metric", "id", "latest", "target", "status", "change"]

  static func cells(_ row: ScorecardSummary.Row) -> [String] {
    let unit = row.metric.unit
    let latest = row.latest.map { format($0.value, unit) } ?? "—"
    let target = row.metric.target.map { format($0, unit) } ?? "—"
    let change = row.change.map { ($0 > 0 ? "+" : "") + MetricValueText.difference($0, unit: unit) } ?? "—"
    let name = row.metric.name + (row.provesPromise ? " ★" : "")
    return [row.metric.layer.rawValue, name, row.metric.id.rawValue, latest, target, "\(row.status.symbol) \(row.status.label)", change]
  }

  static func format(_ value: Double, _ unit: String) -> String { MetricValueText.text(value, unit: unit) }

  static func text(_ summary: ScorecardSummary) -> String {
    var lines: [String] = []
    if !summary.alerts.isEmpty {
      lines.append("Alerts")
      lines += summary.alerts.map { "  ! " + Console.inert($0.message) }
      lines.append("")
    }
    let rows = summary.rows.map { cells($0).map(Console.inert) }
    let headers = headers.enumerated().map { $0.offset == Self.headers.count - 1 ? "change (\(summary.windowWeeks)w)" : $0.element }
    let table = [headers] + rows
    let widths = headers.indices.map { column in table.map { $0[column].terminalWidth }.max() ?? 0 }
    for (index, row) in table.enumerated() {
      let padded = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : TextLayout.pad(cell, toWidth: widths[column])
      }
      lines.append(padded.joined(separator: "  "))
      if index == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
    }
    if summary.rows.contains(where: \.provesPromise) { lines.append(""); lines.append("★ proves the promise") }
    return lines.joined(separator: "\n")
  }

  static func csv(_ summary: ScorecardSummary) -> String {
    let header = ["layer", "metric", "name", "latest_week", "latest", "unit", "target", "status", "change"]
    let rows = summary.rows.map { row -> [String] in
      [row.metric.layer.rawValue, row.metric.id.rawValue, row.metric.name, row.latest?.week.description ?? "",
        row.latest.map { $0.value.compactText(digits: 6) } ?? "", row.metric.unit,
        row.metric.target.map { $0.compactText(digits: 6) } ?? "", row.status.rawValue,
        row.change.map { $0.compactText(digits: 6) } ?? ""]
    }
    return ([header] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// One CSV field, free of control characters: they are shown inert (`^[`, `<RLO>`), and line
  /// breaks and tabs become spaces, so a cell is one line. A field that a spreadsheet would run
  /// as a formula (a leading =, +, -, @, tab, carriage return or line feed; not a negative
  /// number) is prefixed with a quote mark. Quoted when it holds a comma or a quote.
  static func csvField(_ field: String) -> String {
    var text = SafeText.line(field, tabWidth: 1)
    if let first = field.unicodeScalars.first,
      "=+@\t\r\n".unicodeScalars.contains(first) || (first == "-" && Double(field) == nil)
    {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func json(_ summary: ScorecardSummary) throws -> String {
    struct Entry: Encodable {
      var layer: String, metric: String, name: String, unit: String
      var latestWeek: String?, latest: Double?, target: Double?, status: String, change: Double?, provesPromise: Bool
    }
    struct Output: Encodable {
      var windowWeeks: Int
      var metrics: [Entry]
      var alerts: [String]
    }
    let output = Output(
      windowWeeks: summary.windowWeeks,
      metrics: summary.rows.map {
        Entry(layer: $0.metric.layer.rawValue, metric: $0.metric.id.rawValue, name: $0.metric.name, unit: $0.metric.unit,
          latestWeek: $0.latest?.week.description, latest: $0.latest?.value, target: $0.metric.target,
          status: $0.status.rawValue, change: $0.change, provesPromise: $0.provesPromise)
      },
      alerts: summary.alerts.map(\.message))
    return try JSONOutput.text(output)
  }
}
