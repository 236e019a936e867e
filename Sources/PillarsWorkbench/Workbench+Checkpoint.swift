import PillarsCore
import ScreenKit

/// The monthly checkpoint: the hour a month on segment focus, the scorecard's trends, the
/// assumptions and experiments, with stop / start / continue decisions kept in
/// `checkpoints/<month>.json`. Its decisions are followed up as the weekly review's are
/// (`Workbench+Decisions`); every entry is an ordinary change, saved at once and undoable.
extension Workbench {
  /// `M`: opens the checkpoint of this month, or comes back to the one left for a pane, where it was.
  static func openCheckpoint(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let parked = state.parkedCheckpoint {
      state.parkedCheckpoint = nil
      state.review = nil
      state.checkpoint = parked
      state.message = .info("back to the checkpoint of \(parked.month.title)")
      return []
    }
    openCheckpoint(month: CalendarMonth(containing: state.today), &state)
    return []
  }

  /// Opens the checkpoint of `month` (as `pillars review --monthly` asks, through `.checkpointRequested`).
  static func openCheckpoint(month: CalendarMonth, _ state: inout WorkbenchState) {
    state.review = nil
    state.checkpoint = CheckpointSession(month: month)
    let exists = state.workspace.checkpoint(month) != nil
    if state.readonly {
      state.message = .info("checkpoint of \(month.title), read-only: nothing is written")
    } else {
      state.message = .info(exists ? "continuing the checkpoint of \(month.title)" : "checkpoint of \(month.title): entries are saved as you go")
    }
  }

  /// Keys of the checkpoint, through its own table (`KeyMap.checkpointBindings`); nil for the
  /// commands the workbench runs as anywhere.
  static func handleCheckpointKey(_ key: Key, _ state: inout WorkbenchState) -> [WorkbenchEffect]? {
    guard state.checkpoint != nil else { return nil }
    guard let command = KeyMap.checkpointCommand(for: key) else {
      state.message = .info("\(KeyMap.name(of: key)) does nothing in the checkpoint; press ? for the keys")
      return []
    }
    return runCheckpointCommand(command, &state)
  }

  /// A command while the checkpoint is open, from its keys or the palette; nil for the commands
  /// the workbench runs as anywhere.
  static func runCheckpointCommand(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect]? {
    guard var session = state.checkpoint else { return nil }
    let items = session.items(in: state.workspace, today: state.today)
    let selected = items.isEmpty ? nil : items[clamp(session.row, items.count)]
    state.message = nil
    switch command {
    case .moveDown: session.row = clamp(session.row + 1, items.count)
    case .moveUp: session.row = clamp(session.row - 1, items.count)
    case .moveToTop: session.row = 0
    case .moveToBottom: session.row = clamp(items.count - 1, items.count)
    case .pageDown: session.row = clamp(session.row + 10, items.count)
    case .pageUp: session.row = clamp(session.row - 10, items.count)
    case .back:
      state.checkpoint = nil
      state.message = .info("left the checkpoint of \(session.month.title)")
      return []
    case .earlierReview, .laterReview:
      let months = state.workspace.checkpoints.map(\.month)
      let thisMonth = CalendarMonth(containing: state.today)
      let target = command == .earlierReview ? months.last { $0 < session.month }
        : months.first { $0 > session.month } ?? (session.month < thisMonth ? thisMonth : nil)
      guard let target else {
        state.message = .info(command == .earlierReview ? "no earlier checkpoint" : "this is the latest checkpoint")
        break
      }
      session = CheckpointSession(month: target)
      state.message = .info(state.workspace.checkpoint(target) == nil
        ? "checkpoint of \(target.title): nothing recorded yet" : "checkpoint of \(target.title)")
    case .confirmPrimarySegment:
      state.checkpoint = session
      guard case .segment(let s) = selected else {
        state.message = .info("p on a segment confirms it as the primary one, or makes it so")
        return []
      }
      return confirmPrimary(s, session.month, &state)
    case .edit:
      state.checkpoint = session
      guard let (log, d) = session.decision(selected) else {
        state.message = .info("e edits a decision; the segments, metrics, assumptions and experiments are edited in their panes")
        return []
      }
      if case .followUp = selected { return beginEditing(.decision(log, d, .note), &state) }
      return beginEditing(.decision(log, d, .text), &state)
    case .editDecisionOwner:
      state.checkpoint = session
      guard let (log, d) = session.decision(selected) else {
        state.message = .info("o sets the owner of the selected decision")
        return []
      }
      return beginEditing(.decision(log, d, .owner), &state)
    case .markDecisionDone, .dropDecision, .decisionToAction:
      state.checkpoint = session
      return followUp(command, session.decision(selected), &state)
    case .editDecisionDue, .toggleCustomerFirst, .editNote:
      state.checkpoint = session
      return editDecision(command, session.decision(selected), &state)
    case .recordDecision(let kind):
      state.checkpoint = session
      return beginEditing(.newItem(.decision(.checkpoint(session.month), kind)), &state)
    case .editAttendees:
      state.checkpoint = session
      let effects = beginEditing(.checkpointAttendees(session.month), &state)
      // A new checkpoint is offered the attendees of the last one, to confirm or change.
      if state.workspace.checkpoint(session.month)?.attendees.isEmpty ?? true,
        let last = state.workspace.checkpoints.last(where: { $0.month < session.month && !$0.attendees.isEmpty }),
        case .editing(var editor) = state.overlay
      {
        editor.field = TextField(last.attendees.joined(separator: ", "))
        state.overlay = .editing(editor)
        state.message = .info("the attendees of \(last.month.title): Enter keeps them, or change them")
      }
      return effects
    case .delete:
      guard case .decision(let d) = selected else {
        state.message = .info("d deletes the selected decision of this checkpoint")
        break
      }
      confirmDeletingDecision(.checkpoint(session.month), d, &state)
    case .undo, .redo, .help, .palette, .save, .quit, .showFindings, .reload, .toggleKeyBar, .allActions, .settings, .customerFocus,
      .channelCharter, .showMergeConflicts, .takeOurs, .takeTheirs:
      return nil
    case .showPane, .nextPane, .previousPane:
      // A pane can be looked at; M comes back to the checkpoint as it was.
      state.parkedCheckpoint = session
      state.checkpoint = nil
      switch command {
      case .showPane(let pane): show(pane, &state)
      case .previousPane: show(state.pane.previous, &state)
      default: show(state.pane.next, &state)
      }
      state.message = .info("the checkpoint of \(session.month.title) waits: M comes back to it")
      return []
    case .openCheckpoint:
      break
    case .moveLeft, .moveRight, .open, .add, .editInExternalEditor, .search, .nextJourney, .previousJourney,
      .exportMarkdown, .moveItemUp, .moveItemDown, .moveItemLeft, .moveItemRight, .toggleDone, .markPrimary, .takeDraft,
      .addStage, .newJourney, .renameJourney, .duplicateJourney, .deleteJourney, .promiseHistory, .moveStageLeft,
      .moveStageRight, .renameStage, .editStageGoal, .deleteStage, .frictionRanking, .pickMetrics, .compareJourneys,
      .setJourneySegment, .setJourneyState, .openReview, .toggleSegmentOrder,
      .cycleSignalWindow, .markThemeFixing, .markThemeFixed, .filterSignals, .unmappedTags:
      state.message = .info("Esc leaves the checkpoint first")
    }
    state.checkpoint = session
    return []
  }

  /// `p` on a segment: the checkpoint records it as the primary segment, and the segments
  /// document makes it the one primary segment when it was not; one step, undone together.
  private static func confirmPrimary(_ id: SegmentID, _ month: CalendarMonth, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    for document in [DocumentRef.segments, .checkpoint(month)] {
      if let reason = state.readOnlyDocuments[document] {
        state.message = .error("\(document.path) is read-only: \(reason)")
        return []
      }
    }
    var workspace = state.workspace
    guard let segment = workspace.segments[id] else { return [] }
    let earlier = workspace.segments.primary
    if earlier?.id != id || workspace.segments.segments.filter(\.primary).count > 1 {
      for index in workspace.segments.segments.indices {
        workspace.segments.segments[index].primary = workspace.segments.segments[index].id == id
      }
    }
    var checkpoint = workspace.checkpoint(month) ?? MonthlyCheckpoint(month: month)
    checkpoint.primarySegment = id
    workspace.checkpoints.removeAll { $0.month == month }
    workspace.checkpoints.append(checkpoint)
    workspace.checkpoints.sort { $0.month < $1.month }
    let changed = earlier?.id != id
    let effects = change(to: workspace, label: changed ? "change the primary segment" : "confirm the primary segment", &state)
    state.message = .info(changed
      ? "the primary segment is now \(segment.name)" + (earlier.map { " (was \($0.name))" } ?? "") + " — u to undo"
      : "\(segment.name) confirmed as the primary segment for \(month.title) — u to undo")
    return effects
  }
}
