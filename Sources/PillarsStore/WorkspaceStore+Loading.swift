import Glibc
import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// Reads every document of the folder. One broken document never stops the others: it is
  /// reported, replaced by an empty default and protected from being written over.
  /// Throws ``StoreError/notAWorkspace(folder:)`` when the folder or its `workspace.json` is missing.
  public func load() throws -> LoadedWorkspace {
    guard Disk.isDirectory(root), Disk.exists(root + "/" + DocumentRef.manifest.path) else {
      throw StoreError.notAWorkspace(folder: root)
    }
    var loading = Loading()
    if let recovery = try recoverInterruptedSave() { loading.notices.append(recovery.message) }
    removeStaleTemporaryFiles()
    let files = documentFiles(reportingTo: &loading)
    // Every file is read and decoded first, in parallel; then they are put together in file order.
    let toRead = kinds.singleFileDocuments + files.filter { $0.storedPath != nil }
    loading.read = Dictionary(zip(toRead, readDocuments(toRead)), uniquingKeysWith: { first, _ in first })
    let inlineHistories = inlineHistories(in: loading.read[.scorecard])
    var workspace = Workspace(registry: kinds)
    let folderName = Disk.fileName(of: root)
    for kind in kinds.fileOrder {
      let documents = kind.folder == nil ? [DocumentRef(kind)] : files.filter { $0.kind == kind }
      for document in documents {
        kind.definition.load(document, into: &workspace, &loading, from: self, folderName: folderName)
      }
    }
    // What the workspace holds for a document that must not be written: saving it unchanged is skipped.
    for document in loading.protections.keys where document.storedPath != nil {
      loading.protections[document]?.placeholder = try? document.kind.definition.encode(document, of: workspace)
    }
    // A document whose id cannot name a file has no file to read or write: read-only.
    for document in workspace.documentRefs where document.storedPath == nil && loading.protections[document] == nil {
      loading.protections[document] = Protection(reason: .unavailable)
    }
    disk = loading.disk
    protections = loading.protections
    if keepsLastVersions { lastVersions = workspace }
    // Values still inside a schema 1 scorecard move out on its next save, unless their file is
    // there and usable: an unreadable one must not make them look moved already.
    historiesToMove = inlineHistories.filter {
      loading.disk[.history($0)] == nil || loading.protections[.history($0)] != nil
    }
    return LoadedWorkspace(
      workspace: workspace, problems: loading.problems,
      unavailable: Set(loading.protections.filter { $0.value.reason == .unavailable }.keys),
      readOnly: Set(loading.protections.filter { $0.value.reason == .newerSchema }.keys), root: root,
      files: loading.disk, notices: loading.notices)
  }

  /// The files of the kinds kept one file per item. Files named by id are listed whatever their
  /// name, so a badly named one is reported; files named by week only when named after an ISO week.
  /// A folder that cannot be read (a file, a FIFO or a link loop in its place) is reported, and
  /// only its documents are missing.
  func documentFiles(reportingTo loading: inout Loading) -> [DocumentRef] {
    var files: [DocumentRef] = []
    for kind in kinds.folderKinds {
      guard case .folder(let folder, let keys) = kind.layout else { continue }
      let stems: [String]
      do {
        stems = try documentStems(in: folder)
      } catch {
        let definition = kind.definition
        let finding = Finding(
          .error, .invalidDocument, in: definition.folderReportedIn,
          "cannot read the folder: \(error.reason); \(definition.unreadableFolderConsequence)")
        loading.problems.append(LocatedFinding(finding, at: nil, file: folder + "/"))
        continue
      }
      files += stems.filter(keys.lists).map { DocumentRef(kind, key: $0) }
    }
    return files
  }

  /// The same, for watching: a folder that cannot be read lists nothing.
  func documentFiles() -> [DocumentRef] {
    var loading = Loading()
    return documentFiles(reportingTo: &loading)
  }

  /// The names without `.json` of the visible JSON files in a subfolder.
  private func documentStems(in folder: String) throws(Disk.Failure) -> [String] {
    let names = try Disk.list(root + "/" + folder)
    return (names ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
  }

  /// Finishes or undoes a save of several files that a crash interrupted (``Replacement``), under
  /// the lock so that no other Pillars saves meanwhile; nil when there was none.
  func recoverInterruptedSave() throws -> Replacement.Recovery? {
    guard Disk.exists(Replacement.journalPath(in: root)) else { return nil }
    do {
      return try withLock { try Replacement.recover(in: root, kinds: kinds) }
    } catch let error as StoreError {
      // A busy workspace is being saved by a live process, which will finish its own change.
      if case .locked = error { return nil }
      throw error
    }
  }

  /// Removes temporary files left by a save that was interrupted, when the process that wrote them is gone.
  func removeStaleTemporaryFiles() {
    let folders = kinds.folderKinds.compactMap(\.folder).map { root + "/" + $0 }
    for folder in [root] + folders + [root + "/.pillars", root + "/.pillars/schema"] {
      Disk.removeStaleScratchFiles(in: folder)
    }
  }


  // MARK: - One document

  /// What loading gathers before it becomes the store's state and the loaded workspace.
  struct Loading {
    var problems: [LocatedFinding] = []
    var disk: [DocumentRef: DiskState] = [:]
    var protections: [DocumentRef: Protection] = [:]
    /// What the user should hear about the load that is not about a document, such as an
    /// interrupted save finished.
    var notices: [String] = []
    /// The files read ahead, taken out as they are used.
    var read: [DocumentRef: ReadDocument] = [:]

    mutating func report(
      _ rule: Rule, in document: DocumentRef, at path: JSONPath = .root, location: SourceLocation?, _ message: String
    ) {
      problems.append(LocatedFinding(Finding(.error, rule, in: document, at: path, message), at: location))
    }
  }

  enum Outcome<Value> {
    case absent
    case failed
    /// The value, and where the top-level members of its file start, for placing what the caller
    /// finds wrong with it.
    case loaded(Value, [String: SourceLocation])
  }

  /// Takes in one document, read ahead or read now. Only its fingerprint stays in the store.
  func read<T: Codable>(_ type: T.Type, _ document: DocumentRef, into loading: inout Loading) -> Outcome<T> {
    let read = loading.read.removeValue(forKey: document) ?? readDocument(document)
    guard let state = read.state else { return .absent }
    loading.disk[document] = state
    if let reason = read.unreadable {
      loading.report(.invalidDocument, in: document, location: nil, "cannot read the file: \(reason)")
      loading.protections[document] = Protection(reason: .unavailable)
      return .failed
    }
    loading.problems += read.problems
    guard let value = read.value as? T else {
      loading.protections[document] = Protection(reason: .unavailable)
      return .failed
    }
    if read.isNewerSchema {
      loading.protections[document] = Protection(reason: .newerSchema)
    }
    return .loaded(value, read.topLevel)
  }
}
