// A test tool, not part of Pillars: saves a workspace in a loop so that the reliability tests can
// kill it with SIGKILL at random moments and check that no document is lost or torn.
//
// Usage: pillars-save-loop WORKSPACE FIRST SECOND
// Loads the workspaces in FIRST and SECOND, then saves them into WORKSPACE one after the other,
// forever. Prints "saving" when the first save starts and "saved" after each save, so the caller
// can choose in which save to kill it.
import Foundation
import PillarsCore
import PillarsStore

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
  FileHandle.standardError.write(Data("usage: pillars-save-loop WORKSPACE FIRST SECOND\n".utf8))
  exit(2)
}

func workspace(in path: String) throws -> Workspace {
  try WorkspaceStore(folder: URL(fileURLWithPath: path, isDirectory: true)).load().workspace
}

do {
  let versions = [try workspace(in: arguments[2]), try workspace(in: arguments[3])]
  let store = WorkspaceStore(folder: URL(fileURLWithPath: arguments[1], isDirectory: true))
  let loaded = try store.load()
  guard loaded.unavailable.isEmpty else {
    FileHandle.standardError.write(Data("unreadable documents: \(loaded.unavailable.sorted().map(\.path))\n".utf8))
    exit(1)
  }
  FileHandle.standardOutput.write(Data("saving\n".utf8))
  var turn = 0
  while true {
    try store.save(versions[turn % 2])
    turn += 1
    FileHandle.standardOutput.write(Data("saved\n".utf8))
  }
} catch {
  FileHandle.standardError.write(Data("save loop failed: \(error)\n".utf8))
  exit(1)
}
