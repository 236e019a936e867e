import PillarsCore
import ScreenKit

/// The weekly review: the meeting view over the scorecard and its `Review` document.
///
/// Values go into the scorecard; notes, decisions and attendees into `reviews/<week>.json`. Every
/// entry is an ordinary change, so it is saved at once and can be undone.
extension Workbench {
  /// `w`: opens the review of this week, or comes back to the review left for a pane, where it was.
  static func openReview(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let parked = state.parkedReview {
      state.parkedReview = nil
      state.review = parked
      state.message = .info("back to the review of \(parked.week)")
      return []
    }
    openReview(week: state.today.isoWeek, &state)
    return [.readChangesSinceReview]
  }

  /// Opens the review of `week` (as `pillars review --week` asks, through `.reviewRequested`).
  static func openReview(week: ISOWeek, _ state: inout WorkbenchState) {
    show(ScorecardPane.pane, &state)
    _ = send(ScorecardPane.self, .closedMetric, &state)
    state.review = ReviewSession(week: week)
    let exists = state.workspace.review(week) != nil
    if state.readonly {
      state.message = .info("review of \(week), read-only: nothing is written")
    } else {
      state.message = .info(exists ? "continuing the review of \(week)" : "review of \(week): entries are saved as you go")
    }
  }

  /// Keys of the review, through the key map's review table (`KeyMap.reviewBindings`), so `?`
  /// lists them and a clash shows. Returns nil for commands the workbench runs as anywhere
  /// (undo, help, save, quit...).
  static func handleReviewKey(_ key: Key, _ state: inout WorkbenchState) -> [WorkbenchEffect]? {
    guard state.review != nil else { return nil }
    guard let command = KeyMap.reviewCommand(for: key) else {
      state.message = .info("\(KeyMap.name(of: key)) does nothing in the review; press ? for the keys")
      return []
    }
    return runReviewCommand(command, &state)
  }

  /// A command while the review is open, from its keys or the palette; nil for the commands the
  /// workbench runs as anywhere.
  static func runReviewCommand(_ command: Command, _ state: inout WorkbenchState) -> [WorkbenchEffect]? {
    guard var session = state.review else { return nil }
    let items = session.items(in: state.workspace)
    let selected = session.selected(in: state.workspace)
    state.message = nil
    switch command {
    case .moveDown: session.row = clamp(session.row + 1, items.count)
    case .moveUp: session.row = clamp(session.row - 1, items.count)
    case .moveToTop: session.row = 0
    case .moveToBottom: session.row = clamp(items.count - 1, items.count)
    case .moveRight, .moveLeft:
      let step = command == .moveRight ? 1 : -1
      let metrics = items.indices.filter { if case .metric = items[$0] { true } else { false } }
      guard !metrics.isEmpty else { break }
      let place = metrics.firstIndex(of: clamp(session.row, items.count)) ?? (step > 0 ? -1 : 0)
      session.row = metrics[(place + step + metrics.count) % metrics.count]
      if session.focus != nil, case .metric(let m) = items[session.row] { session.focus = m }
    case .open:
      if session.focus != nil {
        session.focus = nil
      } else if case .metric(let m) = selected {
        session.focus = m
      } else if case .signal(_, let theme) = selected {
        return showSignalTheme(theme, from: session, &state)
      }
    case .back:
      if session.focus != nil {
        session.focus = nil
      } else {
        state.review = nil
        state.message = .info("left the review of \(session.week)")
        return []
      }
    case .earlierReview, .laterReview:
      let weeks = state.workspace.reviews.map(\.week)
      let target = command == .earlierReview ? weeks.last { $0 < session.week }
        : weeks.first { $0 > session.week } ?? (session.week < state.today.isoWeek ? state.today.isoWeek : nil)
      guard let target else {
        state.message = .info(command == .earlierReview ? "no earlier review" : "this is the latest review")
        break
      }
      session = ReviewSession(week: target)
      state.message = .info(state.workspace.review(target) == nil ? "review of \(target): nothing recorded yet" : "review of \(target)")
    case .edit:
      state.review = session
      switch selected {
      case .metric(let m): return beginEditing(.observation(m, session.week, .value), &state)
      case .decision(let d): return beginEditing(.decision(.review(session.week), d, .text), &state)
      case .followUp(let log, let d): return beginEditing(.decision(log, d, .note), &state)
      case .signal:
        state.message = .info("a theme's counts come from the helpdesk: Enter shows it in the Signals pane")
        return []
      case nil: return []
      }
    case .markDecisionDone, .dropDecision, .decisionToAction:
      state.review = session
      return followUp(command, decision(selected, session), &state)
    case .editNote:
      state.review = session
      if let picked = decision(selected, session) { return editDecision(command, picked, &state) }
      guard case .metric(let m) = selected else {
        state.message = .info("n writes the review's note on the selected metric, or what came of a decision")
        return []
      }
      return beginEditing(.review(session.week, .note(m)), &state)
    case .editDecisionDue, .toggleCustomerFirst:
      state.review = session
      return editDecision(command, decision(selected, session), &state)
    case .editDecisionOwner:
      state.review = session
      switch selected {
      case .decision, .followUp:
        guard let (log, d) = decision(selected, session) else { return [] }
        return beginEditing(.decision(log, d, .owner), &state)
      case .metric, .signal, nil:
        state.message = .info("o sets the owner of the selected decision")
        return []
      }
    case .recordDecision(let kind):
      state.review = session
      return beginEditing(.newItem(.decision(.review(session.week), kind)), &state)
    case .editAttendees:
      state.review = session
      let effects = beginEditing(.review(session.week, .attendees), &state)
      // A new review is offered the attendees of the last one, to confirm or change.
      if state.workspace.review(session.week)?.attendees.isEmpty ?? true,
        let last = state.workspace.reviews.last(where: { $0.week < session.week && !$0.attendees.isEmpty }),
        case .editing(var editor) = state.overlay
      {
        editor.field = TextField(last.attendees.joined(separator: ", "))
        state.overlay = .editing(editor)
        state.message = .info("the attendees of \(last.week): Enter keeps them, or change them")
      }
      return effects
    case .delete:
      guard case .decision(let d) = selected else {
        state.message = .info("d deletes the selected decision; metrics are deleted in the scorecard pane")
        break
      }
      confirmDeletingDecision(.review(session.week), d, &state)
    case .undo, .redo, .help, .palette, .save, .quit, .showFindings, .reload, .pageUp, .pageDown, .toggleKeyBar, .allActions, .settings,
      .channelCharter, .showMergeConflicts, .takeOurs, .takeTheirs:
      return nil
    case .showPane, .nextPane, .previousPane:
      // The review is not a trap: a pane can be looked at, and w comes back to the review as it was.
      state.parkedReview = session
      state.review = nil
      switch command {
      case .showPane(let pane): show(pane, &state)
      case .previousPane: show(state.pane.previous, &state)
      default: show(state.pane.next, &state)
      }
      state.message = .info("the review of \(session.week) waits: w comes back to it")
      return []
    case .add, .editInExternalEditor, .search, .nextJourney, .previousJourney,
      .exportMarkdown, .moveItemUp, .moveItemDown, .moveItemLeft, .moveItemRight, .toggleDone, .markPrimary, .takeDraft,
      .addStage, .newJourney, .renameJourney, .duplicateJourney, .deleteJourney, .promiseHistory, .moveStageLeft,
      .moveStageRight, .renameStage, .editStageGoal, .deleteStage, .frictionRanking, .pickMetrics, .compareJourneys,
      .setJourneySegment, .setJourneyState, .openReview, .toggleSegmentOrder,
      .cycleSignalWindow, .markThemeFixing, .markThemeFixed, .filterSignals, .unmappedTags, .openCheckpoint, .confirmPrimarySegment, .customerFocus:
      state.message = .info("Esc leaves the review first")
    }
    state.review = session
    return []
  }

  /// The decision a row of the review stands for: this week's, or one of an earlier review to follow up.
  private static func decision(_ selected: ReviewSession.Item?, _ session: ReviewSession) -> (DecisionLog, DecisionID)? {
    switch selected {
    case .followUp(let log, let d): (log, d)
    case .decision(let d): (.review(session.week), d)
    case .metric, .signal, nil: nil
    }
  }
}
