import PillarsCore
import PillarsJSON
import PillarsMerge

/// The conflicts a merge could not decide, kept in `.pillars/conflicts/<document path>` until
/// someone chooses: what `pillars check` reports, `pillars resolve` settles and the screens list.
extension WorkspaceStore {
  /// Every document's unresolved conflicts, in file order. A record that cannot be read is skipped.
  public func conflicts() -> [ConflictRecord] {
    var records: [ConflictRecord] = []
    for document in conflictDocuments() {
      guard let bytes = try? Disk.read(root + "/" + ConflictRecord.path(of: document)),
        let record = ConflictRecord(bytes: bytes, kinds: kinds), record.document == document, !record.conflicts.isEmpty
      else { continue }
      records.append(record)
    }
    return records.sorted { $0.document < $1.document }
  }

  /// Keeps a document's conflicts, replacing any kept before; no conflicts removes the record.
  public func recordConflicts(_ record: ConflictRecord) throws(StoreError) {
    let path = root + "/" + ConflictRecord.path(of: record.document)
    do {
      if record.conflicts.isEmpty {
        if Disk.exists(path) { try Disk.remove(path) }
        return
      }
      let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
      try Disk.makeDirectory(folder)
      try Disk.writeAtomically(record.bytes(), to: path, followingLinks: false)
    } catch {
      throw StoreError.cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Settles conflicts of a document in its file as it is now: each with `choice`, or, when
  /// `choice` is nil, as the file now stands (edited by hand, or ours as the merge left it).
  /// Holds the lock; writes the document canonically when a choice changed it, then drops the record.
  /// `only` settles just those of the document's conflicts (one chosen in the screens) and keeps
  /// the others in the record. Returns how many conflicts were settled.
  @discardableResult
  public func resolveConflicts(of document: DocumentRef, choosing choice: ConflictChoice?, only: [MergeConflict]? = nil) throws -> Int {
    try withLock {
      guard let found = conflicts().first(where: { $0.document == document }) else { return 0 }
      var record = found
      if let only { record.conflicts = found.conflicts.filter(only.contains) }
      guard !record.conflicts.isEmpty else { return 0 }
      if let choice {
        let path = try path(of: document)
        var bytes: [UInt8]
        if let unreadable = record.conflicts.first(where: { $0.kind == .unreadable }) {
          let chosen: JSONValue? = choice == .ours ? unreadable.ours : choice == .theirs ? unreadable.theirs : nil
          bytes = Array((chosen.flatMap { if case .string(let text) = $0.content { text } else { nil } } ?? "").utf8)
          if case .value(let value) = choice { bytes = try Self.canonical(value, document) }
        } else {
          guard let read = try Self.readFile(path), var tree = try? JSONParser.parse(read) else {
            throw StoreError.cannotRead(path: path, reason: "it is not valid JSON; fix it by hand, then run `pillars resolve \(document.path)`")
          }
          for conflict in record.conflicts {
            tree = ConflictResolution.resolve(conflict, choosing: choice, in: tree) ?? tree
          }
          bytes = try Self.canonical(tree, document)
        }
        try Self.writeFile(bytes, to: path)
      }
      let left = found.conflicts.filter { !record.conflicts.contains($0) }
      try recordConflicts(ConflictRecord(document: document, conflicts: left))
      return record.conflicts.count
    }
  }

  private static func readFile(_ path: String) throws(StoreError) -> [UInt8]? {
    do { return try Disk.read(path) } catch { throw StoreError.cannotRead(path: error.path, reason: error.reason) }
  }

  private static func writeFile(_ bytes: [UInt8], to path: String) throws(StoreError) {
    do { try Disk.writeAtomically(bytes, to: path) } catch { throw StoreError.cannotWrite(path: error.path, reason: error.reason) }
  }

  private static func canonical(_ tree: JSONValue, _ document: DocumentRef) throws(StoreError) -> [UInt8] {
    do { return try CanonicalJSONWriter.write(tree) } catch {
      throw StoreError.cannotEncode(document, reason: error.description)
    }
  }

  /// The documents that have a record, from the files under `.pillars/conflicts/`.
  private func conflictDocuments() -> [DocumentRef] {
    let folder = root + "/.pillars/conflicts"
    var documents: [DocumentRef] = []
    for name in (try? Disk.list(folder)) ?? [] ?? [] {
      if let document = DocumentRef(path: name, kinds: kinds) { documents.append(document) }
      for inner in (try? Disk.list(folder + "/" + name)) ?? [] ?? [] {
        if let document = DocumentRef(path: name + "/" + inner, kinds: kinds) { documents.append(document) }
      }
    }
    return documents
  }
}
