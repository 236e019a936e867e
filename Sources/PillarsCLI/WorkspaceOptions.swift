import ArgumentParser
import Foundation
import PillarsCore
import PillarsStore

/// `-w/--workspace DIR`, which every command takes.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: [.short, .customLong("workspace")], help: "The workspace folder (default: the current folder).",
    completion: .directory)
  var workspace: String?

  @Option(
    name: .customLong("lock-timeout"),
    help: ArgumentHelp("Seconds to wait while another Pillars command holds the workspace.", valueName: "seconds"))
  var lockTimeout: Double = 10

  // Optional rather than defaulting to ".", so the help says the default once, in words.
  var folder: URL { URL(fileURLWithPath: workspace ?? ".", isDirectory: true).standardizedFileURL }

  /// The workspace's store; a wait for another Pillars process is said once on standard error.
  func store() -> WorkspaceStore {
    let store = WorkspaceStore(folder: folder)
    store.lockTimeout = lockTimeout.isFinite ? max(0, lockTimeout) : 10
    store.lockWaiting = { holder in
      let who = holder.map { "\($0) holds it" } ?? "another Pillars process holds it"
      Console.err("Waiting for the workspace: \(Console.inert(who)); giving up after \(store.lockTimeout.compactText) s…")
    }
    return store
  }
}


extension ChartDots: ExpressibleByArgument {}
