import Foundation
import PillarsCore
import PillarsExample
import PillarsStore
import PillarsWorkbench
import ScreenKit
import Testing

@testable import PillarsCLI

/// The run loop with a recording terminal and a real workspace folder: effects reach the disk.
@Suite struct WorkbenchRunnerTests {
  let folder: TemporaryFolder
  let store: WorkspaceStore
  let today = CalendarDate(year: 2026, month: 11, day: 18)!

  init() throws {
    folder = try TemporaryFolder()
    store = try WorkspaceStore.create(at: folder.url, with: ExampleWorkspace.make(today: today))
  }

  func runner(_ events: [InputEvent], environment: [String: String] = [:], watchDisk: Bool = true)
    throws -> (WorkbenchRunner, RecordingTerminal)
  {
    let loaded = try store.load()
    let terminal = RecordingTerminal(width: 100, height: 30, events: events)
    let state = WorkbenchState(workspace: loaded.workspace, today: today, location: folder.path, width: 100, height: 30)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: environment)
    runner.diskCheckInterval = watchDisk ? 0 : .infinity
    runner.today = { [today] in today }
    return (runner, terminal)
  }

  func keys(_ text: String) -> [InputEvent] { text.map { .key(.character($0)) } }

  @Test func aCommittedEditIsOnDiskAtOnce() throws {
    let (runner, terminal) = try runner(
      [.key(.character("e")), .key(.ctrl("u"))] + keys("Segments rebuilt from Q3 billing") + [.key(.enter), .key(.character("q"))])
    runner.run()
    #expect(try folder.read("pillars.json").contains("\"summary\": \"Segments rebuilt from Q3 billing\""))
    #expect(runner.state.unsaved.isEmpty)
    #expect(terminal.lastFrame?.textSnapshot.contains("saved pillars.json") == true)
  }

  @Test func theFirstFrameComesBeforeTheChecksAndTheNextBringsTheirFindings() throws {
    let loaded = try store.load()
    let terminal = RecordingTerminal(width: 100, height: 30, events: [.key(.character("q"))])
    let state = WorkbenchState(
      workspace: loaded.workspace, today: today, location: folder.path, width: 100, height: 30,
      checkingAfterFirstFrame: true)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: [:])
    runner.today = { [today] in today }
    runner.run()
    let checks = Checks.run(loaded.workspace, today: today)
    let counts = "✖ \(checks.filter { $0.severity == .error }.count) ▲ \(checks.filter { $0.severity == .warning }.count)"
    #expect(terminal.frames.first?.textSnapshot.contains("checking…") == true)
    #expect(terminal.frames.first?.textSnapshot.contains(counts) == false)
    #expect(terminal.frames.dropFirst().first?.textSnapshot.contains(counts) == true)
    #expect(runner.state.findings == checks)
  }

  @Test func aFileChangedByAnotherProgramIsReloaded() throws {
    let (runner, terminal) = try runner([.key(.character("2")), .key(.character("q"))])
    let outside = try folder.read("promise.json").replacingOccurrences(of: "within 30 minutes", with: "within 20 minutes")
    try folder.write("promise.json", outside)
    runner.run()
    #expect(runner.state.workspace.promise.sentence.contains("within 20 minutes"))
    #expect(terminal.frames.contains { $0.textSnapshot.contains("reloaded promise.json (changed on disk)") })
  }

  @Test func keepingMineAfterAConflictWritesMine() throws {
    let events: [InputEvent] =
      [.key(.character("2")), .key(.character("e")), .key(.ctrl("u"))] + keys("We answer within 15 minutes.")
      + [.key(.enter), .key(.character("m")), .key(.character("q"))]
    let (runner, terminal) = try runner(events, watchDisk: false)
    try folder.write("promise.json", try folder.read("promise.json").replacingOccurrences(of: "within 30 minutes", with: "within 45 minutes"))
    runner.run()
    #expect(terminal.frames.contains { $0.textSnapshot.contains("changed on disk while you had unsaved edits") })
    #expect(try folder.read("promise.json").contains("\"sentence\": \"We answer within 15 minutes.\""))
    #expect(runner.state.unsaved.isEmpty)
  }

  @Test func takingTheirsAfterAConflictKeepsTheirs() throws {
    let events: [InputEvent] =
      [.key(.character("2")), .key(.character("e")), .key(.ctrl("u"))] + keys("We answer within 15 minutes.")
      + [.key(.enter), .key(.character("t")), .key(.character("q"))]
    let (runner, _) = try runner(events, watchDisk: false)
    let theirs = try folder.read("promise.json").replacingOccurrences(of: "within 30 minutes", with: "within 45 minutes")
    try folder.write("promise.json", theirs)
    runner.run()
    #expect(try folder.read("promise.json") == theirs)
    #expect(runner.state.workspace.promise.sentence.contains("within 45 minutes"))
  }

  @Test func theExternalEditorSuspendsTheScreensAndItsTextIsSaved() throws {
    let events: [InputEvent] = [.key(.enter)] + Array(repeating: .key(.character("j")), count: 3)
      + [.key(.character("E")), .key(.character("q"))]
    let (runner, terminal) = try runner(events, environment: ["EDITOR": "printf 'Notes written in the editor\\n' >"])
    runner.run()
    #expect(terminal.suspendCount == 1)
    #expect(terminal.resumeCount == 1)
    #expect(runner.state.workspace.pillars[.knowYourCustomers].notes == "Notes written in the editor")
    #expect(try folder.read("pillars.json").contains("Notes written in the editor"))
  }

  @Test func aFailingEditorChangesNothing() throws {
    let before = try folder.read("pillars.json")
    let events: [InputEvent] = [.key(.enter), .key(.character("j")), .key(.character("j")), .key(.character("E")), .key(.character("q"))]
    let (runner, terminal) = try runner(events, environment: ["VISUAL": "false"])
    runner.run()
    #expect(terminal.frames.contains { $0.textSnapshot.contains("the editor \"false\" exited with status 1; nothing changed") })
    #expect(try folder.read("pillars.json") == before)
  }

  @Test func aNewDayOnTheClockMovesThisWeekAndTheValueGoesThere() throws {
    // Wednesday of 2026-W47, then the clock reaches Monday of 2026-W48 while the screens are open.
    let monday = try #require(CalendarDate(year: 2026, month: 11, day: 23))
    let events: [InputEvent] = [.key(.character("4")), .key(.character("e")), .key(.ctrl("u"))] + keys("93") + [.key(.enter), .key(.character("q"))]
    let (runner, terminal) = try runner(events)
    let metric = try #require(runner.state.scorecardPane.selection)
    runner.today = { monday }
    runner.run()
    #expect(runner.state.today == monday)
    #expect(terminal.frames.contains { $0.textSnapshot.contains("Scorecard · this week 2026-W48") })
    #expect(runner.state.workspace.scorecard[metric]?.observation(for: monday.isoWeek)?.value == 93)
    let history = try folder.read("history/\(metric.rawValue).json")
    #expect(history.contains("\"week\": \"2026-W48\""))
  }

  @Test func aTerminationRequestEndsTheLoop() throws {
    let (runner, _) = try runner([.key(.character("4")), .terminationRequested, .key(.character("1"))])
    runner.run()
    #expect(runner.state.pane == .scorecard)
  }

  @Test func readOnlyNeverWrites() throws {
    let before = try folder.read("scorecard.json")
    let loaded = try store.load()
    let terminal = RecordingTerminal(width: 100, height: 30,
      events: [.key(.character("4")), .key(.character("e")), .key(.character("9")), .key(.enter), .key(.character("q"))])
    let state = WorkbenchState(workspace: loaded.workspace, today: today, location: folder.path, width: 100, height: 30, readonly: true)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: [:])
    runner.today = { [today] in today }
    runner.run()
    #expect(try folder.read("scorecard.json") == before)
  }
}

extension WorkbenchRunnerTests {
  @Test func exportFromThePaletteWritesThePages() throws {
    let events: [InputEvent] = [.key(.character(":"))] + keys("export") + [.key(.enter), .key(.character("q"))]
    let (runner, terminal) = try runner(events)
    runner.run()
    #expect(FileManager.default.fileExists(atPath: folder.path + "/export/strategy.md"))
    #expect(terminal.frames.contains { $0.textSnapshot.contains("exported 18 pages to \(folder.path)/export") })
  }
}

/// A terminal that hands out keys and, between them, lets the test change files on disk as
/// another program would while the screens are open.
final class ScriptedTerminal: Terminal {
  enum Step {
    case event(InputEvent)
    /// Runs, then reports no input, so the run loop looks at the files before the next key.
    case meanwhile(() throws -> Void)
  }

  let recording: RecordingTerminal
  private var steps: [Step]
  private(set) var failures: [any Error] = []

  init(width: Int, height: Int, steps: [Step]) {
    recording = RecordingTerminal(width: width, height: height)
    self.steps = steps
  }

  var size: (width: Int, height: Int) { recording.size }
  func draw(_ buffer: Buffer) { recording.draw(buffer) }
  func suspend() { recording.suspend() }
  func resume() { recording.resume() }
  func shutdown() { recording.shutdown() }

  func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !steps.isEmpty else { return nil }
    switch steps.removeFirst() {
    case .event(let event):
      return event
    case .meanwhile(let change):
      do { try change() } catch { failures.append(error) }
      return nil
    }
  }
}

extension WorkbenchRunnerTests {
  @Test func undoAfterATeammatesChangeIsReloadedLeavesTheirFilesAlone() throws {
    let pillars = try folder.read("pillars.json")
    let journey = "journeys/growing-contractor-today.json"
    let theirJourney = try folder.read(journey)
      .replacingOccurrences(of: "\"Growing contractor: today\"", with: "\"Growing contractor: today, as sales tell it\"")
    let theirNewJourney = try folder.read("journeys/growing-contractor-next.json")
      .replacingOccurrences(of: "\"growing-contractor-next\"", with: "\"field-crew-next\"")
    #expect(theirJourney != (try folder.read(journey)))
    #expect(theirNewJourney.contains("\"id\": \"field-crew-next\""))

    let edit = [.key(.character("e")), .key(.ctrl("u"))] + keys("Segments rebuilt from Q3 billing") + [.key(.enter)]
    let teammate = ScriptedTerminal.Step.meanwhile {
      try self.folder.write(journey, theirJourney)
      try self.folder.write("journeys/field-crew-next.json", theirNewJourney)
    }
    let terminal = ScriptedTerminal(width: 100, height: 30,
      steps: edit.map { .event($0) } + [teammate, .event(.key(.character("u"))), .event(.key(.character("q")))])
    let loaded = try store.load()
    let state = WorkbenchState(workspace: loaded.workspace, today: today, location: folder.path, width: 100, height: 30)
    let runner = WorkbenchRunner(terminal: terminal, store: store, state: state, environment: [:])
    runner.diskCheckInterval = 0
    runner.run()

    #expect(terminal.failures.isEmpty)
    let frames = terminal.recording.frames.map(\.textSnapshot)
    #expect(frames.contains { $0.contains("reloaded journeys/field-crew-next.json, journeys/growing-contractor-today.json") })
    #expect(terminal.recording.lastFrame?.textSnapshot.contains("undid edit Know your customers · summary") == true)
    #expect(try folder.read("pillars.json") == pillars)
    #expect(try folder.read(journey) == theirJourney)
    #expect(try folder.read("journeys/field-crew-next.json") == theirNewJourney)
    #expect(runner.state.workspace.journey("field-crew-next") != nil)
  }
}
