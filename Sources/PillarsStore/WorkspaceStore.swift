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
  /// The kinds of document the folder holds.
  public let kinds: DocumentRegistry
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
  /// How long to wait for another Pillars process to release the workspace, in seconds; 0 does
  /// not wait at all (the screens retry instead of freezing).
  public var lockTimeout: Double = 10
  /// What this process says it is doing while it holds the lock, for anyone waiting: `pillars record`.
  public var activity = WorkspaceLock.defaultActivity
  /// Told once, with who holds the lock, when a ``withLock(_:)`` has to wait.
  public var lockWaiting: ((LockHolder?) -> Void)?
  /// What the last look at each file found, so an unchanged file is not read again.
  var watch: [DocumentRef: WatchEntry] = [:]
  /// Keep each document as last read or written (``lastVersions``): the screens set it, to merge
  /// their edits with a file changed on disk. Commands that load once and exit leave it off.
  public var keepsLastVersions = false
  /// The documents as this store last read or wrote them, when ``keepsLastVersions`` is on. A
  /// workspace shares each kind's storage with the one loaded until it is changed, so this costs
  /// only the documents edited since they were read.
  public internal(set) var lastVersions: Workspace?

  public init(folder: URL, kinds: DocumentRegistry = .standard) {
    self.folder = folder
    self.kinds = kinds
    let path = folder.standardizedFileURL.path
    root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  /// The absolute path of a document's file; refuses a document whose id cannot name a file.
  func path(of document: DocumentRef) throws(StoreError) -> String {
    guard let stored = document.storedPath else { throw StoreError.invalidFileName(document) }
    return root + "/" + stored
  }

  /// The file as it is on disk now; nil when there is none, or the document cannot have one.
  func currentFile(of document: DocumentRef) -> FileRead? {
    guard let path = try? path(of: document) else { return nil }
    return Self.currentFile(path)
  }

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
    let store = WorkspaceStore(folder: folder, kinds: workspace.registry)
    do {
      try Disk.makeDirectory(store.root)
    } catch {
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
    if Disk.exists(try store.path(of: .manifest)) { throw StoreError.alreadyAWorkspace(folder: store.root) }
    for document in workspace.documentRefs where Disk.exists(try store.path(of: document)) {
      throw StoreError.wouldOverwrite(path: try store.path(of: document))
    }
    try store.writeSchemaFiles()
    try store.save(workspace)
    return store
  }

  /// Writes `.pillars/schema/<kind>.schema.json`, which the documents' `$schema` keys point to,
  /// and a `.gitignore` that keeps the lock, the journal of an unfinished save and a merge's conflicts out of version control.
  func writeSchemaFiles() throws {
    let directory = root + "/.pillars/schema"
    do {
      try Disk.makeDirectory(directory)
      for kind in kinds.fileOrder {
        guard let text = EmbeddedSchemas.text(for: kind.rawValue) else { continue }
        try Disk.writeAtomically(Array(text.utf8), to: "\(directory)/\(kind.rawValue).schema.json")
      }
      let ignore = root + "/.pillars/.gitignore"
      if !Disk.exists(ignore) { try Disk.writeAtomically(Array("lock\njournal.json\nconflicts/\n".utf8), to: ignore) }
    } catch {
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Runs `body` holding an exclusive lock on the workspace (`flock` on `.pillars/lock`), so two
  /// Pillars processes never interleave a read-modify-write. Nested calls on the same store
  /// reuse the lock; ``save(_:only:)`` takes it too.
  ///
  /// While another process holds the lock, ``lockWaiting`` is told once who holds it; after
  /// ``lockTimeout`` seconds the wait ends with ``StoreError/locked(_:waited:)``.
  public func withLock<T>(_ body: () throws -> T) throws -> T {
    if lockDepth > 0 {
      lockDepth += 1
      defer { lockDepth -= 1 }
      return try body()
    }
    let descriptor = try openLock()
    defer { close(descriptor) }
    try waitForLock(descriptor)
    WorkspaceLock.announce(activity, on: descriptor)
    lockDepth = 1
    defer {
      lockDepth = 0
      _ = ftruncate(descriptor, 0)
    }
    return try body()
  }

  /// Opens `.pillars/lock`, refusing anything but a regular file in a real `.pillars` folder: a
  /// planted link must not make Pillars create or lock a file elsewhere.
  private func openLock() throws(StoreError) -> Int32 {
    let folder = root + "/.pillars"
    let lockPath = folder + "/lock"
    do {
      try Disk.makeDirectory(folder)
    } catch {
      throw StoreError.cannotLock(path: lockPath, reason: error.reason)
    }
    guard Disk.isRealDirectory(folder) else {
      throw StoreError.cannotLock(path: lockPath, reason: "\(folder) is a symbolic link, not a folder; remove it")
    }
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      let reason = code == ELOOP ? "it is a symbolic link; Pillars locks only a regular file of its own, so remove it" : Disk.reason(for: code)
      throw StoreError.cannotLock(path: lockPath, reason: reason)
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw StoreError.cannotLock(path: lockPath, reason: "it is not a regular file; remove it")
    }
    Disk.keepOwnership(of: descriptor, like: nil, folder: folder)
    return descriptor
  }

  private func waitForLock(_ descriptor: Int32) throws(StoreError) {
    let started = WorkspaceLock.now()
    var told = false
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        throw StoreError.cannotLock(path: root + "/.pillars/lock", reason: Disk.reason(for: code))
      }
      if code == EINTR { continue }
      let holder = WorkspaceLock.holder(of: descriptor)
      let waited = WorkspaceLock.now() - started
      if waited >= lockTimeout { throw StoreError.locked(holder, waited: waited) }
      if !told {
        told = true
        lockWaiting?(holder)
      }
      usleep(20_000)
    }
  }
}
