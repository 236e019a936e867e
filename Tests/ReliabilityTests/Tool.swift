import Foundation
import Glibc

/// A program built next to the tests (`pillars`, `pillars-save-loop`), run as a child process.
struct Tool {
  struct Result {
    var status: Int32
    /// Whether the process ended by a signal rather than by exiting.
    var signalled: Bool
    var stdout: String
    var stderr: String
  }

  let url: URL

  init(_ name: String) {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    url =
      [here, here.deletingLastPathComponent()].map { $0.appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? here.appendingPathComponent(name)
  }

  /// Any program, by its path.
  init(path: String) {
    url = URL(fileURLWithPath: path)
  }

  static let pillars = Tool("pillars")
  static let saveLoop = Tool("pillars-save-loop")

  /// Runs the tool to the end. `prefix` runs it through another program first (a shell, `setpriv`).
  @discardableResult
  func run(_ arguments: [String], through prefix: [String] = [], environment extra: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: prefix.first ?? url.path)
    process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [url.path] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PILLARS_TODAY"] = "2026-11-18"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Standard error is read while standard output is: a long error report must not fill its
    // pipe and stop the program before it ends.
    nonisolated(unsafe) var stderr = Data()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      stderr = err.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    reading.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
  }
}
