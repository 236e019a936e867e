import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes exported pages into a folder, one file at a time, each replaced whole or not at all.
public enum ExportWriter {
  /// Writes the pages into `folder`, creating it (and its parents) if missing, and returns the
  /// files written, in the pages' order.
  ///
  /// Each page is written to a temporary file in the same folder, flushed, and renamed over the
  /// old file, so a failure part-way leaves every file of an earlier export whole: the pages
  /// before the failure are new, the rest are as they were.
  ///
  /// - Throws: `ExportWriteError`, naming the file or folder and saying what went wrong.
  @discardableResult
  public static func write(_ pages: [ExportedPage], to folder: URL) throws -> [URL] {
    try makeFolder(folder.path)
    var written: [URL] = []
    for page in pages {
      guard isPlainFileName(page.fileName) else {
        throw ExportWriteError(path: folder.appendingPathComponent(page.fileName).path,
          reason: "the name is not a plain file name inside the export folder")
      }
      let target = folder.appendingPathComponent(page.fileName)
      try writeWhole(Array(page.markdown.utf8), to: target.path)
      written.append(target)
    }
    return written
  }

  /// A single file name: no separators, no `.` or `..`, nothing hidden, no NUL.
  static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
      && !name.unicodeScalars.contains("\0")
  }

  /// Creates the folder and any missing parents, like `mkdir -p`.
  static func makeFolder(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { return }
      throw ExportWriteError(path: path, reason: "it is a file, not a folder")
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path && !FileManager.default.fileExists(atPath: parent) {
      // A parent that cannot be made shows up as this folder's own failure, just below.
      try? makeFolder(parent)
    }
    if mkdir(path, 0o755) != 0 {
      let code = errno
      if code != EEXIST {
        throw ExportWriteError(path: path, reason: "cannot create the folder: \(systemMessage(code))")
      }
    }
  }

  /// Writes `bytes` to a temporary sibling of `path`, then renames it into place.
  static func writeWhole(_ bytes: [UInt8], to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (directory as NSString).appendingPathComponent(".\(name).\(getpid()).tmp")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      throw ExportWriteError(path: path, reason: systemMessage(code))
    }
    var failure: Int32?
    var offset = 0
    while offset < bytes.count && failure == nil {
      let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno != EINTR { failure = errno }
      } else {
        offset += count
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0 && failure == nil { failure = errno }
    if failure == nil && rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw ExportWriteError(path: path, reason: systemMessage(failure))
    }
  }

  /// The system's words for an error number, such as "Permission denied".
  static func systemMessage(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }
}

/// The C library's `write`, which `ExportWriter.write` hides inside the enum.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
