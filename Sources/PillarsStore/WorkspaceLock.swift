import Glibc

/// What a process holding `.pillars/lock` writes into it, so that another one waiting can say
/// who holds the workspace and what it is doing.
enum WorkspaceLock {
  /// The command this process runs, as a person typed it: `pillars record`, `pillars open`.
  static var defaultActivity: String {
    let arguments = CommandLine.arguments
    let program = arguments.first.map(Disk.fileName(of:)) ?? "pillars"
    let command = arguments.dropFirst().first { !$0.hasPrefix("-") }
    return ([program] + (command.map { [$0] } ?? [])).joined(separator: " ")
  }

  /// Seconds on a clock that never goes back.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func wallClock() -> Int { Int(time(nil)) }

  /// Writes `pid`, the activity and the time into the lock file just taken.
  static func announce(_ activity: String, on descriptor: Int32) {
    let line = Array("\(getpid()) \(wallClock()) \(activity.filter { !$0.isNewline })\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// Who holds the lock, read from the file; nil when it says nothing usable (an older Pillars).
  static func holder(of descriptor: Int32) -> LockHolder? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    let parts = text.split(separator: " ", maxSplits: 2)
    guard parts.count == 3, let process = Int32(parts[0]), let since = Int(parts[1]) else { return nil }
    let activity = parts[2].split(separator: "\n").first.map(String.init) ?? ""
    return LockHolder(process: process, activity: activity, heldFor: Double(max(0, wallClock() - since)))
  }

  /// "3 s", "2 min", "1 h 5 min".
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    if whole < 120 { return "\(whole) s" }
    if whole < 3600 { return "\(whole / 60) min" }
    return "\(whole / 3600) h \(whole % 3600 / 60) min"
  }
}
