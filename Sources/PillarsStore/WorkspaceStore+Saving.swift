import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// Writes each given document whose canonical bytes differ from its file (all documents when
  /// `only` is nil), and removes the files of items (journeys, reviews, histories) whose document
  /// is gone from the workspace.
  /// Returns the documents written or removed.
  ///
  /// Nothing is written unless every document can be: the store refuses with
  /// ``StoreError/changedOnDisk(_:)`` when a file changed on disk since this store last loaded
  /// or saved it, and never writes a document that failed to load or was written by a newer Pillars.
  @discardableResult
  public func save(_ workspace: Workspace, only: Set<DocumentRef>? = nil) throws -> [DocumentRef] {
    try withLock { try saveHoldingLock(workspace, only: only) }
  }

  private func saveHoldingLock(_ workspace: Workspace, only: Set<DocumentRef>?) throws -> [DocumentRef] {
    let only = try only.map { try movingHistories(with: $0) }
    if only == nil { try checkHistoriesCanMove() }
    let wanted = { (document: DocumentRef) in only?.contains(document) ?? true }
    let documents = workspace.documentRefs
    var writes: [Write] = []
    var seen: Set<DocumentRef> = []
    var chosen: [DocumentRef] = []
    for document in documents {
      guard seen.insert(document).inserted else {
        if wanted(document) { throw StoreError.duplicateDocument(document) }
        continue
      }
      guard wanted(document) else { continue }
      guard document.storedPath != nil else { throw StoreError.invalidFileName(document) }
      chosen.append(document)
    }
    for (document, encoded) in zip(chosen, encodeAll(chosen, of: workspace)) {
      let encoded = try encoded.get()
      if let protection = protections[document] {
        if protection.placeholder == encoded.bytes { continue }
        throw protection.error(document)
      }
      if disk[document] == encoded.state { continue }
      let current = encoded.current ?? currentState(of: document)
      guard current == disk[document] else {
        if current == encoded.state {
          disk[document] = current
          continue
        }
        throw StoreError.changedOnDisk(document)
      }
      writes.append(Write(document: document, bytes: encoded.bytes, state: encoded.state))
    }
    var removals: [DocumentRef] = []
    for document in disk.keys.sorted() where !seen.contains(document) && wanted(document) {
      // Only the items of a folder come and go, of a kind the workspace holds (one made without
      // the kind says nothing about its files); a protected file is never touched.
      guard document.kind.folder != nil, workspace.registry.kinds.contains(document.kind), protections[document] == nil,
        document.storedPath != nil
      else { continue }
      let current = currentState(of: document)
      if current == nil {
        disk[document] = nil
        continue
      }
      guard current == disk[document] else { throw StoreError.changedOnDisk(document) }
      removals.append(document)
    }
    // workspace.json goes last, so a folder is only a workspace once its documents are there.
    writes.sort { ($0.document == .manifest ? 1 : 0, $0.document) < ($1.document == .manifest ? 1 : 0, $1.document) }
    try replace(writes, removing: removals)
    for write in writes { disk[write.document] = write.state }
    for document in removals { disk[document] = nil }
    if keepsLastVersions { lastVersions = lastVersions?.replacing(Set(chosen + removals), from: workspace) }
    historiesToMove.subtract(writes.compactMap { HistoryKind.metric(of: $0.document) })
    return (writes.map(\.document) + removals).sorted()
  }

  /// Writes every new file first, then replaces them all or none (``Replacement``), each checked
  /// against what this store last read or wrote just before it is replaced.
  private func replace(_ writes: [Write], removing removals: [DocumentRef]) throws {
    var replacement = Replacement(root: root)
    // Every document here has a stored path: the caller refused the others.
    let paths = writes.map { root + "/" + ($0.document.storedPath ?? "") }
    do throws(Disk.Failure) {
      for folder in Set(paths.map(Disk.parentDirectory(of:))).sorted() { try Disk.makeDirectory(folder) }
      try replacement.prepare(zip(writes, paths).map { ($0.document, $1, $0.bytes) })
      for document in removals { try replacement.remove(document, path: root + "/" + (document.storedPath ?? "")) }
    } catch {
      replacement.abandon()
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
    try replacement.commit { document in currentState(of: document) == disk[document] }
  }

  /// `documents`, and when they touch the scorecard while values from a schema 1 `scorecard.json`
  /// still wait for their history files, the scorecard and those files too: the scorecard is
  /// written without values, so they must land in their own files in the same save.
  ///
  /// When some of those values cannot move (their file is unreadable, or the metric's id cannot
  /// name a file), the scorecard is left as it is: a save of history files alone goes ahead,
  /// and a save that needs the scorecard is refused, so no value is ever dropped.
  private func movingHistories(with documents: Set<DocumentRef>) throws -> Set<DocumentRef> {
    let touchesScorecard = documents.contains { $0.kind == .scorecard || $0.kind == .history }
    guard touchesScorecard, !historiesToMove.isEmpty else { return documents }
    if !documents.contains(.scorecard), historiesToMove.contains(where: { unmovableReason($0) != nil }) {
      return documents
    }
    try checkHistoriesCanMove()
    return documents.union([.scorecard]).union(historiesToMove.map { .history($0) })
  }

  private func checkHistoriesCanMove() throws {
    for metric in historiesToMove.sorted() {
      if let reason = unmovableReason(metric) { throw StoreError.valuesCannotMove(metric, reason: reason) }
    }
  }

  /// Why a metric's values kept in a schema 1 scorecard cannot be written to their own file now.
  private func unmovableReason(_ metric: MetricID) -> String? {
    let history = DocumentRef.history(metric)
    guard history.storedPath != nil else {
      return "the id is not a valid file name (ids use lowercase letters, digits and single dashes)"
    }
    if protections[history] != nil {
      return "\(history.path) is there but could not be loaded; fix or remove it (see `pillars check`)"
    }
    return nil
  }

  /// A document to write, and what its file will be.
  private struct Write {
    var document: DocumentRef
    var bytes: [UInt8]
    var state: DiskState
  }

  /// A document's canonical bytes and their fingerprint, and the fingerprint of its file now when
  /// the bytes differ from what this store last read or wrote.
  private struct Encoded {
    var bytes: [UInt8]
    var state: DiskState
    /// Nil when the file was not read (its document is unchanged); `.some(nil)` when there is none.
    var current: DiskState??
  }

  /// The canonical bytes of many documents, encoded on all cores (an import of many metrics
  /// rewrites hundreds of histories), in the order given, with the fingerprints the save compares.
  private func encodeAll(_ documents: [DocumentRef], of workspace: Workspace) -> [Result<Encoded, any Error>] {
    let known = disk
    return concurrentMap(documents.count, filling: .success(Encoded(bytes: [], state: DiskState([])))) { index in
      Result {
        let bytes = try Self.encode(documents[index], of: workspace)
        let state = DiskState(bytes)
        let current: DiskState?? = known[documents[index]] == state ? nil : .some(currentState(of: documents[index]))
        return Encoded(bytes: bytes, state: state, current: current)
      }
    }
  }

  private static func encode(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8] {
    do {
      guard let bytes = try document.kind.definition.encode(document, of: workspace) else {
        throw StoreError.cannotEncode(document, reason: "it is not in the workspace")
      }
      return bytes
    } catch let error as JSONDiagnostic {
      throw StoreError.cannotEncode(document, reason: error.description)
    }
  }
}
