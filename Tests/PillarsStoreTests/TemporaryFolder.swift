import Foundation
import Glibc

/// A fresh folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    var template = Array((URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pillars-store-XXXXXX").path).utf8CString)
    guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
    url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  var path: String { url.path }

  func url(_ relative: String) -> URL { url.appendingPathComponent(relative) }

  func path(_ relative: String) -> String { url(relative).path }

  func bytes(_ relative: String) throws -> [UInt8] { Array(try Data(contentsOf: url(relative))) }

  func text(_ relative: String) throws -> String { String(decoding: try bytes(relative), as: UTF8.self) }

  func write(_ text: String, to relative: String) throws { try write(Array(text.utf8), to: relative) }

  func write(_ bytes: [UInt8], to relative: String) throws {
    let target = url(relative)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: target)
  }

  func exists(_ relative: String) -> Bool {
    var info = stat()
    return lstat(path(relative), &info) == 0
  }

  /// The file's inode, which changes when a save replaces the file.
  func inode(_ relative: String) -> UInt {
    var info = stat()
    return stat(path(relative), &info) == 0 ? UInt(info.st_ino) : 0
  }

  func names(in relative: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
  }
}
