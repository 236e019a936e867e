// Measures the performance budgets of Pillars on workspace folders and prints a Markdown report.
//
// Usage: pillars-benchmarks [--memory | --keystrokes [--pane N] | --merge] WORKSPACE...
// With --memory, only loads, checks, draws the first frame and exports each workspace, then prints
// the peak resident memory: run it once per workspace, so that one workspace's peak is its own.
// With --keystrokes, only the keystroke frames, 10 000 of them: what to run under a profiler;
// `--pane N` keeps them to pane N.
// With --merge, only the merge driver's and `pillars diff`'s work.
import Foundation
import Glibc
import PillarsCore
import PillarsStore
import PillarsWorkloads

let arguments = Array(CommandLine.arguments.dropFirst())
let memoryOnly = arguments.contains("--memory")
let keystrokesOnly = arguments.contains("--keystrokes")
let mergeOnly = arguments.contains("--merge")
let onePane: Character? = arguments.firstIndex(of: "--pane").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1].first : nil }
let folders = arguments.enumerated().filter { !$0.element.hasPrefix("--") && ($0.offset == 0 || arguments[$0.offset - 1] != "--pane") }.map(\.element)
guard !folders.isEmpty else {
  FileHandle.standardError.write(Data("usage: pillars-benchmarks [--memory | --keystrokes [--pane N] | --merge] WORKSPACE...\n".utf8))
  exit(2)
}
guard let today = CalendarDate(year: 2026, month: 11, day: 18) else { exit(2) }

func report(_ line: String) { print(line) }

/// The merge driver's and `pillars diff`'s work in the process; the whole processes are timed by
/// scripts/merge-benchmark.py.
func reportMerging(_ workspace: Workspace, folder: URL) throws {
  let work = try MergeWorkload(workspace)
  let sample = work.merge()
  guard sample.conflicts.isEmpty, sample.bytes != work.ours else { throw BenchmarkError("the benchmark's edits did not merge cleanly") }
  var merges: [Double] = []
  for _ in 0..<21 { merges.append(Measure.milliseconds { _ = work.merge() }) }
  report(
    "| Merge three versions of \(work.journey.path) (\(work.base.count / 1024) KiB): parse, merge, check, write | \(Measure.format(Measure.median(merges))) | \(Measure.format(Measure.percentile(merges, 0.99))) | 60 ms as a whole process | |")
  guard !work.diff().isEmpty else { throw BenchmarkError("the two revisions compared as the same") }
  var diffs: [Double] = []
  for _ in 0..<7 { diffs.append(Measure.milliseconds { _ = work.diff() }) }
  report(
    "| Compare two revisions (\(work.before.count) documents, \(work.before.values.reduce(0) { $0 + $1.count } / 1024) KiB each): parse, diff | \(Measure.format(Measure.median(diffs))) | \(Measure.format(Measure.percentile(diffs, 0.99))) | 1 s as a whole process | |")
}

do {
  for path in folders {
    let folder = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    let scratch = NSTemporaryDirectory() + "pillars-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let workload = Workload(folder: folder, today: today, scratch: scratch)
    let size = workload.sizeOnDisk()
    if memoryOnly {
      _ = try workload.loadAndCheck()
      _ = try workload.firstFrame()
      _ = try workload.exportAll()
      let peak = Measure.peakMemory()
      let budget = 4 * size + 30 * 1_048_576
      report("| \(folder.lastPathComponent) | \(size / 1024) KiB | \(peak / 1_048_576) MiB | \(budget / 1_048_576) MiB | \(peak < budget ? "met" : "MISSED") |")
      continue
    }
    if keystrokesOnly {
      let each = Workload.laterPanes.map { ("pane \($0)", [$0]) }
      // `--pane O`: the channel charter, opened once, then j and k through its channels.
      let runs = onePane.map { $0 == "O" ? [("channel charter", [Character]())] : [("pane \($0)", [$0])] }
        ?? [("panes 1-5", Workload.firstPanes), ("panes 6-8", Workload.laterPanes)] + each + [("channel charter", [])]
      for (name, panes) in runs {
        let keys = try workload.keystrokes(count: 10_000, panes: panes, opening: panes.isEmpty ? Workload.charterKeys : [])
        report("| \(folder.lastPathComponent), \(name) | keystroke frame \(Measure.format(Measure.median(keys.total))) | p99 \(Measure.format(Measure.percentile(keys.total, 0.99))) | update \(Measure.format(Measure.median(keys.update))) | view \(Measure.format(Measure.median(keys.view))) | draw \(Measure.format(Measure.median(keys.draw))) | processor \(Measure.format(Measure.median(keys.processor))) |")
      }
      continue
    }
    let (loaded, findings) = try workload.loadAndCheck()
    if mergeOnly {
      report("## \(folder.lastPathComponent): merging and comparing")
      report("")
      report("| Measure | Median | p99 | Budget | |")
      report("|---|---:|---:|---|---|")
      try reportMerging(loaded.workspace, folder: folder)
      report("")
      continue
    }
    report("## \(folder.lastPathComponent)")
    report("")
    report(
      "\(workload.documentFiles().count) documents, \(size / 1024) KiB; \(loaded.workspace.scorecard.metrics.count) metrics, "
        + "\(loaded.workspace.journeys.count) journeys, \(loaded.workspace.journeys.map { $0.touchpoints.count }.reduce(0, +)) touchpoints; "
        + "\(findings.count) check findings")
    report("")
    report("| Measure | Median | p99 | Budget | |")
    report("|---|---:|---:|---|---|")
    let runs = 7
    var jq: [Double] = []
    var load: [Double] = []
    for _ in 0..<runs {
      jq.append(try workload.jqEmpty())
      load.append(try Measure.milliseconds { _ = try workload.loadAndCheck() })
    }
    let ratio = Measure.median(load) / Measure.median(jq)
    report("| `jq empty` on the same files | \(Measure.format(Measure.median(jq))) | \(Measure.format(Measure.percentile(jq, 0.99))) | (baseline) | |")
    report(
      "| Load and check | \(Measure.format(Measure.median(load))) | \(Measure.format(Measure.percentile(load, 0.99))) | ≤ jq (ratio \(String(format: "%.2f", ratio))) | \(ratio <= 1 ? "met" : "MISSED") |")
    var loadOnly: [Double] = []
    var checksOnly: [Double] = []
    for _ in 0..<3 {
      var again: LoadedWorkspace?
      loadOnly.append(try Measure.milliseconds { again = try WorkspaceStore(folder: folder).load() })
      if let again { checksOnly.append(Measure.milliseconds { _ = Checks.run(again.workspace, today: today) }) }
    }
    report("| · load (parse, decode) | \(Measure.format(Measure.median(loadOnly))) | | | |")
    report("| · checks | \(Measure.format(Measure.median(checksOnly))) | | | |")
    var first: [Double] = []
    var withFindings: [Double] = []
    for _ in 0..<5 {
      let frames = try workload.firstFrame()
      first.append(frames.first)
      withFindings.append(frames.withFindings)
    }
    let firstMedian = Measure.median(first)
    report("| First frame, 200x60 | \(Measure.format(firstMedian)) | \(Measure.format(Measure.percentile(first, 0.99))) | 150 ms | \(firstMedian <= 150 ? "met" : "MISSED") |")
    report("| · the next frame, with the checks' findings | \(Measure.format(Measure.median(withFindings))) | \(Measure.format(Measure.percentile(withFindings, 0.99))) | | |")
    let keys = try workload.keystrokes(count: 1000)
    let keyMedian = Measure.median(keys.total)
    let keyP99 = Measure.percentile(keys.total, 0.99)
    report(
      "| Keystroke frame, 200x60 (update + view + draw) | \(Measure.format(keyMedian)) | \(Measure.format(keyP99)) | 2 ms median, 8 ms p99 | \(keyMedian <= 2 && keyP99 <= 8 ? "met" : "MISSED") |")
    report("| · update | \(Measure.format(Measure.median(keys.update))) | \(Measure.format(Measure.percentile(keys.update, 0.99))) | | |")
    report("| · view | \(Measure.format(Measure.median(keys.view))) | \(Measure.format(Measure.percentile(keys.view, 0.99))) | | |")
    report("| · curses diff and output | \(Measure.format(Measure.median(keys.draw))) | \(Measure.format(Measure.percentile(keys.draw, 0.99))) | | |")
    let later = try workload.keystrokes(count: 1000, panes: Workload.laterPanes)
    let laterMedian = Measure.median(later.total)
    let laterP99 = Measure.percentile(later.total, 0.99)
    report(
      "| Keystroke frame, signals, experiments and assumptions panes | \(Measure.format(laterMedian)) | \(Measure.format(laterP99)) | 2 ms median, 8 ms p99 | \(laterMedian <= 2 && laterP99 <= 8 ? "met" : "MISSED") |")
    // The longest history: recording one week of it is the save a weekly review makes most.
    let longest = loaded.workspace.scorecard.metrics.max { $0.observations.count < $1.observations.count }
    let edited = [DocumentRef.pillars, .scorecard] + (longest.map { [DocumentRef.history($0.id)] } ?? [])
      + loaded.workspace.journeys.prefix(1).map { DocumentRef.journey($0.id) }
    for document in edited {
      let saves = try workload.saves(of: document, count: 20)
      let median = Measure.median(saves)
      report(
        "| Save one edited document (\(document.path), \(Measure.fileSize(folder.path + "/" + document.path) / 1024) KiB) | \(Measure.format(median)) | \(Measure.format(Measure.percentile(saves, 0.99))) | 10 ms | \(median <= 10 ? "met" : "MISSED") |")
      let encodings = try workload.encodings(of: document, in: loaded.workspace, count: 20)
      report("| · encoding alone (the rest is writing and fsync) | \(Measure.format(Measure.median(encodings))) | \(Measure.format(Measure.percentile(encodings, 0.99))) | | |")
    }
    var exports: [Double] = []
    var pages = 0
    for _ in 0..<3 {
      let export = try workload.exportAll()
      exports.append(export.milliseconds)
      pages = export.pages
    }
    report("| Export everything (\(pages) pages) | \(Measure.format(Measure.median(exports))) | \(Measure.format(Measure.percentile(exports, 0.99))) | | |")
    try reportMerging(loaded.workspace, folder: folder)
    let bytes = try workload.bytesForOneCharacterEdit()
    report("| Bytes to the terminal for a one-character edit | \(bytes) B | | < 100 B | \(bytes < 100 ? "met" : "MISSED") |")
    report("")
  }
} catch {
  FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
  exit(1)
}
