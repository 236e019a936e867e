import Foundation
import ScreenKit

/// Runs $VISUAL or $EDITOR (else vi) on a temporary file, with the screens suspended and the
/// terminal handed to it.
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
    let outcome: ForegroundCommand.Outcome
    do {
      outcome = try ForegroundCommand.run(shell: command + " \"$1\"", arguments: ["pillars-editor", file.path])
    } catch {
      return Result(text: nil, error: "could not start the editor \"\(command)\": \(error)")
    }
    switch outcome {
    case .exited(0): break
    case .exited(let status):
      return Result(text: nil, error: "the editor \"\(command)\" exited with status \(status); nothing changed")
    case .killed(let signal):
      return Result(text: nil, error: "the editor \"\(command)\" was ended by signal \(signal); nothing changed")
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
