import PillarsCore
import ScreenKit

/// The workbench's pure core: `update` turns an action into a new state and the effects to
/// run; `view` draws a state into a buffer. Neither touches the terminal or the disk.
public enum Workbench {
  public static func update(_ state: inout WorkbenchState, _ action: WorkbenchAction) -> [WorkbenchEffect] {
    let effects = respond(to: action, &state)
    // A change on disk that waited for a field to close is merged as soon as it is.
    return effects + askWaitingQuestion(&state)
  }

  private static func respond(to action: WorkbenchAction, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    switch action {
    case .keyPressed(let key):
      if state.isTooSmall { return key == .character("q") || key == .ctrl("c") ? quit(&state) : [] }
      if state.overlay != nil { return handleOverlayKey(&state, key) }
      if state.review != nil, let effects = handleReviewKey(key, &state) { return effects }
      if state.checkpoint != nil, let effects = handleCheckpointKey(key, &state) { return effects }
      guard let command = KeyMap.command(for: key) else {
        state.message = .info("\(KeyMap.name(of: key)) does nothing here; press ? for the keys")
        return []
      }
      return run(command, &state)
    case .textPasted(let text):
      return paste(text, &state)
    case .mouseClicked(let x, let y):
      return click(x: x, y: y, &state)
    case .mouseWheelScrolled(let up):
      var effects: [WorkbenchEffect] = []
      for _ in 0..<3 { effects += run(up ? .moveUp : .moveDown, &state) }
      return effects
    case .terminalResized(let width, let height):
      state.width = max(1, width)
      state.height = max(1, height)
      return []
    case .checksRequested:
      if state.checksPending { state.refreshFindings() }
      return []
    case .reviewRequested(let week):
      openReview(week: week, &state)
      return [.readChangesSinceReview]
    case .checkpointRequested(let month):
      openCheckpoint(month: month, &state)
      return []
    case .changesSinceReviewRead(let lines, let since):
      state.changesSinceReview = ChangesSinceReview(lines: lines, since: since)
      return []
    case .dayChanged(let day):
      return dayChanged(to: day, &state)
    case .mergeConflictsRead(let records):
      mergeConflictsRead(records, &state)
      return []
    case .mergeConflictResolved(let conflict, let remaining, let file, let error):
      return mergeConflictResolved(conflict, remaining: remaining, file: file, error: error, &state)
    case .commandChosen(let command):
      return run(command, &state)
    case .saveSucceeded(let documents):
      return saveSucceeded(documents, &state)
    case .saveFailed(let documents, let reason):
      return saveFailed(documents, reason: reason, &state)
    case .saveWaiting(let documents, let holder):
      return saveWaiting(documents, holder: holder, &state)
    case .saveConflicted(let documents):
      return askAboutConflict(documents, &state)
    case .documentsMerged(let merges, let unmergeable):
      return merged(merges, unmergeable: unmergeable, &state)
    case .documentsChangedOnDisk(let documents):
      return changedOnDisk(documents, &state)
    case .documentsReloaded(let documents, let workspace, let problems, let unreadable):
      return reloaded(documents, from: workspace, problems: problems, unreadable: unreadable, &state)
    case .externalEditorFinished(let text, let error):
      return externalEditorFinished(text: text, error: error, &state)
    case .exportFinished(let summary, let failed):
      state.message = failed ? .error(summary) : .info(summary)
      return []
    }
  }

  /// Runs a command from a key, the palette or a click.
  static func run(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if command.writes, let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    state.message = nil
    switch command {
    case .showPane(let pane): show(pane, &state)
    case .nextPane: show(state.pane.next, &state)
    case .previousPane: show(state.pane.previous, &state)
    case .edit: return beginEdit(&state)
    case .editInExternalEditor: return beginExternalEdit(&state)
    case .undo: return undo(&state)
    case .redo: return redo(&state)
    case .help: state.overlay = .help(scroll: 0)
    case .palette: state.overlay = .palette(PaletteState())
    case .search: state.overlay = .search(SearchState())
    case .showFindings: state.overlay = .findings(scroll: 0)
    case .save:
      guard !state.unsaved.isEmpty else {
        state.message = .info("everything is saved")
        return []
      }
      return [.save(state.workspace, state.unsaved)]
    case .exportMarkdown:
      state.message = .info("exporting…")
      return [.exportMarkdown(state.workspace)]
    case .reload: return [.reload(Set(state.workspace.documentRefs).subtracting(state.unsaved))]
    case .quit: return quit(&state)
    case .openReview:
      state.checkpoint = nil
      return openReview(&state)
    case .openCheckpoint: return openCheckpoint(&state)
    case .customerFocus:
      let chosen = state.workspace.manifest.customerFocus ?? CustomerFocusEvidence(state.workspace).suggested
      state.overlay = .customerFocus(selected: CustomerFocusMaturity.allCases.firstIndex(of: chosen) ?? 0)
    case .confirmPrimarySegment:
      guard state.checkpoint != nil else {
        state.message = .info("that is for the monthly checkpoint: M opens it")
        return []
      }
      return runCheckpointCommand(command, &state) ?? []
    case .toggleKeyBar:
      state.showsKeyBar.toggle()
      state.message = .info(state.showsKeyBar ? "the key bar is shown" : "the key bar is hidden; : shows it again")
    case .newJourney: openEditor(.newItem(.journey), &state)
    case .allActions: state.overlay = .actions(byOwner: false, selected: 0)
    case .settings: state.overlay = .settings(selected: 0)
    case .channelCharter: openCharter(&state)
    case .promiseHistory:
      guard !state.workspace.promise.history.isEmpty else {
        state.message = .info("the promise has no earlier sentences yet")
        return []
      }
      state.overlay = .promiseHistory(selected: 0)
    case .recordDecision, .editAttendees, .editDecisionOwner, .earlierReview, .laterReview, .markDecisionDone, .dropDecision,
      .decisionToAction, .editDecisionDue, .toggleCustomerFirst:
      if state.checkpoint != nil { return runCheckpointCommand(command, &state) ?? [] }
      guard state.review != nil else {
        state.message = .info("that is for the weekly review: w opens it")
        return []
      }
      return runReviewCommand(command, &state) ?? []
    case .showMergeConflicts: return showMergeConflicts(&state)
    case .takeOurs, .takeTheirs:
      guard case .mergeConflicts(var list) = state.overlay else {
        state.message = .info("that is for the merge conflicts: C lists them")
        return []
      }
      return settleSelected(command == .takeOurs ? .ours : .theirs, &list, &state)
    case .moveUp, .moveDown, .moveLeft, .moveRight, .moveToTop, .moveToBottom, .pageUp, .pageDown, .open, .back,
      .nextJourney, .previousJourney, .add, .delete, .moveItemUp, .moveItemDown, .moveItemLeft, .moveItemRight,
      .toggleDone, .markPrimary, .takeDraft, .addStage, .renameJourney, .duplicateJourney, .deleteJourney,
      .moveStageLeft, .moveStageRight, .renameStage, .editStageGoal, .deleteStage, .setJourneySegment, .setJourneyState,
      .frictionRanking, .pickMetrics, .compareJourneys, .editNote, .toggleSegmentOrder,
      .cycleSignalWindow, .markThemeFixing, .markThemeFixed, .filterSignals, .unmappedTags:
      return runInPanes(command, &state)
    }
    return []
  }

  static func quit(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard !state.unsaved.isEmpty else { return [.quit] }
    let files = state.unsaved.sorted().map(\.path).joined(separator: ", ")
    state.overlay = .confirm(Confirmation(consequence: .quitDiscardingUnsaved,
      question: "Not saved: \(files). Quit and lose these edits? (y/n)"))
    return []
  }

  /// Why nothing may be written now, or nil when writing is allowed.
  static func writeRefusal(_ state: WorkbenchState) -> String? {
    state.readonly ? "read-only: opened with --readonly, nothing is written" : nil
  }
}
