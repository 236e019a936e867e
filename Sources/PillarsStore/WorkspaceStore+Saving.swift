import PillarsCore
import PillarsJSON

extension WorkspaceStore {
  /// Writes each given document whose canonical bytes differ from its file (all documents when
  /// `only` is nil), and removes journey and review files whose document is gone from the workspace.
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
    let only = only.map { movingHistories(with: $0) }
    let wanted = { (document: DocumentRef) in only?.contains(document) ?? true }
    let documents = workspace.documentRefs
    var writes: [(document: DocumentRef, bytes: [UInt8])] = []
    var seen: Set<DocumentRef> = []
    for document in documents {
      guard seen.insert(document).inserted else {
        if wanted(document) { throw StoreError.duplicateDocument(document) }
        continue
      }
      guard wanted(document) else { continue }
      let bytes = try encode(document, of: workspace)
      if let protection = protections[document] {
        if protection.placeholder == bytes { continue }
        throw protection.error(document)
      }
      if disk[document] == DiskState(bytes) { continue }
      let current = currentState(of: document)
      guard current == disk[document] else {
        if current == DiskState(bytes) {
          disk[document] = current
          continue
        }
        throw StoreError.changedOnDisk(document)
      }
      if case .journey(let id) = document, !id.isWellFormed { throw StoreError.invalidFileName(document) }
      writes.append((document, bytes))
    }
    var removals: [DocumentRef] = []
    for document in disk.keys.sorted() where !seen.contains(document) && wanted(document) {
      // Only journeys and reviews come and go; a protected file is never touched.
      guard [.history, .journey, .review].contains(document.kind), protections[document] == nil else { continue }
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
    for write in writes {
      let path = path(of: write.document)
      do {
        try Disk.makeDirectory(Disk.parentDirectory(of: path))
        try Disk.writeAtomically(write.bytes, to: path)
      } catch {
        throw StoreError.cannotWrite(path: error.path, reason: error.reason)
      }
      disk[write.document] = DiskState(write.bytes)
    }
    for document in removals {
      do {
        try Disk.remove(path(of: document))
      } catch {
        throw StoreError.cannotWrite(path: error.path, reason: error.reason)
      }
      disk[document] = nil
    }
    historiesToMove.subtract(writes.compactMap { if case .history(let id) = $0.document { id } else { nil } })
    return (writes.map(\.document) + removals).sorted()
  }

  /// `documents`, and when they touch the scorecard while values from a schema 1 `scorecard.json`
  /// still wait for their history files, the scorecard and those files too: the scorecard is
  /// written without values, so they must land in their own files in the same save.
  private func movingHistories(with documents: Set<DocumentRef>) -> Set<DocumentRef> {
    let touchesScorecard = documents.contains { $0.kind == .scorecard || $0.kind == .history }
    guard touchesScorecard, !historiesToMove.isEmpty else { return documents }
    return documents.union([.scorecard]).union(historiesToMove.map { .history($0) })
  }

  /// The canonical bytes of one document of the workspace.
  private func encode(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8] {
    let absent = "it is not in the workspace"
    do {
      switch document {
      case .manifest: return try DocumentCodec.encode(workspace.manifest, kind: .manifest)
      case .pillars: return try DocumentCodec.encode(workspace.pillars, kind: .pillars)
      case .promise: return try DocumentCodec.encode(workspace.promise, kind: .promise)
      case .segments: return try DocumentCodec.encode(workspace.segments, kind: .segments)
      case .scorecard:
        // Written in the layout of this build (values in history files), so it says so.
        var scorecard = workspace.scorecard
        scorecard.schemaVersion = max(scorecard.schemaVersion, SchemaVersion.current)
        return try DocumentCodec.encode(scorecard, kind: .scorecard)
      case .history(let id):
        guard let history = workspace.history(of: id) else { throw StoreError.cannotEncode(document, reason: absent) }
        return try DocumentCodec.encode(history, kind: .history)
      case .journey(let id):
        guard let journey = workspace.journey(id) else { throw StoreError.cannotEncode(document, reason: absent) }
        return try DocumentCodec.encode(journey, kind: .journey)
      case .review(let week):
        guard let review = workspace.review(week) else { throw StoreError.cannotEncode(document, reason: absent) }
        return try DocumentCodec.encode(review, kind: .review)
      }
    } catch let error as JSONDiagnostic {
      throw StoreError.cannotEncode(document, reason: error.description)
    }
  }
}
