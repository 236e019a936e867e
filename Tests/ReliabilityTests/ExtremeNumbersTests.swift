import Foundation
import PillarsCore
import PillarsExport
import PillarsStore
import ScreenKit
import Testing

@testable import PillarsCLI
@testable import PillarsWorkbench

/// Numbers at the edges: every numeric field of the example filled with extreme values, in
/// memory (as the screens could hold them) and on disk (as a hand-edited file could).
@Suite struct ExtremeNumbersTests {
  /// A repeatable stream of numbers (SplitMix64).
  struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// A whole number at or past the edges of `Int`, or just outside a small range.
    mutating func int() -> Int {
      pick([
        Int.max, Int.min, Int.max - 1, Int.min + 1, 0, -3, 3, 6, 1 << 62, -(1 << 62), 1 << 31,
        Int(truncatingIfNeeded: next()),
      ])
    }

    /// A finite double at the edges: the largest and smallest magnitudes, around the 10^15 bound,
    /// and random exponents.
    mutating func double() -> Double {
      let exponent = Double(Int(next() % 617) - 308)
      return pick([
        Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, 1e308, -1e308, Double.leastNonzeroMagnitude,
        -Double.leastNonzeroMagnitude, 1e15, -1e15, 1e15 + 2, 0, -0.0, 4.5, (next() % 2 == 0 ? 1 : -1) * pow(10, exponent),
      ])
    }
  }

  /// The example with every number replaced.
  static func extreme(seed: UInt64) throws -> Workspace {
    var random = Seeded(state: seed)
    var workspace = try TrialFolder.example()
    workspace.manifest.schemaVersion = random.int()
    workspace.pillars.schemaVersion = random.int()
    workspace.promise.schemaVersion = random.int()
    workspace.segments.schemaVersion = random.int()
    workspace.scorecard.schemaVersion = random.int()
    for r in workspace.reviews.indices { workspace.reviews[r].schemaVersion = random.int() }
    for s in workspace.segments.segments.indices {
      workspace.segments.segments[s].fit = random.int()
      workspace.segments.segments[s].attractiveness.size = random.int()
      workspace.segments.segments[s].attractiveness.growth = random.int()
      workspace.segments.segments[s].attractiveness.willingnessToPay = random.int()
    }
    for j in workspace.journeys.indices {
      workspace.journeys[j].schemaVersion = random.int()
      for s in workspace.journeys[j].stages.indices {
        for t in workspace.journeys[j].stages[s].touchpoints.indices {
          workspace.journeys[j].stages[s].touchpoints[t].emotion = random.int()
          workspace.journeys[j].stages[s].touchpoints[t].reach = random.double()
        }
      }
    }
    for m in workspace.scorecard.metrics.indices {
      workspace.scorecard.metrics[m].target = random.double()
      workspace.scorecard.metrics[m].warning = random.double()
      let (a, b) = (random.double(), random.double())
      workspace.scorecard.metrics[m].scale = MetricScale(lowest: min(a, b), highest: max(a, b))
      for o in workspace.scorecard.metrics[m].observations.indices {
        workspace.scorecard.metrics[m].observations[o].value = random.double()
      }
    }
    return workspace
  }

  @Test("check, scorecard, export and every pane's view survive extreme numbers in every field", arguments: 0..<40)
  func nothingCrashesInMemory(seed: UInt64) throws {
    let workspace = try Self.extreme(seed: seed)
    let today = try TrialFolder.today()
    _ = Checks.run(workspace, today: today)
    let summary = ScorecardSummary(workspace: workspace, today: today, windowWeeks: 4)
    _ = ScorecardTable.text(summary)
    _ = ScorecardTable.csv(summary)
    _ = try ScorecardTable.json(summary)
    #expect(!MarkdownExport.pages(for: workspace, today: today).isEmpty)
    for (width, height) in [(100, 30), (60, 16), (204, 60)] {
      var state = WorkbenchState(workspace: workspace, today: today, location: "extreme", width: width, height: height)
      for pane in Pane.allCases {
        _ = Workbench.update(&state, .commandChosen(.showPane(pane)))
        _ = Workbench.view(state)
        for _ in 0..<3 {
          _ = Workbench.update(&state, .commandChosen(.moveDown))
          _ = Workbench.view(state)
        }
        _ = Workbench.update(&state, .commandChosen(.open))
        _ = Workbench.view(state)
        _ = Workbench.update(&state, .commandChosen(.back))
      }
      _ = Workbench.update(&state, .commandChosen(.showPane(.journey)))
      for command in [Command.frictionRanking, .compareJourneys] {
        _ = Workbench.update(&state, .commandChosen(command))
        _ = Workbench.view(state)
        _ = Workbench.update(&state, .keyPressed(.escape))
      }
      _ = Workbench.update(&state, .commandChosen(.openReview))
      for _ in 0..<12 {
        _ = Workbench.view(state)
        _ = Workbench.update(&state, .keyPressed(.down))
      }
    }
  }
}
