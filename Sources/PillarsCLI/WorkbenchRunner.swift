import Foundation
import PillarsCore
import PillarsExport
import PillarsMerge
import PillarsStore
import PillarsWorkbench
import ScreenKit

/// The run loop: the only place that reads input, runs effects and draws.
///
/// It feeds every event to `Workbench.update`, carries out the effects it returns (saving,
/// reloading, $EDITOR) and draws `Workbench.view` of the new state. It also watches the
/// files and the clock: a document changed by another program, and a new day, are reported
/// to the update function.
final class WorkbenchRunner {
  let terminal: any Terminal
  let store: WorkspaceStore
  private(set) var state: WorkbenchState
  let environment: [String: String]
  /// Today's date, read on every check of the files; nil when it cannot be told. Tests set their own clock.
  var today: () -> CalendarDate? = { try? Today.date() }
  private var quitting = false
  private var lastDiskCheck = Date.distantPast
  /// How often the files are checked for changes made by other programs.
  var diskCheckInterval: TimeInterval = 1
  /// A save that found the workspace held by another Pillars process, tried again on every turn
  /// of the loop, so the screens never freeze waiting for the lock.
  private var waitingSave: (workspace: Workspace, documents: Set<DocumentRef>, overwriting: Bool)?
  /// What git says changed since the last review, computed on another thread (a large workspace
  /// takes most of a second) and handed to the loop when it is ready.
  private let changesSinceReview = Mailbox<WorkbenchAction>()

  init(terminal: any Terminal, store: WorkspaceStore, state: WorkbenchState, environment: [String: String]) {
    self.terminal = terminal
    self.store = store
    self.state = state
    self.environment = environment
    store.lockTimeout = 0
  }

  /// Runs until the user quits or the terminal asks the program to end. `opening` goes to
  /// `update` before the first frame: what the user asked for on the command line.
  func run(opening: [WorkbenchAction] = []) {
    let size = terminal.size
    dispatch(.terminalResized(width: size.width, height: size.height))
    readMergeConflicts()
    for action in opening { dispatch(action) }
    draw()
    if state.checksPending {
      dispatch(.checksRequested)
      draw()
    }
    while !quitting {
      if let event = terminal.nextEvent(timeoutMilliseconds: 200) {
        handle(event)
      }
      if let waiting = waitingSave {
        waitingSave = nil
        save(waiting.workspace, waiting.documents, overwriting: waiting.overwriting)
      }
      if let changes = changesSinceReview.take() { dispatch(changes) }
      if !quitting && Date().timeIntervalSince(lastDiskCheck) >= diskCheckInterval {
        lastDiskCheck = Date()
        let changed = store.documentsChangedOnDisk()
        if !changed.isEmpty { dispatch(.documentsChangedOnDisk(changed)) }
        readMergeConflicts()
        if let day = today(), day != state.today { dispatch(.dayChanged(day)) }
      }
      if !quitting { draw() }
    }
    if let waiting = waitingSave {
      // Leaving with an edit still waiting: worth waiting for the lock a little, without the screens.
      store.lockTimeout = 10
      save(waiting.workspace, waiting.documents, overwriting: waiting.overwriting)
    }
  }

  func handle(_ event: InputEvent) {
    switch event {
    case .key(let key): dispatch(.keyPressed(key))
    case .paste(let text): dispatch(.textPasted(text))
    case .resize(let width, let height): dispatch(.terminalResized(width: width, height: height))
    case .mouse(let mouse):
      switch mouse.kind {
      case .click: dispatch(.mouseClicked(x: mouse.x, y: mouse.y))
      case .wheelUp: dispatch(.mouseWheelScrolled(up: true))
      case .wheelDown: dispatch(.mouseWheelScrolled(up: false))
      }
    case .terminationRequested:
      // SIGTERM, SIGHUP or SIGINT: edits are saved as they are committed, so stopping now loses
      // nothing but an edit still open in a field.
      quitting = true
    }
  }

  func dispatch(_ action: WorkbenchAction) {
    let effects = Workbench.update(&state, action)
    for effect in effects { perform(effect) }
  }

  private func draw() {
    terminal.draw(Workbench.view(state))
  }

  private func perform(_ effect: WorkbenchEffect) {
    switch effect {
    case .quit:
      quitting = true
    case .save(let workspace, let documents):
      save(workspace, documents, overwriting: false)
    case .overwrite(let workspace, let documents):
      save(workspace, documents, overwriting: true)
    case .reload(let documents):
      reload(documents)
    case .mergeWithDisk(let documents, let workspace):
      var merges: [LiveMerge] = []
      var unmergeable: Set<DocumentRef> = []
      for document in documents.sorted() {
        if let merge = store.mergeWithDisk(document, ours: workspace) { merges.append(merge) } else { unmergeable.insert(document) }
      }
      dispatch(.documentsMerged(merges, unmergeable: unmergeable))
    case .settleMerge(let merge, let choices, let workspace):
      if let settled = store.settle(merge, choosing: choices, ours: workspace) {
        dispatch(.documentsMerged([settled], unmergeable: []))
      } else {
        dispatch(.documentsMerged([], unmergeable: [merge.document]))
      }
    case .readChangesSinceReview:
      readChangesSinceReview()
    case .resolveMergeConflict(let conflict, let choice):
      resolve(conflict, choosing: choice)
    case .exportMarkdown(let workspace):
      guard !state.readonly else { return }
      let folder = store.folder.appendingPathComponent("export", isDirectory: true)
      do {
        let pages = MarkdownExport.pages(for: workspace, today: state.today)
        let written = try ExportWriter.write(pages, to: folder)
        dispatch(.exportFinished("exported \(written.count) pages to \(folder.path)", failed: false))
      } catch {
        dispatch(.exportFinished("export failed: \(error)", failed: true))
      }
    case .openExternalEditor(let text):
      let result = ExternalEditor.edit(text, environment: environment, terminal: terminal)
      dispatch(.externalEditorFinished(text: result.text, error: result.error))
    }
  }

  private func save(_ workspace: Workspace, _ documents: Set<DocumentRef>, overwriting: Bool) {
    guard !state.readonly else { return }
    // A save still waiting for the lock goes with this one, from the newer workspace.
    let documents = documents.union(waitingSave?.documents ?? [])
    let overwriting = overwriting || waitingSave?.overwriting == true
    waitingSave = nil
    do {
      try store.withLock {
        if overwriting { store.acceptDiskVersions(of: documents) }
        try store.save(workspace, only: documents)
      }
      dispatch(.saveSucceeded(documents))
    } catch let StoreError.locked(holder, _) {
      waitingSave = (workspace, documents, overwriting)
      dispatch(.saveWaiting(documents, holder: holder.map(\.description) ?? "another Pillars process"))
    } catch let StoreError.changedOnDisk(document) {
      dispatch(.saveConflicted(documents.filter { store.documentsChangedOnDisk().contains($0) }.union([document])))
    } catch {
      dispatch(.saveFailed(documents, reason: "\(error)"))
    }
  }

  /// Asks git, on another thread, what changed since the last review was committed; outside
  /// git, or before any review was committed, the review simply has no such section.
  private func readChangesSinceReview() {
    let folder = store.folder.path
    let mailbox = changesSinceReview
    Thread.detachNewThread {
      guard Git.workTree(containing: folder) != nil else { return }
      let reader = RevisionReader(folder: folder)
      guard let commit = reader.lastReviewCommit(), let changes = try? reader.changes(from: commit, to: nil) else { return }
      mailbox.put(.changesSinceReviewRead(StrategyDiff.lines(changes), since: String(commit.prefix(7))))
    }
  }

  /// Tells the screens when the merge conflicts kept in the workspace changed (a `git merge`, `pillars resolve`).
  private func readMergeConflicts() {
    let records = store.conflicts()
    if records != state.mergeConflicts { dispatch(.mergeConflictsRead(records)) }
  }

  /// Settles one merge conflict in its file, then reads the document again so the screens show it.
  private func resolve(_ conflict: MergeConflict, choosing choice: ConflictChoice) {
    guard !state.readonly else { return }
    var failure: String?
    do {
      try store.resolveConflicts(of: conflict.document, choosing: choice, only: [conflict])
    } catch let error as StoreError {
      failure = error.description
    } catch {
      failure = "\(error)"
    }
    let file = store.folder.appendingPathComponent(conflict.document.path).path
    let here = FileManager.default.currentDirectoryPath
    let shown = file.hasPrefix(here + "/") ? String(file.dropFirst(here.count + 1)) : file
    // Read again first, so what to do next (`git add`) is the message left on the status line,
    // not "reloaded (changed on disk)".
    if failure == nil { reload([conflict.document]) }
    dispatch(.mergeConflictResolved(conflict, remaining: store.conflicts(), file: shown, error: failure))
  }

  private func reload(_ documents: Set<DocumentRef>) {
    do {
      let loaded = try store.reload(documents)
      let problems = loaded.problems.map(\.finding).filter { documents.contains($0.document) }
      var unreadable: [DocumentRef: String] = [:]
      for document in loaded.unavailable where documents.contains(document) {
        unreadable[document] = problems.first { $0.document == document }?.message ?? "could not be read"
      }
      dispatch(.documentsReloaded(documents, from: loaded.workspace, problems: problems, unreadable: unreadable))
    } catch {
      dispatch(.saveFailed([], reason: "could not reload: \(error)"))
    }
  }
}
