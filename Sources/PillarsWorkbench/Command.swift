import PillarsCore

/// Everything the user can ask the workbench to do. Keys and the palette both run commands,
/// and the help overlay is generated from the key map, so the three never drift apart.
public enum Command: Hashable, Sendable {
  case showPane(Pane)
  case nextPane, previousPane
  case moveUp, moveDown, moveLeft, moveRight, moveToTop, moveToBottom, pageUp, pageDown
  case open, back
  case edit, editInExternalEditor, add, delete
  case undo, redo
  case help, palette, search, showFindings
  case nextJourney, previousJourney
  case reload, save
  case exportMarkdown
  case quit
  case moveItemUp, moveItemDown, moveItemLeft, moveItemRight
  case toggleDone, markPrimary, takeDraft, addStage
  case newJourney, renameJourney, duplicateJourney, deleteJourney
  case promiseHistory
  case moveStageLeft, moveStageRight, renameStage, editStageGoal, deleteStage
  case frictionRanking, pickMetrics, compareJourneys
  case setJourneySegment, setJourneyState
  case editNote
  case openReview
  /// The monthly checkpoint, and its confirming (or changing) the primary segment.
  case openCheckpoint, confirmPrimarySegment
  /// Where the team stands on the customer-focus ladder, with the evidence.
  case customerFocus
  case toggleSegmentOrder
  case cycleSignalWindow, markThemeFixing, markThemeFixed
  /// The signals pane's: count one segment's or channel's contacts; the tags that map to no theme.
  case filterSignals, unmappedTags
  case toggleKeyBar
  /// The weekly review's own: a decision of a kind, the attendees, a decision's owner, another week.
  case recordDecision(DecisionKind)
  case editAttendees, editDecisionOwner
  case earlierReview, laterReview
  /// A decision followed up: done, dropped with a note, or an action on a pillar.
  case markDecisionDone, dropDecision, decisionToAction
  /// A decision's due date, and whether it chose the customer over a short-term number.
  case editDecisionDue, toggleCustomerFirst
  case allActions
  case settings
  /// Per channel: what the team wrote (goal, guardrails, KPIs...) beside what the journeys say.
  case channelCharter
  /// The merge conflicts: the list, and settling the highlighted one.
  case showMergeConflicts, takeOurs, takeTheirs

  /// The name shown in the palette and the help.
  public var title: String {
    switch self {
    case .showPane(let pane): "Go to \(pane.title)"
    case .nextPane: "Next pane"
    case .previousPane: "Previous pane"
    case .moveUp: "Move up"
    case .moveDown: "Move down"
    case .moveLeft: "Move left"
    case .moveRight: "Move right"
    case .moveToTop: "Go to top"
    case .moveToBottom: "Go to bottom"
    case .pageUp: "Page up"
    case .pageDown: "Page down"
    case .open: "Open the selected item"
    case .back: "Back / close"
    case .edit: "Edit the selected field"
    case .editInExternalEditor: "Edit the selected text in $EDITOR"
    case .add: "Add an item here"
    case .delete: "Delete the selected item"
    case .undo: "Undo"
    case .redo: "Redo"
    case .help: "Show the keys"
    case .palette: "Command palette"
    case .search: "Search the workspace"
    case .showFindings: "Show the check findings"
    case .nextJourney: "Next journey"
    case .previousJourney: "Previous journey"
    case .reload: "Reload documents changed on disk"
    case .save: "Save now (retry a failed save)"
    case .exportMarkdown: "Export the Markdown one-pagers"
    case .quit: "Quit"
    case .moveItemUp: "Move the selected item up"
    case .moveItemDown: "Move the selected item down"
    case .editNote: "Edit the note on the selected week"
    case .openReview: "Open the weekly review"
    case .openCheckpoint: "Open the monthly checkpoint"
    case .customerFocus: "Where the team stands on the customer-focus ladder"
    case .confirmPrimarySegment: "Confirm the selected segment as primary, or make it so"
    case .toggleSegmentOrder: "List the segments by score or in your own order"
    case .cycleSignalWindow: "Rank the themes over 4, 13 or 52 weeks"
    case .markThemeFixing: "Mark the selected theme being fixed (again: open)"
    case .markThemeFixed: "Mark the selected theme fixed at the root today"
    case .filterSignals: "Count one segment's or one channel's contacts"
    case .unmappedTags: "Tags of no theme: map them to themes"
    case .toggleKeyBar: "Show or hide the key bar"
    case .markDecisionDone: "Mark the decision done (again: open)"
    case .dropDecision: "Drop the decision, saying why"
    case .decisionToAction: "Make the decision an action on a pillar"
    case .editDecisionDue: "Set the decision's due date"
    case .toggleCustomerFirst: "Mark the decision customer first ♥ (again: not)"
    case .allActions: "Every open action across the pillars, overdue first"
    case .settings: "Workspace settings: name, owner, review day, theme, charts, wish-words"
    case .moveItemLeft: "Move the selected touchpoint left"
    case .moveItemRight: "Move the selected touchpoint right"
    case .toggleDone: "Mark the selected action done / not done"
    case .markPrimary: "Mark the selected segment primary"
    case .takeDraft: "Take the builder's draft into the promise"
    case .addStage: "Add a stage after the selected one"
    case .newJourney: "New journey"
    case .renameJourney: "Rename the journey"
    case .duplicateJourney: "Duplicate the journey as a future state"
    case .deleteJourney: "Delete the journey"
    case .promiseHistory: "Earlier promise sentences (restore one)"
    case .moveStageLeft: "Move the selected stage left"
    case .moveStageRight: "Move the selected stage right"
    case .renameStage: "Rename the selected stage"
    case .editStageGoal: "Edit the selected stage's goal"
    case .deleteStage: "Delete the selected stage and its touchpoints"
    case .frictionRanking: "Rank the journey's friction points"
    case .pickMetrics: "Pick metrics: the promise's proof or the touchpoint's"
    case .compareJourneys: "Compare the current and the future journey"
    case .setJourneySegment: "Set the journey's segment"
    case .setJourneyState: "Set the journey's state (current or future)"
    case .recordDecision(let kind): "Record a \(kind.title.lowercased()) decision"
    case .editAttendees: "Edit who attended"
    case .editDecisionOwner: "Set the selected decision's owner"
    case .earlierReview: "The review of an earlier week"
    case .laterReview: "The review of a later week"
    case .showMergeConflicts: "List the merge conflicts"
    case .takeOurs: "Take ours for the selected conflict"
    case .takeTheirs: "Take theirs for the selected conflict"
    case .channelCharter: "Channel charter: each channel's goal, guardrails, KPIs, owner"
    }
  }

  /// Every command, in the order the palette lists them.
  public static let all: [Command] =
    Pane.allCases.map { Command.showPane($0) } + ([
      .nextPane, .previousPane, .open, .back, .edit, .editInExternalEditor, .add, .delete, .undo, .redo,
      .search, .showFindings, .help, .palette, .nextJourney, .previousJourney, .save, .reload, .exportMarkdown, .moveUp, .moveDown, .moveLeft,
      .moveRight, .moveToTop, .moveToBottom, .pageUp, .pageDown, .quit,
      .moveItemUp, .moveItemDown, .moveItemLeft, .moveItemRight, .toggleDone, .markPrimary, .takeDraft, .addStage,
      .newJourney, .renameJourney, .duplicateJourney, .deleteJourney, .promiseHistory,
      .moveStageLeft, .moveStageRight, .renameStage, .editStageGoal, .deleteStage,
      .frictionRanking, .pickMetrics, .compareJourneys, .setJourneySegment, .setJourneyState, .editNote, .openReview, .toggleSegmentOrder,
      .channelCharter,
      .openCheckpoint, .confirmPrimarySegment, .customerFocus, .recordDecision(.stop), .recordDecision(.start), .recordDecision(.continue), .editAttendees, .editDecisionOwner,
      .earlierReview, .laterReview, .markDecisionDone, .dropDecision, .decisionToAction,
      .editDecisionDue, .toggleCustomerFirst, .allActions, .settings, .toggleKeyBar,
      .showMergeConflicts, .takeOurs, .takeTheirs, .cycleSignalWindow, .markThemeFixing, .markThemeFixed,
      .filterSignals, .unmappedTags,
    ] as [Command])

  /// Commands that change the workspace, refused in read-only mode.
  public var writes: Bool {
    switch self {
    case .edit, .editInExternalEditor, .add, .delete, .undo, .redo, .save, .exportMarkdown, .editNote: true
    case .moveItemUp, .moveItemDown, .moveItemLeft, .moveItemRight, .toggleDone, .markPrimary, .takeDraft, .addStage: true
    case .newJourney, .renameJourney, .duplicateJourney, .deleteJourney: true
    case .moveStageLeft, .moveStageRight, .renameStage, .editStageGoal, .deleteStage, .pickMetrics: true
    case .setJourneySegment, .setJourneyState: true
    case .recordDecision, .editAttendees, .editDecisionOwner, .markDecisionDone, .dropDecision, .decisionToAction: true
    case .editDecisionDue, .toggleCustomerFirst: true
    case .confirmPrimarySegment: true
    case .takeOurs, .takeTheirs: true
    case .markThemeFixing, .markThemeFixed: true
    case .cycleSignalWindow, .filterSignals, .unmappedTags: false
    case .showPane, .nextPane, .previousPane, .moveUp, .moveDown, .moveLeft, .moveRight, .moveToTop, .moveToBottom,
      .pageUp, .pageDown, .open, .back, .help, .palette, .search, .showFindings, .nextJourney, .previousJourney, .reload,
      .quit, .promiseHistory, .frictionRanking, .compareJourneys, .openReview, .openCheckpoint, .customerFocus, .toggleSegmentOrder, .earlierReview,
      .laterReview, .toggleKeyBar, .allActions, .settings, .channelCharter, .showMergeConflicts:
      false
    }
  }
}
