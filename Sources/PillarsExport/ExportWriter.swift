import Foundation
import PillarsStore

/// Writes exported pages into a folder, one file at a time, each replaced whole or not at all,
/// through the store's atomic writer (``AtomicFile``).
public enum ExportWriter {
  /// Writes the pages into `folder`, creating it (and its parents) if missing, and returns the
  /// files written, in the pages' order.
  ///
  /// Each page is written to a temporary file in the same folder, flushed, and renamed over the
  /// old file, so a failure part-way leaves every file of an earlier export whole: the pages
  /// before the failure are new, the rest are as they were. A symbolic link where a page goes is
  /// replaced by the page, never written through.
  ///
  /// - Throws: `ExportWriteError`, naming the file or folder and saying what went wrong.
  @discardableResult
  public static func write(_ pages: [ExportedPage], to folder: URL) throws -> [URL] {
    do {
      try AtomicFile.makeFolder(folder.path)
    } catch {
      throw ExportWriteError(path: error.path, reason: error.reason)
    }
    AtomicFile.removeStaleTemporaryFiles(in: folder.path)
    var written: [URL] = []
    for page in pages {
      guard isPlainFileName(page.fileName) else {
        throw ExportWriteError(path: folder.appendingPathComponent(page.fileName).path,
          reason: "the name is not a plain file name inside the export folder")
      }
      let target = folder.appendingPathComponent(page.fileName)
      do {
        try AtomicFile.write(Array(page.markdown.utf8), to: target.path)
      } catch {
        throw ExportWriteError(path: error.path, reason: error.reason)
      }
      written.append(target)
    }
    return written
  }

  /// A single file name: no separators, no `.` or `..`, nothing hidden, no NUL.
  static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
      && !name.unicodeScalars.contains("\0")
  }
}
