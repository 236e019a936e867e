import CursesTerminal
import Foundation
import PillarsCore
import PillarsExport
import PillarsStore
import PillarsWorkbench
import ScreenKit

/// The operations the budgets speak of, on one workspace folder.
public struct Workload {
  public let folder: URL
  public let today: CalendarDate
  public let scratch: String

  public init(folder: URL, today: CalendarDate, scratch: String) {
    self.folder = folder
    self.today = today
    self.scratch = scratch
  }

  /// Every document file of the workspace (not the schemas, not the lock).
  public func documentFiles() -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder.path)
    var files: [String] = []
    while let next = walker?.nextObject() as? String {
      if next.hasSuffix(".json") && !next.hasPrefix(".pillars") { files.append(folder.path + "/" + next) }
    }
    return files.sorted()
  }

  /// Bytes of the document files.
  public func sizeOnDisk() -> Int { documentFiles().reduce(0) { $0 + Measure.fileSize($1) } }

  /// `jq empty` on the same files: parsing only, the baseline of the load budget.
  public func jqEmpty() throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["jq", "empty"] + documentFiles()
    return try Measure.milliseconds {
      try process.run()
      process.waitUntilExit()
    }
  }

  /// Loads the workspace and runs every check, as `pillars check` does.
  public func loadAndCheck() throws -> (LoadedWorkspace, [Finding]) {
    let loaded = try WorkspaceStore(folder: folder).load()
    return (loaded, Checks.run(loaded.workspace, today: today, skipping: loaded.unavailable))
  }

  /// The screens' state for the loaded workspace at the given size, as `pillars open` builds it.
  public func state(_ loaded: LoadedWorkspace, width: Int, height: Int, checkingAfterFirstFrame: Bool = false) -> WorkbenchState {
    var state = WorkbenchState(
      workspace: loaded.workspace, today: today, location: folder.path, width: width, height: height,
      loadProblems: loaded.problems.map(\.finding), checkingAfterFirstFrame: checkingAfterFirstFrame)
    _ = Workbench.update(&state, .terminalResized(width: width, height: height))
    return state
  }

  /// A curses terminal writing to a scratch file instead of a screen.
  public func terminal(width: Int, height: Int, output: String) throws -> CursesTerminal {
    _ = FileManager.default.createFile(atPath: output, contents: nil)
    return try CursesTerminal(
      device: .headless(outputPath: output, width: width, height: height), term: "xterm-256color",
      options: CursesTerminal.Options(mouse: false, handlesSignals: false))
  }

  /// From nothing to the first frame drawn: load, check, state, view, curses draw.
  /// As `pillars open` starts: load, the first frame (the checks left for after it), then the
  /// frame with the checks' findings. Both times count from the start.
  public func firstFrame(width: Int = 200, height: Int = 60) throws -> (first: Double, withFindings: Double) {
    let output = scratch + "/first-frame.out"
    var terminal: CursesTerminal?
    let start = Measure.now()
    let loaded = try WorkspaceStore(folder: folder).load()
    var state = state(loaded, width: width, height: height, checkingAfterFirstFrame: true)
    let screen = try self.terminal(width: width, height: height, output: output)
    screen.draw(Workbench.view(state))
    terminal = screen
    let first = Measure.since(start)
    _ = Workbench.update(&state, .checksRequested)
    screen.draw(Workbench.view(state))
    let withFindings = Measure.since(start)
    terminal?.shutdown()
    return (first, withFindings)
  }

  /// The time of each phase of one keystroke's frame.
  public struct KeystrokeSamples {
    public var update: [Double] = []
    public var view: [Double] = []
    public var draw: [Double] = []
    public var total: [Double] = []
    /// The processor time of the whole frame, which a busy machine does not inflate.
    public var processor: [Double] = []
  }

  /// The panes the keystroke figures have always gone through: scorecard, journey, pillars,
  /// segments, promise.
  public static let firstPanes: [Character] = ["4", "3", "1", "5", "2"]
  /// The panes added since: signals, experiments, assumptions.
  public static let laterPanes: [Character] = ["6", "7", "8"]

  /// The `index`th key of the scrolling session: j or k ten at a time, another pane every 50 keys.
  public static func keystroke(_ index: Int, panes: [Character] = Workload.firstPanes) -> Key {
    return index % 50 == 0 && !panes.isEmpty
      ? .character(panes[(index / 50) % panes.count]) : .character((index / 10) % 2 == 0 ? "j" : "k")
  }

  /// The keys that open the channel charter, from any pane: then j and k move through it.
  public static let charterKeys: [Key] = [.character("O")]

  /// Moves up and down the scorecard and the journey, one keystroke per frame, as a user scrolling.
  public func keystrokes(
    count: Int, width: Int = 200, height: Int = 60, panes: [Character] = Workload.firstPanes, opening: [Key] = []
  ) throws -> KeystrokeSamples {
    let (loaded, _) = try loadAndCheck()
    var state = state(loaded, width: width, height: height)
    // Keys pressed before the measured ones: what opens a screen that is not a pane.
    for key in opening { _ = Workbench.update(&state, .keyPressed(key)) }
    let terminal = try terminal(width: width, height: height, output: scratch + "/keys.out")
    defer { terminal.shutdown() }
    terminal.draw(Workbench.view(state))
    var samples = KeystrokeSamples()
    for index in 0..<count {
      let key = Self.keystroke(index, panes: panes)
      let processorStart = Measure.processorNow()
      let start = Measure.now()
      _ = Workbench.update(&state, .keyPressed(key))
      let updated = Measure.now()
      let frame = Workbench.view(state)
      let viewed = Measure.now()
      terminal.draw(frame)
      let drawn = Measure.now()
      samples.processor.append((Measure.processorNow() - processorStart) * 1000)
      samples.update.append((updated - start) * 1000)
      samples.view.append((viewed - updated) * 1000)
      samples.draw.append((drawn - viewed) * 1000)
      samples.total.append((drawn - start) * 1000)
    }
    return samples
  }

  /// Bytes written to the terminal for typing one character into a field.
  public func bytesForOneCharacterEdit(width: Int = 200, height: Int = 60) throws -> Int {
    let (loaded, _) = try loadAndCheck()
    var state = state(loaded, width: width, height: height)
    let output = scratch + "/edit.out"
    let terminal = try terminal(width: width, height: height, output: output)
    defer { terminal.shutdown() }
    _ = Workbench.update(&state, .keyPressed(.character("1")))
    _ = Workbench.update(&state, .keyPressed(.character("e")))
    // An empty field, so the typed character is where the eye (and the cursor) is.
    _ = Workbench.update(&state, .keyPressed(.ctrl("u")))
    terminal.draw(Workbench.view(state))
    let before = Measure.fileSize(output)
    let shown = Workbench.view(state).textSnapshot
    _ = Workbench.update(&state, .keyPressed(.character("x")))
    let frame = Workbench.view(state)
    // The edit must show on screen, or the byte count would measure nothing.
    guard frame.textSnapshot != shown else { throw BenchmarkError("typing into the field changed nothing on screen") }
    terminal.draw(frame)
    return Measure.fileSize(output) - before
  }

  /// Saving one edited document, `count` times, each with a different value.
  public func saves(of document: DocumentRef, count: Int) throws -> [Double] {
    let store = WorkspaceStore(folder: folder)
    var workspace = try store.load().workspace
    let original = workspace
    defer { _ = try? store.save(original) }
    return try (0..<count).map { index in
      switch document.kind {
      case .pillars: workspace.pillars.pillars[0].summary = "Benchmark edit \(index)"
      case .scorecard: workspace.scorecard.metrics[0].owner = "Benchmark edit \(index)"
      case .history:
        if let id = HistoryKind.metric(of: document), let position = workspace.scorecard.metrics.firstIndex(where: { $0.id == id }),
          let week = ISOWeek(year: 2000, week: 1)
        {
          workspace.scorecard.metrics[position].record(Double(index), for: week)
        }
      case .journey:
        if let position = workspace.journeys.firstIndex(where: { $0.id.rawValue == document.key }) {
          workspace.journeys[position].name = "Benchmark edit \(index)"
        }
      default: break
      }
      return try Measure.milliseconds { try store.save(workspace, only: [document]) }
    }
  }

  /// Encoding the same document into its canonical bytes, `count` times: the part of a save that is
  /// not the file system's.
  public func encodings(of document: DocumentRef, in workspace: Workspace, count: Int) throws -> [Double] {
    try (0..<count).map { _ in
      try Measure.milliseconds {
        switch document.kind {
        case .pillars: _ = try DocumentCodec.encode(workspace.pillars, kind: .pillars)
        case .scorecard: _ = try DocumentCodec.encode(workspace.scorecard, kind: .scorecard)
        case .history:
          if let history = HistoryKind.file(document, in: workspace) { _ = try DocumentCodec.encode(history, kind: .history) }
        case .journey:
          if let journey = JourneyKind.file(document, in: workspace) { _ = try DocumentCodec.encode(journey, kind: .journey) }
        default: break
        }
      }
    }
  }

  /// Every Markdown page, written into a scratch folder.
  public func exportAll() throws -> (milliseconds: Double, pages: Int) {
    let (loaded, _) = try loadAndCheck()
    let out = URL(fileURLWithPath: scratch + "/export", isDirectory: true)
    var count = 0
    let time = try Measure.milliseconds {
      let pages = MarkdownExport.pages(for: loaded.workspace, today: today)
      count = try ExportWriter.write(pages, to: out).count
    }
    return (time, count)
  }
}

/// A benchmark that could not measure what it meant to.
public struct BenchmarkError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
