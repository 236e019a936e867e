import Glibc
import PillarsCore
import PillarsJSON

/// Several document files replaced or removed as one change: all of them or none, even across a crash.
///
/// Every new file is written and flushed beside its target first, so a full disk fails before
/// anything is replaced. Then a journal (`.pillars/journal.json`) names each step, and the files
/// are replaced one by one, each checked against what the store expects just before, the old
/// contents kept under a second name until the end. A failure part-way puts the old files back; a
/// crash part-way leaves the journal, from which the next run finishes the change (``recover(in:)``).
struct Replacement {
  /// One file of the change.
  struct Step: Codable {
    /// The document's path inside the workspace.
    var document: String
    /// The name of the new contents beside the target; nil when the document is removed.
    var temporary: String?
    /// The name the old contents are kept under while the change is made; nil when there were none.
    var backup: String?
  }

  /// What the journal holds.
  struct Journal: Codable {
    var process: Int32
    var steps: [Step]
  }

  let root: String
  private(set) var steps: [Step] = []
  /// The folder of each step's target (through symbolic links), by document path.
  private var folders: [String: String] = [:]
  /// Each step's document, by its path.
  private var documents: [String: DocumentRef] = [:]

  init(root: String) { self.root = root }

  static func journalPath(in root: String) -> String { root + "/.pillars/journal.json" }

  // MARK: - Making the change

  /// Writes and flushes the new contents of `document` beside its file. Throws with nothing replaced.
  mutating func prepare(_ document: DocumentRef, path: String, bytes: [UInt8]) throws(Disk.Failure) {
    add(document, try Self.write(bytes, for: path))
  }

  /// Writes and flushes the new contents of each document beside its file, several at a time: a
  /// flush waits on the disk, and the disk takes many at once about as fast as one. Throws the
  /// first failure in the order given, with nothing replaced and none of the new files left.
  mutating func prepare(_ files: [(document: DocumentRef, path: String, bytes: [UInt8])]) throws(Disk.Failure) {
    let written = concurrentMap(files.count, threads: 8, filling: Result<Written, Disk.Failure>.failure(Disk.Failure("", reason: ""))) {
      index in Result { () throws(Disk.Failure) in try Self.write(files[index].bytes, for: files[index].path) }
    }
    var failure: Disk.Failure?
    for (file, result) in zip(files, written) {
      switch result {
      case .success(let prepared): add(file.document, prepared)
      case .failure(let error): failure = failure ?? error
      }
    }
    if let failure {
      abandon()
      throw failure
    }
  }

  /// A new file written beside its target, and whether the target was there before it.
  private struct Written {
    var file: Disk.PreparedFile
    var replacesFile: Bool
  }

  private static func write(_ bytes: [UInt8], for path: String) throws(Disk.Failure) -> Written {
    let prepared = try Disk.prepare(bytes, for: path)
    return Written(file: prepared, replacesFile: Disk.exists(prepared.target))
  }

  private mutating func add(_ document: DocumentRef, _ written: Written) {
    let name = Disk.fileName(of: written.file.target)
    folders[document.path] = Disk.parentDirectory(of: written.file.target)
    documents[document.path] = document
    let backup = written.replacesFile ? Disk.scratchName(.backup, for: name) : nil
    steps.append(Step(document: document.path, temporary: Disk.fileName(of: written.file.temporary), backup: backup))
  }

  /// Adds the removal of `document`'s file to the change.
  mutating func remove(_ document: DocumentRef, path: String) throws(Disk.Failure) {
    let target = try Disk.resolveLinks(path)
    folders[document.path] = Disk.parentDirectory(of: target)
    documents[document.path] = document
    steps.append(Step(document: document.path, temporary: nil, backup: Disk.scratchName(.backup, for: Disk.fileName(of: target))))
  }

  /// Removes the prepared files: the change is given up before anything was replaced.
  func abandon() {
    Self.remove(steps.compactMap { step in step.temporary.flatMap { temporary in folders[step.document].map { $0 + "/" + temporary } } })
  }

  /// Replaces the files in order. `isUnchanged` is asked for each document just before its file is
  /// replaced; when it says no, or a step fails, every file already replaced gets its old contents
  /// back and the error is thrown.
  func commit(isUnchanged: (DocumentRef) -> Bool) throws(StoreError) {
    let journaled = steps.count > 1
    if journaled {
      do {
        try writeJournal()
      } catch {
        abandon()
        throw StoreError.cannotWrite(path: error.path, reason: error.reason)
      }
    }
    var done = 0
    do throws(StoreError) {
      for step in steps {
        guard let document = documents[step.document], let folder = folders[step.document] else { continue }
        guard isUnchanged(document) else { throw StoreError.changedOnDisk(document) }
        try Self.apply(step, in: folder)
        done += 1
      }
    } catch {
      for step in steps[..<done].reversed() {
        if let folder = folders[step.document] { Self.undo(step, in: folder) }
      }
      for step in steps[done...] {
        if let temporary = step.temporary, let folder = folders[step.document] { unlink(folder + "/" + temporary) }
      }
      syncFolders()
      if journaled { removeJournal() }
      throw error
    }
    syncFolders()
    if journaled { removeJournal() }
    Self.remove(steps.compactMap { step in step.backup.flatMap { backup in folders[step.document].map { $0 + "/" + backup } } })
  }

  /// Removes files several at a time: on a busy disk one removal after the other waited about 4 ms
  /// each, 410 of them over a second and a half, and together a few hundredths of that.
  private static func remove(_ paths: [String]) {
    _ = concurrentMap(paths.count, threads: 8, filling: Int32(0)) { unlink(paths[$0]) }
  }

  private static func apply(_ step: Step, in folder: String) throws(StoreError) {
    let target = folder + "/" + targetName(of: step)
    if let backup = step.backup {
      let kept = step.temporary == nil ? rename(target, folder + "/" + backup) : link(target, folder + "/" + backup)
      // A file system without hard links still gets the change, only without a way back for this file.
      if kept != 0 && step.temporary == nil { throw StoreError.cannotWrite(path: target, reason: Disk.reason(for: errno)) }
    }
    if let temporary = step.temporary, rename(folder + "/" + temporary, target) != 0 {
      throw StoreError.cannotWrite(path: target, reason: Disk.reason(for: errno))
    }
  }

  private static func undo(_ step: Step, in folder: String) {
    let target = folder + "/" + targetName(of: step)
    if let backup = step.backup {
      // The old contents go back; with no copy kept, the step never happened.
      if Disk.exists(folder + "/" + backup) { rename(folder + "/" + backup, target) }
    } else if step.temporary != nil {
      // The file did not exist before this change.
      unlink(target)
    }
  }

  /// The target's file name, read back from the scratch names beside it: `.name.pillars-tmp-…`.
  private static func targetName(of step: Step) -> String {
    let scratch = step.temporary ?? step.backup ?? ""
    for marker in Disk.Scratch.allCases {
      if let range = scratch.range(ofLast: "." + marker.rawValue + "-") {
        return String(scratch[scratch.index(after: scratch.startIndex)..<range.lowerBound])
      }
    }
    return scratch
  }

  private func syncFolders() {
    for folder in Set(folders.values) { try? Disk.syncDirectory(folder) }
  }

  private func writeJournal() throws(Disk.Failure) {
    let journal = Journal(process: getpid(), steps: steps)
    let bytes: [UInt8]
    do {
      bytes = try CanonicalJSONWriter.write(try JSONValueEncoder().encode(journal))
    } catch {
      throw Disk.Failure(Self.journalPath(in: root), reason: error.description)
    }
    try Disk.writeAtomically(bytes, to: Self.journalPath(in: root))
  }

  private func removeJournal() {
    unlink(Self.journalPath(in: root))
    try? Disk.syncDirectory(root + "/.pillars")
  }

  // MARK: - After a crash

  /// What the next run did with a change a crash interrupted.
  enum Recovery: Equatable {
    case finished([String])
    case rolledBack([String])

    /// For the user: which files, and what became of them.
    var message: String {
      switch self {
      case .finished(let paths):
        "a save of \(plural(paths.count, "file")) was interrupted and has now been finished (\(Self.list(paths)))"
      case .rolledBack(let paths):
        "a save of \(plural(paths.count, "file")) was interrupted and has been undone, so those files are as they were before it (\(Self.list(paths)))"
      }
    }

    private static func list(_ paths: [String]) -> String {
      paths.count <= 4 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }
  }

  /// Finishes or undoes the change a journal describes, when the process that wrote it is gone.
  /// It is finished when every step is either done or can still be done (the new files were all
  /// flushed before the journal was written); when a file it needs is gone, the files already
  /// replaced get their old contents back instead.
  /// Returns nil when there is no journal, or its process still runs.
  static func recover(in root: String, kinds: DocumentRegistry = .standard) throws(StoreError) -> Recovery? {
    let path = journalPath(in: root)
    let bytes: [UInt8]
    do {
      guard let read = try Disk.read(path) else { return nil }
      bytes = read
    } catch {
      throw StoreError.cannotRead(path: error.path, reason: error.reason)
    }
    guard let tree = try? JSONParser.parse(bytes), let journal = try? JSONValueDecoder().decode(Journal.self, from: tree).value
    else {
      throw StoreError.cannotRead(path: path, reason: "it is not a journal of an interrupted save; remove it")
    }
    if journal.process != getpid() && (kill(journal.process, 0) == 0 || errno == EPERM) { return nil }
    // Only steps naming documents of this workspace, with scratch names Pillars makes, are followed.
    var located: [(step: Step, folder: String)] = []
    for step in journal.steps {
      guard let document = DocumentRef(path: step.document, kinds: kinds),
        [step.temporary, step.backup].allSatisfy({ $0 == nil || Disk.scratchFileOwner($0 ?? "") == journal.process }),
        let target = try? Disk.resolveLinks(root + "/" + document.path)
      else {
        throw StoreError.cannotRead(path: path, reason: "it names a file Pillars does not write (\(step.document)); remove it")
      }
      located.append((step, Disk.parentDirectory(of: target)))
    }
    func exists(_ name: String?, in folder: String) -> Bool { name.map { Disk.exists(folder + "/" + $0) } ?? false }
    var pending: [(step: Step, folder: String)] = []
    var broken = false
    for entry in located {
      let target = targetName(of: entry.step)
      if let temporary = entry.step.temporary {
        if exists(temporary, in: entry.folder) {
          pending.append(entry)
        } else if !(entry.step.backup == nil ? exists(target, in: entry.folder) : exists(entry.step.backup, in: entry.folder)) {
          broken = true
        }
      } else if exists(target, in: entry.folder) {
        pending.append(entry)
      } else if !exists(entry.step.backup, in: entry.folder) {
        broken = true
      }
    }
    let paths = located.map(\.step.document)
    let result: Recovery
    if broken {
      for entry in located {
        if exists(entry.step.temporary, in: entry.folder) {
          unlink(entry.folder + "/" + (entry.step.temporary ?? ""))
        } else {
          undo(entry.step, in: entry.folder)
        }
      }
      result = .rolledBack(paths)
    } else {
      for entry in pending { try? apply(entry.step, in: entry.folder) }
      result = .finished(paths)
    }
    for entry in located {
      if let backup = entry.step.backup { unlink(entry.folder + "/" + backup) }
      try? Disk.syncDirectory(entry.folder)
    }
    unlink(path)
    try? Disk.syncDirectory(root + "/.pillars")
    return result
  }
}
