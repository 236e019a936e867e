import Foundation
import Testing

/// Runs the built `pillars` binary, as a user would, and captures what it prints.
struct PillarsBinary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The binary next to the test bundle (`swift build` puts both in the same folder).
  static var url: URL {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [here, here.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("pillars")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return here.appendingPathComponent("pillars")
  }

  /// Runs `pillars` with `arguments`; `today` fixes the date the commands take as today.
  @discardableResult
  static func run(
    _ arguments: [String], today: String = "2026-11-18", environment extra: [String: String] = [:], in directory: URL? = nil
  ) throws -> Result {
    let process = Process()
    if let directory { process.currentDirectoryURL = directory }
    process.executableURL = url
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PILLARS_TODAY"] = today
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
    return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}

/// A fresh temporary folder, removed when the test is done with it.
final class TemporaryFolder: Sendable {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

  func read(_ relative: String) throws -> String { try String(contentsOf: file(relative), encoding: .utf8) }

  func write(_ relative: String, _ text: String) throws {
    try FileManager.default.createDirectory(at: file(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file(relative))
  }
}
