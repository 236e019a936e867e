/// The store's way of writing a file, for files that are not documents, such as the export's
/// pages: a temporary file created exclusively beside the target, flushed and renamed over it,
/// with the folder flushed too. A symbolic link in the target's place is replaced, never followed.
public enum AtomicFile {
  /// A file or folder that could not be written, and why, in plain words.
  public struct Failure: Error, Equatable, Sendable {
    public var path: String
    public var reason: String
  }

  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    do {
      try Disk.writeAtomically(bytes, to: path, followingLinks: false)
    } catch {
      throw Failure(path: error.path, reason: error.reason)
    }
  }

  /// Creates the folder and its missing parents; refuses a path that is there and is not a folder.
  public static func makeFolder(_ path: String) throws(Failure) {
    if Disk.exists(path) && !Disk.isDirectory(path) { throw Failure(path: path, reason: "it is a file, not a folder") }
    do {
      try Disk.makeDirectory(path)
    } catch {
      throw Failure(path: error.path, reason: error.reason)
    }
  }

  /// Removes the temporary files an interrupted write left in `folder` (only Pillars' own names).
  public static func removeStaleTemporaryFiles(in folder: String) { Disk.removeStaleScratchFiles(in: folder) }
}
