// The budgeted operations as ordo-one/benchmark benchmarks: wall clock, peak memory and
// allocations of each, on the example and the large workspace, with baselines to compare
// against. Run with `swift package benchmark` in Benchmarks/ (see docs/performance.md); the
// budget report itself is `scripts/benchmark.sh`.
import Benchmark
import Foundation
import PillarsCore
import PillarsStore
import PillarsWorkbench
import PillarsWorkloads

/// The two workspaces, made once per process in a scratch folder.
final class Workspaces: Sendable {
  let scratch: String
  let folders: [BenchmarkWorkspace: URL]

  init() {
    scratch = NSTemporaryDirectory() + "pillars-package-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
    var folders: [BenchmarkWorkspace: URL] = [:]
    for kind in BenchmarkWorkspace.allCases {
      folders[kind] = try? kind.create(in: scratch)
    }
    self.folders = folders
  }

  func workload(_ kind: BenchmarkWorkspace) throws -> Workload {
    guard let folder = folders[kind] else { throw BenchmarkError("could not create the \(kind.rawValue) workspace") }
    return Workload(folder: folder, today: BenchmarkWorkspace.today, scratch: scratch + "/\(kind.rawValue)-scratch")
  }
}

let workspaces = Workspaces()

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
    warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 30)

  for kind in BenchmarkWorkspace.allCases {
    Benchmark("Load and check (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      for _ in benchmark.scaledIterations { blackHole(try workload.loadAndCheck()) }
    }

    Benchmark("First frame, 200x60 (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      try FileManager.default.createDirectory(atPath: workload.scratch, withIntermediateDirectories: true)
      for _ in benchmark.scaledIterations { blackHole(try workload.firstFrame()) }
    }

    // One sample is 100 keystrokes, each an update, a view and a curses draw; loading is left out.
    // (The per-keystroke median and p99 the budget speaks of are in scripts/benchmark.sh's report.)
    Benchmark("100 keystroke frames, 200x60 (\(kind.rawValue))", configuration: .init(metrics: [.wallClock])) { benchmark in
      let workload = try workspaces.workload(kind)
      try FileManager.default.createDirectory(atPath: workload.scratch, withIntermediateDirectories: true)
      let (loaded, _) = try workload.loadAndCheck()
      var state = workload.state(loaded, width: 200, height: 60)
      let terminal = try workload.terminal(width: 200, height: 60, output: workload.scratch + "/keys.out")
      defer { terminal.shutdown() }
      terminal.draw(Workbench.view(state))
      var index = 0
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        for _ in 0..<100 {
          _ = Workbench.update(&state, .keyPressed(Workload.keystroke(index)))
          terminal.draw(Workbench.view(state))
          index += 1
        }
      }
      benchmark.stopMeasurement()
    }

    // One sample is one save of the longest metric history with one more week; loading is left out.
    Benchmark("Save one week of a metric's history (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      let store = WorkspaceStore(folder: workload.folder)
      var workspace = try store.load().workspace
      let original = workspace
      defer { _ = try? store.save(original) }
      let longest = workspace.scorecard.metrics.indices.max {
        workspace.scorecard.metrics[$0].observations.count < workspace.scorecard.metrics[$1].observations.count
      }
      guard let longest, let week = ISOWeek(year: 2000, week: 1) else { throw BenchmarkError("the workspace has no metric") }
      let history = DocumentRef.history(workspace.scorecard.metrics[longest].id)
      var value = 0.0
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        value += 1
        workspace.scorecard.metrics[longest].record(value, for: week)
        try store.save(workspace, only: [history])
      }
      benchmark.stopMeasurement()
    }

    // The merge driver's work on the largest journey (parse three versions, merge, check, write)
    // and `pillars diff`'s once git has read both revisions; loading the workspace is left out.
    Benchmark("Merge three versions of the largest journey (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      let work = try MergeWorkload(try WorkspaceStore(folder: workload.folder).load().workspace)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations { blackHole(work.merge()) }
      benchmark.stopMeasurement()
    }

    Benchmark("Compare two revisions (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      let work = try MergeWorkload(try WorkspaceStore(folder: workload.folder).load().workspace)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations { blackHole(work.diff()) }
      benchmark.stopMeasurement()
    }

    Benchmark("Export everything (\(kind.rawValue))") { benchmark in
      let workload = try workspaces.workload(kind)
      try FileManager.default.createDirectory(atPath: workload.scratch, withIntermediateDirectories: true)
      for _ in benchmark.scaledIterations { blackHole(try workload.exportAll()) }
    }
  }
}
