import PillarsCore

/// A deterministic weekly history that reads like real data: a trend, a gentle wobble, and the
/// notable weeks the team wrote notes about.
///
/// The history is built backwards from the latest value, so the metric's status today is exactly
/// what the example intends, whatever the week.
struct MetricSeries {
  /// A steady move over the most recent weeks, such as a metric climbing four weeks in a row.
  struct Run {
    var weeks: Int
    /// The average change per week, in the direction of time.
    var step: Double
  }

  /// The value of the last week.
  var latest: Double
  /// The change per week before any run, in the direction of time.
  var trend: Double = 0
  /// How far a week strays from the trend line, at most.
  var wobble: Double = 0
  /// Shifts the wobble pattern so that no two metrics move in lockstep.
  var phase: Int = 0
  var decimals: Int = 1
  var run: Run? = nil
  /// Exact values for some weeks, by weeks before the last one.
  var pinned: [Int: Double] = [:]
  /// What happened in notable weeks, by weeks before the last one.
  var notes: [Int: String] = [:]

  /// A fixed pattern in -1...1 standing in for noise: the example must be the same on every run.
  private static let ripple: [Double] = [
    0.35, -0.6, 0.9, -0.2, -0.85, 0.5, 0.1, -0.45, 0.75, -0.95, 0.3, 0.6, -0.3, 0.95, -0.7, 0.2, -0.1,
  ]

  private func ripple(_ index: Int) -> Double {
    MetricSeries.ripple[(index + phase) % MetricSeries.ripple.count]
  }

  /// The value `weeksAgo` weeks before the last week, rounded to the series' decimals.
  func value(weeksAgo: Int) -> Double {
    let raw = pinned[weeksAgo] ?? unroundedValue(weeksAgo: weeksAgo)
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (raw * scale).rounded() / scale
  }

  private func unroundedValue(weeksAgo: Int) -> Double {
    guard weeksAgo > 0 else { return latest }
    var value = latest
    var runWeeks = 0
    if let run {
      // Each step varies a little but never changes sign, so the run stays steady.
      runWeeks = min(run.weeks, weeksAgo)
      for k in stride(from: 1, through: runWeeks, by: 1) {
        value -= run.step * (1 + 0.3 * ripple(k))
      }
      if weeksAgo <= run.weeks { return value }
    }
    let beyond = weeksAgo - runWeeks
    return value - trend * Double(beyond) + wobble * ripple(weeksAgo)
  }

  /// One observation per week, oldest first, ending at `lastWeek`.
  func observations(endingAt lastWeek: ISOWeek, count: Int) -> [Observation] {
    (0..<count).reversed().map { weeksAgo in
      Observation(week: lastWeek.adding(weeks: -weeksAgo), value: value(weeksAgo: weeksAgo), note: notes[weeksAgo])
    }
  }
}
