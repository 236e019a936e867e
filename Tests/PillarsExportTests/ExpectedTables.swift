import PillarsCore

/// The tables each page should hold, worked out from the workspace itself: for each table, the
/// number of cells in the header row and in every row below it.
enum ExpectedTables {
  static func shapes(of page: String, in workspace: Workspace, today: CalendarDate) -> [[Int]] {
    func table(_ rows: Int, _ columns: Int) -> [Int] { Array(repeating: columns, count: rows + 1) }
    let metrics = workspace.scorecard.metrics
    switch page {
    case "strategy":
      var tables = [table(PillarKind.allCases.count, 6)]
      let friction = FrictionRanking(currentStateOf: workspace).top(3).count
      if friction > 0 { tables.append(table(friction, 5)) }
      if !metrics.isEmpty { tables.append(table(metrics.count, 5)) }
      let findings = Checks.run(workspace, today: today).count
      if findings > 0 { tables.append(table(findings, 3)) }
      return tables
    case "promise":
      var tables = [table(4, 2)]
      if !workspace.promise.proofMetrics.isEmpty { tables.append(table(workspace.promise.proofMetrics.count, 6)) }
      if !workspace.promise.history.isEmpty { tables.append(table(workspace.promise.history.count, 2)) }
      return tables
    case "customer-signals":
      let themes = workspace.signalThemes
      guard !themes.isEmpty else { return [] }
      let pareto = SignalsPareto(workspace, weeks: 13, today: today)
      let fixes = themes.filter { FixEffect(of: $0, among: themes, through: pareto.lastWeek) != nil }.count
      return (pareto.rows.isEmpty ? [] : [table(pareto.rows.count, 8)]) + (fixes > 0 ? [table(fixes, 6)] : [])
    case "who-we-win-with":
      return workspace.segments.segments.flatMap { _ in [table(1, 6), table(4, 2)] }
    case "channel-charter":
      let channels = ChannelCharter.current(in: workspace).channels
      let planned = ChannelCharter.planned(in: workspace).channels
      let today = channels.isEmpty ? [] : [table(channels.count, 5)] + channels.filter { !$0.metrics.isEmpty }.map { table($0.metrics.count, 4) }
      return today + (planned.isEmpty ? [] : [table(planned.count, 5)])
    case "scorecard":
      let counts = MetricLayer.allCases.map { workspace.scorecard.metrics(in: $0).count }
      return counts.filter { $0 > 0 }.map { table($0, 7) }
    case "experiments":
      return workspace.experiments.isEmpty ? [] : [table(workspace.experiments.count, 6)]
    case "assumptions":
      return workspace.assumptions.assumptions.isEmpty ? [] : [table(workspace.assumptions.assumptions.count, 9)]
    case "decisions":
      let decisions = workspace.reviews.flatMap(\.decisions).count + workspace.checkpoints.flatMap(\.decisions).count
      return decisions > 0 ? [table(decisions, 7)] : []
    case "index":
      return []
    default:
      if let journey = workspace.journeys.first(where: { page == "journey-\($0.id)" }) {
        guard !journey.stages.isEmpty else { return [] }
        var tables = [table(9, journey.stages.count + 1)]
        let friction = FrictionRanking(journey: journey).entries.count
        if friction > 0 { tables.append(table(friction, 9)) }
        return tables
      }
      if let segment = workspace.segments.segments.first(where: { page == "insight-brief-\($0.id)" }) {
        // The segment's themes with contacts in the 13 weeks: counted for the segment, else linked to it.
        let last = SignalsPareto.latestWeek(of: workspace.signalThemes, today: today)
        let first = last.adding(weeks: -12)
        let counted = workspace.signalThemes.filter { $0.series(from: first, through: last, filter: .segment(segment.id.rawValue)).contains { $0 > 0 } }
        let linked = workspace.signalThemes.filter { $0.segments.contains(segment.id) && $0.series(from: first, through: last).contains { $0 > 0 } }
        let rows = min(5, counted.isEmpty ? linked.count : counted.count)
        return rows > 0 ? [table(rows, 5)] : []
      }
      if let review = workspace.reviews.first(where: { page == "review-\($0.week)" }) {
        let known = Set(metrics.map(\.id.rawValue))
        let rows = metrics.count + review.notes.keys.filter { !known.contains($0) }.count
        var tables: [[Int]] = rows > 0 ? [table(rows, 6)] : []
        if !workspace.signalThemes.isEmpty {
          let signals = SignalsWeek(workspace, reviewWeek: review.week)
          tables += [signals.top, signals.movers].filter { !$0.isEmpty }.map { table($0.count, 5) }
          if !signals.fixes.isEmpty { tables.append(table(signals.fixes.count, 6)) }
        }
        if !review.decisions.isEmpty { tables.append(table(review.decisions.count, 5)) }
        return tables
      }
      if let checkpoint = workspace.checkpoints.first(where: { page == "checkpoint-\($0.month)" }) {
        let agenda = CheckpointAgenda(workspace, month: checkpoint.month, today: today)
        var tables: [[Int]] = []
        if !agenda.segments.isEmpty { tables.append(table(agenda.segments.count, 5)) }
        if !metrics.isEmpty { tables.append(table(metrics.count, 6)) }
        if !agenda.assumptionsDue.isEmpty { tables.append(table(agenda.assumptionsDue.count, 6)) }
        if !agenda.experimentsFinished.isEmpty { tables.append(table(agenda.experimentsFinished.count, 5)) }
        if !checkpoint.decisions.isEmpty { tables.append(table(checkpoint.decisions.count, 5)) }
        return tables
      }
      return [[-1]]  // a page nobody expected
    }
  }
}
