import Foundation
import Glibc
import PillarsCore
import PillarsStore
import PillarsWorkbench
import ScreenKit
import Testing

@testable import PillarsCLI

/// A save that cannot be written fails with a clear message, leaves the old document intact
/// and keeps the edit, so it can be saved elsewhere.
@Suite struct FailingDiskTests {
  /// A disk that fills up during the write: the file size limit makes the write fail part-way,
  /// as a full disk would (SIGXFSZ is ignored so the write returns an error instead).
  @Test func aWriteThatRunsOutOfSpaceLeavesTheOldDocument() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let before = try folder.bytes("history/csat.json")
    let result = try Tool.pillars.run(
      ["record", "csat", "4.9", "-w", folder.path], through: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 2; exec \"$@\"", "sh"])
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr.contains("cannot save \(folder.path)/history/csat.json"))
    #expect(try folder.bytes("history/csat.json") == before)
    #expect(folder.allFiles().filter { $0.contains(".pillars-tmp-") || $0.contains(".pillars-old-") } == [])
    #expect(try !WorkspaceStore(folder: folder.url).load().hasErrors)
  }

  /// The disk fills up part-way through an import of every metric: the new files are all written
  /// before any is put in place, so the one that does not fit leaves every metric as it was.
  @Test func anImportThatRunsOutOfSpaceChangesNoMetric() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let histories = folder.allFiles().filter { $0.hasPrefix("history/") }.sorted()
    #expect(histories.count == 10)
    let before = try histories.map { try folder.bytes($0) }
    var csv = "metric,week,value,note\n"
    for (index, path) in histories.enumerated() {
      let id = path.dropFirst("history/".count).dropLast(".json".count)
      // The last metric's file grows past the size the disk has room for.
      csv += "\(id),2026-W46,1,\(index == histories.count - 1 ? String(repeating: "x", count: 5000) : "")\n"
    }
    try folder.write(Array(csv.utf8), to: "values.csv")
    let result = try Tool.pillars.run(
      ["import", folder.path("values.csv"), "-w", folder.path],
      through: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 8; exec \"$@\"", "sh"])
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr.contains("cannot save \(folder.path)/\(histories[histories.count - 1])"))
    #expect(try histories.map { try folder.bytes($0) } == before)
    #expect(folder.allFiles().filter { $0.contains(".pillars-tmp-") || $0.contains(".pillars-old-") } == [])
    #expect(!folder.allFiles().contains(".pillars/journal.json"))
  }

  /// A folder the user may not write to: as root, the writer runs as `nobody`, since root writes anywhere.
  @Test func aReadOnlyFolderRefusesTheSaveAndKeepsTheOldDocument() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let before = try folder.bytes("history/csat.json")
    // The lock stays usable, so the failure is the one of writing the document.
    #expect(chmod(folder.path(".pillars/lock"), 0o666) == 0)
    #expect(chmod(folder.path, 0o555) == 0)
    let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    let result = try Tool.pillars.run(["record", "csat", "4.9", "-w", folder.path], through: prefix)
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr.contains("cannot save \(folder.path)/history/csat.json: permission denied"))
    #expect(try folder.bytes("history/csat.json") == before)
  }

  /// The screens: the save fails, the message says the edit is kept, and it can be saved elsewhere.
  @Test func theScreensKeepAnEditThatCouldNotBeSaved() throws {
    let folder = try TrialFolder.workspace(try TrialFolder.example())
    let before = try folder.bytes("pillars.json")
    let loaded = try WorkspaceStore(folder: folder.url).load()
    // A store whose folder cannot be made: a path through a regular file fails even for root.
    try folder.write(Array("not a folder".utf8), to: "blocker")
    let unwritable = WorkspaceStore(folder: folder.url("blocker/workspace"))
    let keys: [InputEvent] =
      [.key(.character("e")), .key(.ctrl("u"))] + "Kept in memory".map { .key(.character($0)) } + [.key(.enter), .key(.character("q")), .terminationRequested]
    let terminal = RecordingTerminal(width: 120, height: 30, events: keys)
    let state = WorkbenchState(
      workspace: loaded.workspace, today: try TrialFolder.today(), location: folder.path, width: 120, height: 30)
    let runner = WorkbenchRunner(terminal: terminal, store: unwritable, state: state, environment: [:])
    runner.diskCheckInterval = .infinity
    runner.run()

    #expect(runner.state.unsaved == [.pillars])
    #expect(runner.state.workspace.pillars.pillars[0].summary == "Kept in memory")
    #expect(terminal.frames.contains { $0.textSnapshot.contains("not saved: cannot lock the workspace") })
    #expect(try folder.bytes("pillars.json") == before)
    let elsewhere = try TrialFolder()
    try WorkspaceStore.create(at: elsewhere.url("copy"), with: runner.state.workspace)
    #expect(try WorkspaceStore(folder: elsewhere.url("copy")).load().workspace.pillars.pillars[0].summary == "Kept in memory")
  }
}
