import Foundation
import Glibc
import PillarsCore
import PillarsJSON

/// The workspace folder on disk: loads its documents, saves the ones that changed, and never
/// loses data doing so.
///
/// Saving writes each changed document to a temporary file, fsyncs it, renames it over the old
/// one and fsyncs the folder. It refuses to write over a file that changed on disk since this
/// store read or wrote it, a file that could not be loaded, and a file written by a newer
/// Pillars. Two Pillars processes coordinate through ``withLock(_:)``.
///
/// A store is not safe to share between threads; use one per process or guard it.
public final class WorkspaceStore {
  public let folder: URL
  /// The folder's path, without a trailing slash.
  let root: String
  /// Each document's file as this store last read or wrote it; no entry when there was no file.
  var disk: [DocumentRef: DiskState] = [:]
  /// Documents this store must not write: unusable or written by a newer Pillars.
  var protections: [DocumentRef: Protection] = [:]
  /// Metrics whose weekly values were read from inside `scorecard.json` (schema 1) and have no
  /// history file yet: the next save of the scorecard or of any history writes their files.
  var historiesToMove: Set<MetricID> = []
  private var lockDepth = 0
  /// What the last look at each file found, so an unchanged file is not read again.
  var watch: [DocumentRef: WatchEntry] = [:]

  public init(folder: URL) {
    self.folder = folder
    let path = folder.standardizedFileURL.path
    root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  /// The absolute path of a document's file.
  func path(of document: DocumentRef) -> String { root + "/" + document.path }

  /// The file as it is on disk now; nil when there is none.
  func currentFile(of document: DocumentRef) -> FileRead? { Self.currentFile(path(of: document)) }

  static func currentFile(_ path: String) -> FileRead? {
    do {
      return try Disk.read(path).map(FileRead.bytes)
    } catch {
      return .unreadable(error.reason)
    }
  }

  /// The fingerprint of the file as it is on disk now; nil when there is none.
  func currentState(of document: DocumentRef) -> DiskState? { currentFile(of: document).map(DiskState.init) }

  /// Creates a new workspace folder with the given documents and the JSON Schemas editors validate them with.
  /// Refuses, with ``StoreError/alreadyAWorkspace(folder:)``, when the folder already has a `workspace.json`.
  @discardableResult
  public static func create(at folder: URL, with workspace: Workspace) throws -> WorkspaceStore {
    let store = WorkspaceStore(folder: folder)
    do {
      try Disk.makeDirectory(store.root)
    } catch {
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
    if Disk.exists(store.path(of: .manifest)) { throw StoreError.alreadyAWorkspace(folder: store.root) }
    for document in workspace.documentRefs where Disk.exists(store.path(of: document)) {
      throw StoreError.wouldOverwrite(path: store.path(of: document))
    }
    try store.writeSchemaFiles()
    try store.save(workspace)
    return store
  }

  /// Writes `.pillars/schema/<kind>.schema.json`, which the documents' `$schema` keys point to,
  /// and a `.gitignore` that keeps the lock file out of version control.
  func writeSchemaFiles() throws {
    let directory = root + "/.pillars/schema"
    do {
      try Disk.makeDirectory(directory)
      for kind in DocumentKind.allCases {
        let text = EmbeddedSchemas.text(for: kind)
        try Disk.writeAtomically(Array(text.utf8), to: "\(directory)/\(kind.rawValue).schema.json")
      }
      let ignore = root + "/.pillars/.gitignore"
      if !Disk.exists(ignore) { try Disk.writeAtomically(Array("lock\n".utf8), to: ignore) }
    } catch {
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Runs `body` holding an exclusive lock on the workspace (`flock` on `.pillars/lock`), so two
  /// Pillars processes never interleave a read-modify-write. Nested calls on the same store
  /// reuse the lock; ``save(_:only:)`` takes it too.
  public func withLock<T>(_ body: () throws -> T) throws -> T {
    if lockDepth > 0 {
      lockDepth += 1
      defer { lockDepth -= 1 }
      return try body()
    }
    let lockPath = root + "/.pillars/lock"
    do {
      try Disk.makeDirectory(root + "/.pillars")
    } catch {
      throw StoreError.cannotLock(path: lockPath, reason: error.reason)
    }
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw StoreError.cannotLock(path: lockPath, reason: Disk.reason(for: errno)) }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw StoreError.cannotLock(path: lockPath, reason: Disk.reason(for: errno)) }
    }
    lockDepth = 1
    defer { lockDepth = 0 }
    return try body()
  }
}
