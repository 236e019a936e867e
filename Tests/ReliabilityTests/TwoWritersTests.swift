import Foundation
import PillarsCore
import PillarsStore
import PillarsWorkbench
import ScreenKit
import Testing

@testable import PillarsCLI

/// Two Pillars processes change the same workspace: no update is lost and no document is torn.
@Suite struct TwoWritersTests {
  static let weeksPerWriter = 12

  /// A shell loop of `pillars record`, one value per week, for one metric.
  private func writer(metric: String, weeks: ClosedRange<Int>, offset: Double, folder: TrialFolder) throws -> Process {
    let commands = weeks.map { week in
      "\"$PILLARS\" record \(metric) \(Double(week) / 100 + offset) --week 2020-W\(week < 10 ? "0" : "")\(week) -w \"$WORKSPACE\" >/dev/null || exit 1"
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", commands.joined(separator: "\n")]
    var environment = ProcessInfo.processInfo.environment
    environment["PILLARS"] = Tool.pillars.url.path
    environment["WORKSPACE"] = folder.path
    environment["PILLARS_TODAY"] = "2026-11-18"
    process.environment = environment
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func twoRecordLoopsAtOnceKeepEveryValue() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    // Both loops write the same metric, so both rewrite the same history file; the values stay on
    // CSAT's 1-5 scale.
    let first = 1...Self.weeksPerWriter, second = (Self.weeksPerWriter + 1)...(2 * Self.weeksPerWriter)
    let writers = [
      try writer(metric: "csat", weeks: first, offset: 1, folder: folder),
      try writer(metric: "csat", weeks: second, offset: 2, folder: folder),
    ]
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.map(\.terminationStatus) == [0, 0])

    let loaded = try WorkspaceStore(folder: folder.url).load()
    #expect(!loaded.hasErrors)
    let scorecard = loaded.workspace.scorecard
    for (weeks, offset) in [(first, 1.0), (second, 2.0)] {
      let recorded = weeks.map { week in
        ISOWeek(year: 2020, week: week).flatMap { scorecard[MetricID("csat")]?.observation(for: $0)?.value }
      }
      #expect(recorded == weeks.map { Double($0) / 100 + offset }, "values of weeks \(weeks)")
    }
  }

  @Test func theScreensAndARecordBothLand() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    let today = try TrialFolder.today()
    let keys: [InputEvent] =
      [.key(.character("e")), .key(.ctrl("u"))] + "Rebuilt from billing data".map { .key(.character($0)) }
      + [.key(.enter), .key(.character("q")), .terminationRequested]
    let terminal = RecordingTerminal(width: 100, height: 30, events: keys)
    let state = WorkbenchState(workspace: loaded.workspace, today: today, location: folder.path, width: 100, height: 30)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: [:])
    runner.today = { today }
    // Another process records a value while the screens are open on the same workspace.
    let record = try Tool.pillars.run(["record", "csat", "4.7", "--week", "2026-W40", "-w", folder.path])
    #expect(record.status == 0)
    runner.run()

    let after = try WorkspaceStore(folder: folder.url).load().workspace
    #expect(after.pillars.pillars[0].summary == "Rebuilt from billing data")
    #expect(after.scorecard[MetricID("csat")]?.observation(for: try #require(ISOWeek("2026-W40")))?.value == 4.7)
    #expect(runner.state.unsaved.isEmpty)
  }

  /// A command that finds the workspace busy says who holds it, and gives up after its timeout
  /// with nothing changed.
  @Test func aBusyWorkspaceIsNamedAndTheWaitEnds() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let before = try folder.bytes("history/csat.json")
    let holder = WorkspaceStore(folder: folder.url)
    holder.activity = "pillars import values.csv"
    let result = try holder.withLock {
      try Tool.pillars.run(["record", "csat", "4.2", "--lock-timeout", "0.5", "-w", folder.path])
    }
    #expect(result.status == 1)
    #expect(result.stderr.contains("Waiting for the workspace: `pillars import values.csv` (process \(getpid())"))
    #expect(result.stderr.contains("gave up after"))
    #expect(try folder.bytes("history/csat.json") == before)
  }

  /// The screens never freeze on a busy workspace: the status line says the save waits, the
  /// frames go on, and the edit is saved once the other process lets go.
  @Test func theScreensWaitForABusyWorkspaceWithoutFreezing() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let store = WorkspaceStore(folder: folder.url)
    let loaded = try store.load()
    let keys: [InputEvent] =
      [.key(.character("e")), .key(.ctrl("u"))] + "Saved after the import".map { .key(.character($0)) }
      + [.key(.enter), .key(.character("q")), .terminationRequested]
    let terminal = RecordingTerminal(width: 120, height: 30, events: keys)
    let state = WorkbenchState(
      workspace: loaded.workspace, today: try TrialFolder.today(), location: folder.path, width: 120, height: 30)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: [:])
    runner.diskCheckInterval = .infinity
    // Another process holds the workspace from before the edit until the screens, quitting, wait for it.
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let url = folder.url
    let other = Thread {
      let holder = WorkspaceStore(folder: url)
      holder.activity = "pillars import values.csv"
      try? holder.withLock {
        holding.signal()
        _ = release.wait(timeout: .now() + 30)
      }
    }
    store.lockWaiting = { _ in release.signal() }
    other.start()
    holding.wait()
    runner.run()
    let waiting = terminal.frames.contains { $0.lines.joined().contains("waiting to save: `pillars import values.csv`") }
    #expect(waiting)
    let after = try WorkspaceStore(folder: folder.url).load().workspace
    #expect(after.pillars.pillars[0].summary == "Saved after the import")
    #expect(runner.state.unsaved.isEmpty)
  }
}
