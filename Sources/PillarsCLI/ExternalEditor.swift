import Foundation
import ScreenKit

/// Runs $VISUAL or $EDITOR on a temporary file, with the screens suspended.
enum ExternalEditor {
  struct Result {
    var text: String?
    var error: String?
  }

  static func edit(_ text: String, environment: [String: String], terminal: any Terminal) -> Result {
    let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isBlankCommand } ?? "vi"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let file = folder.appendingPathComponent("text.md")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try Data(text.utf8).write(to: file)
    } catch {
      return Result(text: nil, error: "could not prepare a file for the editor: \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    terminal.suspend()
    defer { terminal.resume() }
    // The command may carry arguments ("code --wait"): let the shell split it, with the file as "$1".
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command + " \"$1\"", "pillars-editor", file.path]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return Result(text: nil, error: "could not start the editor \"\(command)\": \(error.localizedDescription)")
    }
    guard process.terminationStatus == 0 else {
      return Result(text: nil, error: "the editor \"\(command)\" exited with status \(process.terminationStatus); nothing changed")
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      return Result(text: nil, error: "the edited file could not be read back; nothing changed")
    }
    guard let edited = String(data: data, encoding: .utf8) else {
      return Result(text: nil, error: "the edited text is not UTF-8; nothing changed")
    }
    return Result(text: edited, error: nil)
  }
}

extension String {
  fileprivate var isBlankCommand: Bool { allSatisfy(\.isWhitespace) }
}
