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
    // Every file is read and decoded first, in parallel; then they are put together in order.
    let fixed: [DocumentRef] = [.manifest, .pillars, .promise, .segments, .scorecard]
    let wellNamed = files.filter { $0.document.storedPath != nil }.map(\.document)
    loading.read = Dictionary(
      zip(fixed + wellNamed, readDocuments(fixed + wellNamed)), uniquingKeysWith: { first, _ in first })
    let folderName = Disk.fileName(of: root)
    let manifest = loadFixed(.manifest, fallback: WorkspaceManifest(name: folderName), into: &loading)
    let pillars = loadFixed(.pillars, fallback: PillarsDocument(), into: &loading)
    let promise = loadFixed(.promise, fallback: PromiseDocument(), into: &loading)
    let segments = loadFixed(.segments, fallback: SegmentsDocument(), into: &loading)
    var scorecard = loadFixed(.scorecard, fallback: ScorecardDocument(), into: &loading)
    let inlineHistories = Set(scorecard.metrics.filter { !$0.observations.isEmpty }.map(\.id))
    // A metric whose id cannot name a file has no history file to read or write: read-only.
    for metric in scorecard.metrics where DocumentRef.history(metric.id).storedPath == nil {
      loading.protections[.history(metric.id)] = Protection(reason: .unavailable)
    }
    var journeys: [Journey] = []
    var reviews: [Review] = []
    for file in files {
      switch file.document {
      case .history(let id):
        loadHistory(file, id: id, into: &scorecard, &loading)
      case .journey(let id):
        if let journey = loadJourney(file, id: id, into: &loading) { journeys.append(journey) }
      case .review(let week):
        if let review = loadReview(file, week: week, into: &loading) { reviews.append(review) }
      default:
        break
      }
    }
    disk = loading.disk
    protections = loading.protections
    // Values still inside a schema 1 scorecard move out on its next save, unless their file is
    // there and usable: an unreadable one must not make them look moved already.
    historiesToMove = inlineHistories.filter {
      loading.disk[.history($0)] == nil || loading.protections[.history($0)] != nil
    }
    let workspace = Workspace(
      manifest: manifest, pillars: pillars, promise: promise, segments: segments, scorecard: scorecard,
      journeys: journeys, reviews: reviews)
    return LoadedWorkspace(
      workspace: workspace, problems: loading.problems,
      unavailable: Set(loading.protections.filter { $0.value.reason == .unavailable }.keys),
      readOnly: Set(loading.protections.filter { $0.value.reason == .newerSchema }.keys), root: root,
      files: loading.disk, notices: loading.notices)
  }

  /// A journey or review file found in its folder.
  struct DocumentFile {
    var document: DocumentRef
    /// The file name without `.json`.
    var stem: String
  }

  /// The history, journey and review files in the folder. History and journey files are listed
  /// whatever their name, so a badly named one is reported; review files only when named after an ISO week.
  /// A folder that cannot be read (a file, a FIFO or a link loop in its place) is reported, and
  /// only its documents are missing.
  func documentFiles(reportingTo loading: inout Loading) -> [DocumentFile] {
    var files: [DocumentFile] = []
    let folders: [(name: String, what: String, owner: DocumentRef)] = [
      ("history", "no metric's weekly values are loaded", .scorecard),
      ("journeys", "no journey is loaded", .manifest),
      ("reviews", "no weekly review is loaded", .manifest),
    ]
    for folder in folders {
      let stems: [String]
      do {
        stems = try documentStems(in: folder.name)
      } catch {
        let finding = Finding(.error, .invalidDocument, in: folder.owner, "cannot read the folder: \(error.reason); \(folder.what)")
        loading.problems.append(LocatedFinding(finding, at: nil, file: folder.name + "/"))
        continue
      }
      for stem in stems {
        switch folder.name {
        case "history": files.append(DocumentFile(document: .history(MetricID(stem)), stem: stem))
        case "journeys": files.append(DocumentFile(document: .journey(JourneyID(stem)), stem: stem))
        default:
          guard let week = ISOWeek(stem), week.description == stem else { continue }
          files.append(DocumentFile(document: .review(week), stem: stem))
        }
      }
    }
    return files
  }

  /// The same, for watching: a folder that cannot be read lists nothing.
  func documentFiles() -> [DocumentFile] {
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
      return try withLock { try Replacement.recover(in: root) }
    } catch let error as StoreError {
      // A busy workspace is being saved by a live process, which will finish its own change.
      if case .locked = error { return nil }
      throw error
    }
  }

  /// Removes temporary files left by a save that was interrupted, when the process that wrote them is gone.
  func removeStaleTemporaryFiles() {
    for folder in [root, root + "/history", root + "/journeys", root + "/reviews", root + "/.pillars", root + "/.pillars/schema"] {
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
      loading.protections[document] = Protection(
        reason: .newerSchema, placeholder: try? DocumentCodec.encode(value, kind: document.kind))
    }
    return .loaded(value, read.topLevel)
  }

  private func loadFixed<T: Codable>(_ document: DocumentRef, fallback: T, into loading: inout Loading) -> T {
    switch read(T.self, document, into: &loading) {
    case .absent: return fallback
    case .loaded(let value, _): return value
    case .failed:
      loading.protections[document]?.placeholder = try? DocumentCodec.encode(fallback, kind: document.kind)
      return fallback
    }
  }

  private func loadJourney(_ file: DocumentFile, id: JourneyID, into loading: inout Loading) -> Journey? {
    guard Slug.isValid(file.stem) else {
      loading.disk[file.document] = currentState(of: file.document)
      loading.protections[file.document] = Protection(reason: .unavailable)
      loading.report(
        .journeyFileName, in: file.document, location: nil,
        "\"\(file.stem)\" is not a valid journey id, so the file is not loaded; ids use lowercase letters, digits and dashes: rename the file, and the \"id\" inside it, to \"\(Slug.make(from: file.stem))\"")
      return nil
    }
    guard case .loaded(let journey, let topLevel) = read(Journey.self, file.document, into: &loading) else { return nil }
    guard journey.id == id else {
      let advice =
        journey.id.isWellFormed
        ? "rename the file to \(journey.id).json or set the id to \"\(id)\"" : "set the id to \"\(id)\""
      loading.report(
        .journeyFileName, in: file.document, at: JSONPath.root / "id",
        location: topLevel["id"],
        "the journey's id is \"\(journey.id)\" but its file is named \(file.stem).json; \(advice)")
      loading.protections[file.document] = Protection(reason: .unavailable)
      return nil
    }
    return journey
  }

  private func loadReview(_ file: DocumentFile, week: ISOWeek, into loading: inout Loading) -> Review? {
    guard case .loaded(let review, let topLevel) = read(Review.self, file.document, into: &loading) else { return nil }
    guard review.week == week else {
      loading.report(
        .invalidDocument, in: file.document, at: JSONPath.root / "week",
        location: topLevel["week"],
        "the review's week is \(review.week) but its file is named \(file.stem).json; rename the file to \(review.week).json or set the week to \"\(week)\""
      )
      loading.protections[file.document] = Protection(reason: .unavailable)
      return nil
    }
    return review
  }
}
