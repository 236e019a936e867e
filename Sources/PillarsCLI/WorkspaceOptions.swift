import ArgumentParser
import Foundation
import PillarsStore

/// `-w/--workspace DIR`, which every command takes.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: [.short, .customLong("workspace")], help: "The workspace folder (default: the current folder).",
    completion: .directory)
  var workspace: String = "."

  var folder: URL { URL(fileURLWithPath: workspace, isDirectory: true).standardizedFileURL }

  func store() -> WorkspaceStore { WorkspaceStore(folder: folder) }
}
