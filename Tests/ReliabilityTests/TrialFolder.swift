import Foundation
import Glibc
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

/// A fresh folder for one trial, removed when the value goes away.
final class TrialFolder {
  let url: URL

  init() throws {
    var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pillars-trial-XXXXXX").path.utf8CString)
    guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
    url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
  }

  deinit {
    // A trial may leave the folder read-only; make it removable again.
    _ = chmod(url.path, 0o755)
    try? FileManager.default.removeItem(at: url)
  }

  var path: String { url.path }

  func url(_ relative: String) -> URL { url.appendingPathComponent(relative) }

  func path(_ relative: String) -> String { url(relative).path }

  func bytes(_ relative: String) throws -> [UInt8] { Array(try Data(contentsOf: url(relative))) }

  func text(_ relative: String) throws -> String { String(decoding: try bytes(relative), as: UTF8.self) }

  func write(_ bytes: [UInt8], to relative: String) throws {
    let target = url(relative)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: target)
  }

  /// Every file below the folder, relative to it, sorted.
  func allFiles() -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
    var files: [String] = []
    while let next = walker.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path(next), isDirectory: &isFolder), !isFolder.boolValue { files.append(next) }
    }
    return files.sorted()
  }

  /// A folder holding `workspace`, as `pillars init` would write it.
  static func workspace(_ workspace: Workspace) throws -> TrialFolder {
    let folder = try TrialFolder()
    try WorkspaceStore.create(at: folder.url, with: workspace)
    return folder
  }

  /// The day the trials take as today, the same as the other suites.
  static func today() throws -> CalendarDate { try #require(CalendarDate(year: 2026, month: 11, day: 18)) }

  /// The example company on that day.
  static func example() throws -> Workspace { ExampleWorkspace.make(today: try today()) }
}
