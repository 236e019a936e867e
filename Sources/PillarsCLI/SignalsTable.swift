import PillarsCore
import ScreenKit

/// The Pareto of customer signals as text, CSV and JSON.
enum SignalsTable {
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
  static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

  static func text(_ pareto: SignalsPareto, workspace: Workspace) -> String {
    guard !workspace.signalThemes.isEmpty else {
      return "No themes yet: import the helpdesk's tickets with `pillars signals import FILE.csv`."
    }
    var lines = ["Customer signals, \(pareto.firstWeek) to \(pareto.lastWeek) (\(pareto.filter)): \(pareto.total) contacts"]
    guard !pareto.rows.isEmpty else { return (lines + ["No contacts in these weeks."]).joined(separator: "\n") }
    if let summary = pareto.summary { lines.append(summary) }
    lines.append("")
    let header = ["#", "theme", "contacts", "share", "cumulative", "trend", "last week", "state"]
    var table = [header]
    var lineAfter: Int?
    for (index, row) in pareto.rows.enumerated() {
      table.append([
        "\(index + 1)", (row.drivesEighty ? "* " : "  ") + Console.inert(row.name), "\(row.contacts)", percent(row.share),
        percent(row.cumulativeShare), Sparkline(values: row.trend.map { Double($0) }).glyphs(width: row.trend.count, gap: "·"),
        signed(row.changeSinceLastWeek), row.state.title,
      ])
      if row.drivesEighty { lineAfter = index + 1 }
    }
    let widths = header.indices.map { column in table.map { $0[column].terminalWidth }.max() ?? 0 }
    let right: Set<Int> = [0, 2, 3, 4, 6]
    for (index, row) in table.enumerated() {
      lines.append(row.enumerated().map { column, cell in
        TextLayout.pad(cell, toWidth: widths[column], alignment: right.contains(column) ? .right : .left)
      }.joined(separator: "  ").trimmingTrailingSpaces)
      if index == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
      if index == lineAfter && index < table.count - 1 {
        lines.append(String(repeating: "┄", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + " 80%")
      }
    }
    let themes = workspace.signalThemes
    let fixes = themes.compactMap { theme in FixEffect(of: theme, among: themes, through: pareto.lastWeek).map { (theme, $0) } }
    if !fixes.isEmpty {
      lines += ["", "Fixed at the root"]
      for (theme, effect) in fixes {
        lines.append("  \(Console.inert(theme.name)) (\(effect.fixedOn)): share \(percent(effect.shareBefore)) before, \(percent(effect.shareAfter)) after: \(effect.text)")
      }
    }
    let unmapped = workspace.signalTags.unmappedByCount
    if !unmapped.isEmpty {
      lines += ["", "Tags that map to no theme (pillars signals map TAG THEME):"]
      lines += unmapped.prefix(10).map { "  \(Console.inert($0.tag))  \($0.count)" }
      if unmapped.count > 10 { lines.append("  … and \(unmapped.count - 10) more") }
    }
    return lines.joined(separator: "\n")
  }

  static func csv(_ pareto: SignalsPareto) -> String {
    let header = ["rank", "theme", "name", "contacts", "share", "cumulative_share", "drives_80", "change_since_last_week", "state"]
    let rows = pareto.rows.enumerated().map { index, row in
      ["\(index + 1)", row.theme.rawValue, row.name, "\(row.contacts)", row.share.compactText(digits: 4),
        row.cumulativeShare.compactText(digits: 4), row.drivesEighty ? "yes" : "no", "\(row.changeSinceLastWeek)", row.state.rawValue]
    }
    return ([header] + rows).map { $0.map(ScorecardTable.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  struct Listing: Encodable {
    struct Row: Encodable {
      var theme: String
      var name: String
      var contacts: Int
      var share: Double
      var cumulativeShare: Double
      var drivesEighty: Bool
      var weekly: [Int]
      var changeSinceLastWeek: Int
      var state: String
    }

    var firstWeek: String
    var lastWeek: String
    var total: Int
    var summary: String?
    var rows: [Row]

    init(_ pareto: SignalsPareto) {
      firstWeek = pareto.firstWeek.description
      lastWeek = pareto.lastWeek.description
      total = pareto.total
      summary = pareto.summary
      rows = pareto.rows.map {
        Row(theme: $0.theme.rawValue, name: $0.name, contacts: $0.contacts, share: $0.share, cumulativeShare: $0.cumulativeShare,
          drivesEighty: $0.drivesEighty, weekly: $0.trend, changeSinceLastWeek: $0.changeSinceLastWeek, state: $0.state.rawValue)
      }
    }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
