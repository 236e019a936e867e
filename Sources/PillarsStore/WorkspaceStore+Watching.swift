import Glibc
import PillarsCore

extension WorkspaceStore {
  /// What one look at a document's file found.
  struct WatchEntry {
    var stamp: FileStamp?
    /// The state this store expected when it looked, and whether the file differed from it.
    var expected: DiskState?
    var changed: Bool
  }

  /// Enough of a file's metadata to tell, without reading it, that it has not changed.
  struct FileStamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec

    static func == (a: FileStamp, b: FileStamp) -> Bool {
      a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
        && a.modified.tv_nsec == b.modified.tv_nsec && a.changed.tv_sec == b.changed.tv_sec
        && a.changed.tv_nsec == b.changed.tv_nsec
    }

    /// The stamp of the file a path leads to (through a symbolic link), nil when there is none.
    init?(path: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      modified = info.st_mtim
      changed = info.st_ctim
    }
  }

  /// Documents whose file changed on disk since the last load or save, for the screens to
  /// reload or ask. A file whose metadata is as it was at the last look is not read again,
  /// so calling this every second costs a few `stat` calls on a quiet workspace.
  public func documentsChangedOnDisk() -> Set<DocumentRef> {
    var candidates = Set(disk.keys).union(protections.keys)
    candidates.formUnion(kinds.singleFileDocuments)
    candidates.formUnion(documentFiles())
    var changed = Set<DocumentRef>()
    for document in candidates {
      guard let path = try? path(of: document) else { continue }
      let stamp = FileStamp(path: path)
      let expected = disk[document]
      if let entry = watch[document], entry.stamp == stamp, entry.expected == expected {
        if entry.changed { changed.insert(document) }
        continue
      }
      let differs = currentState(of: document) != expected
      watch[document] = WatchEntry(stamp: stamp, expected: expected, changed: differs)
      if differs { changed.insert(document) }
    }
    return changed
  }

  /// Reads the given documents again, leaving what this store knows of the others untouched,
  /// so a document with edits not yet saved keeps its guard against being overwritten.
  public func reload(_ documents: Set<DocumentRef>) throws -> LoadedWorkspace {
    let keptDisk = disk
    let keptProtections = protections
    let keptVersions = lastVersions
    let loaded = try load()
    if let keptVersions, keepsLastVersions { lastVersions = keptVersions.replacing(documents, from: loaded.workspace) }
    for document in Set(keptDisk.keys).union(disk.keys) where !documents.contains(document) {
      disk[document] = keptDisk[document]
    }
    for document in Set(keptProtections.keys).union(protections.keys) where !documents.contains(document) {
      protections[document] = keptProtections[document]
    }
    return loaded
  }

  /// Takes the files of `documents` as they are on disk now as the ones this store last read,
  /// so the next save writes over them: the user chose to keep their own version.
  public func acceptDiskVersions(of documents: Set<DocumentRef>) {
    for document in documents where protections[document] == nil {
      disk[document] = currentState(of: document)
    }
  }
}
