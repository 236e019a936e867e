import Foundation
import Glibc
import Testing

/// A private tmux server with one window running a shell, for driving the real binary.
final class TmuxSession {
  let socket: String
  let width: Int
  let height: Int

  /// Starts `bash --norc` in a detached window of the given size.
  init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
    socket = "pillars-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    self.width = width
    self.height = height
    var exports = ["TERM=xterm-256color", "PS1='$ '", "PILLARS_TODAY=2026-11-18", "NO_COLOR=", "HISTFILE=/dev/null"]
    exports += environment.map { "\($0.key)='\($0.value)'" }
    try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
      "env " + exports.joined(separator: " ") + " bash --norc --noprofile"])
    _ = try waitFor("$")
  }

  deinit { _ = try? tmux(["kill-server"]) }

  /// Types text, then presses Enter.
  func run(_ command: String) throws {
    try tmux(["send-keys", "-t", "0", "-l", command])
    try tmux(["send-keys", "-t", "0", "Enter"])
  }

  /// Sends tmux key names: `q`, `Enter`, `Escape`, `C-r`, `Down`...
  func press(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", "0", key]) }
  }

  /// Types literal text.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen as text.
  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

  /// Waits until the screen shows `text` (at most `seconds`), and returns the screen.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      usleep(50_000)
    }
    throw WaitTimeout(expected: text, screen: last)
  }

  /// Waits until the screen shows `text` (at most `seconds`) and returns every different screen
  /// seen on the way, the last one showing it: what passed on screen meanwhile.
  func screens(until text: String, seconds: Double = 15) throws -> [String] {
    let deadline = Date().addingTimeInterval(seconds)
    var seen: [String] = []
    while Date() < deadline {
      let current = try screen()
      if seen.last != current { seen.append(current) }
      if current.contains(text) { return seen }
      usleep(20_000)
    }
    throw WaitTimeout(expected: text, screen: seen.last ?? "")
  }

  /// Runs a tmux command against this session's server and returns what it printed.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try Spawn.run(["tmux", "-L", socket] + arguments, captureOutput: arguments.first == "capture-pane")
  }

  struct WaitTimeout: Error, CustomStringConvertible {
    var expected: String
    var screen: String
    var description: String { "the screen never showed \"\(expected)\"; it showed:\n\(screen)" }
  }
}

/// The built `pillars` binary and fresh workspaces for it.
enum Pillars {
  static var binary: String {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [here, here.deletingLastPathComponent()] {
      let path = folder.appendingPathComponent("pillars").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return here.appendingPathComponent("pillars").path
  }

  /// A temporary copy of the example workspace; removed by the caller.
  static func exampleWorkspace() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-e2e-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["init", folder.path, "--example"]
    process.environment = ProcessInfo.processInfo.environment.merging(["PILLARS_TODAY": "2026-11-18"]) { $1 }
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return folder
  }
}

/// Runs a program with posix_spawn, passing it no descriptor but standard input, output and error.
///
/// Foundation's `Process` notices a child's exit through a descriptor the child inherits; the
/// server `tmux new-session` leaves behind would inherit it too and keep it open, so waiting
/// for the tmux client would never end.
enum Spawn {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ arguments: [String], captureOutput: Bool = false) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&pipeEnds) == 0 else { throw Failure(description: "pipe failed") }
      // Only the child's dup2 copy of the write end may survive the spawn.
      _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    for descriptor in Int32(3)..<Int32(1024) where descriptor != pipeEnds[1] && fcntl(descriptor, F_GETFD) != -1 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // Start the way a terminal emulator would: no signal blocked or ignored, whatever the
    // test runner does with signals in its own threads.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
    guard status == 0 else {
      if captureOutput { close(pipeEnds[0]); close(pipeEnds[1]) }
      throw Failure(description: "could not start \(arguments[0]): error \(status)")
    }
    var output: [UInt8] = []
    if captureOutput {
      close(pipeEnds[1])
      var chunk = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(pipeEnds[0], &chunk, chunk.count)
        if count > 0 { output += chunk[0..<count] } else if count == 0 || errno != EINTR { break }
      }
      close(pipeEnds[0])
    }
    var exit: Int32 = 0
    while waitpid(pid, &exit, 0) == -1 && errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
  }
}
