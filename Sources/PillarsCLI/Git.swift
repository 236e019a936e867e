import Foundation

/// Runs `git` for the commands that work with version control; the merge and the diff themselves
/// never call it.
enum Git {
  struct Result {
    var status: Int32
    var output: [UInt8]
    var error: String

    var text: String { String(decoding: output, as: UTF8.self) }
  }

  /// Runs `git arguments…` in `folder`; nil when git cannot be started.
  static func run(_ arguments: [String], in folder: String, input: [UInt8]? = nil) -> Result? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    do { try process.run() } catch { return nil }
    if let input {
      // Written while the output is read, so neither pipe fills and stops git.
      DispatchQueue.global().async {
        inPipe.fileHandleForWriting.write(Data(input))
        try? inPipe.fileHandleForWriting.close()
      }
    }
    nonisolated(unsafe) var errorData = Data()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      errorData = err.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    reading.wait()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: Array(output), error: String(decoding: errorData, as: UTF8.self))
  }

  /// The top of the work tree that holds `folder`, found by looking for `.git` upward (no process);
  /// nil when `folder` is not under git.
  static func workTree(containing folder: String) -> String? {
    var current = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
    while true {
      if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return current.path }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  /// `folder` relative to the work tree's top, with `/` and no leading `./` (empty at the top).
  static func relativePath(of folder: String, in workTree: String) -> String {
    let path = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath().path
    guard path.hasPrefix(workTree), path != workTree else { return "" }
    return String(path.dropFirst(workTree.count).drop { $0 == "/" })
  }
}
