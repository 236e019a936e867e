import ScreenKit

/// The keys of the workbench. The help overlay is drawn from this table, so help and keys
/// cannot drift apart.
public enum KeyMap {
  public struct Binding: Equatable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var section: Section
    /// The panes the command is for; empty when it works everywhere. `?` lists the current
    /// pane's keys first.
    public var panes: [Pane] = []
    /// What the key does here, when that says more than the command's own title.
    public var title: String?

    public init(keys: [Key], command: Command, section: Section, panes: [Pane] = [], title: String? = nil) {
      self.keys = keys
      self.command = command
      self.section = section
      self.panes = panes
      self.title = title
    }

    /// The text `?` shows for it.
    public var helpText: String { title ?? command.title }
  }

  public enum Section: String, CaseIterable, Sendable {
    case moving = "Moving"
    case panes = "Panes"
    case editing = "Editing"
    case finding = "Finding"
    case workspace = "Workspace"
    case review = "In the weekly review"
    case checkpoint = "In the monthly checkpoint"
    case conflicts = "In the merge conflicts"
    case charter = "In the channel charter"
  }

  /// 1 to 9 show the panes, in the order of ``PaneRegistry``.
  private static let paneKeys: [Binding] = Pane.allCases.prefix(9).map { pane in
    Binding(keys: [.character(Character(String(pane.number)))], command: .showPane(pane), section: .panes)
  }

  public static let bindings: [Binding] = [
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .moving),
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .moving),
    Binding(keys: [.character("h"), .left], command: .moveLeft, section: .moving),
    Binding(keys: [.character("l"), .right], command: .moveRight, section: .moving),
    Binding(keys: [.character("g"), .home], command: .moveToTop, section: .moving),
    Binding(keys: [.character("G"), .end], command: .moveToBottom, section: .moving),
    Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp, section: .moving),
    Binding(keys: [.pageDown, .ctrl("f")], command: .pageDown, section: .moving),
    Binding(keys: [.enter], command: .open, section: .moving),
    Binding(keys: [.escape], command: .back, section: .moving),
  ] + paneKeys + [
    Binding(keys: [.tab], command: .nextPane, section: .panes),
    Binding(keys: [.backTab], command: .previousPane, section: .panes),
    Binding(keys: [.character("]")], command: .nextJourney, section: .panes, panes: [.journey]),
    Binding(keys: [.character("[")], command: .previousJourney, section: .panes, panes: [.journey]),
    Binding(keys: [.character("e")], command: .edit, section: .editing),
    Binding(keys: [.character("E")], command: .editInExternalEditor, section: .editing),
    Binding(keys: [.character("a")], command: .add, section: .editing),
    Binding(keys: [.character("d"), .delete], command: .delete, section: .editing),
    Binding(keys: [.character("u")], command: .undo, section: .editing),
    Binding(keys: [.ctrl("r")], command: .redo, section: .editing),
    Binding(keys: [.character("/")], command: .search, section: .finding),
    Binding(keys: [.character(":")], command: .palette, section: .finding),
    Binding(keys: [.character("?")], command: .help, section: .finding),
    Binding(keys: [.character("!")], command: .showFindings, section: .finding),
    Binding(keys: [.character("T")], command: .allActions, section: .finding),
    Binding(keys: [.ctrl("s")], command: .save, section: .workspace),
    Binding(keys: [.character("R")], command: .reload, section: .workspace),
    Binding(keys: [.character(",")], command: .settings, section: .workspace),
    Binding(keys: [.character("O")], command: .channelCharter, section: .finding),
    Binding(keys: [.character("q"), .ctrl("c")], command: .quit, section: .workspace),
    Binding(keys: [.character("K")], command: .moveItemUp, section: .editing),
    Binding(keys: [.character("J")], command: .moveItemDown, section: .editing),
    Binding(keys: [.character("n")], command: .editNote, section: .editing, panes: [.scorecard]),
    Binding(keys: [.character("w")], command: .openReview, section: .panes),
    Binding(keys: [.character("M")], command: .openCheckpoint, section: .panes),
    Binding(keys: [.character("P")], command: .customerFocus, section: .finding),
    Binding(keys: [.character("H")], command: .moveItemLeft, section: .editing, panes: [.journey]),
    Binding(keys: [.character("L")], command: .moveItemRight, section: .editing, panes: [.journey]),
    Binding(keys: [.character("x"), .character(" ")], command: .toggleDone, section: .editing, panes: [.pillars]),
    Binding(keys: [.character("p")], command: .markPrimary, section: .editing, panes: [.segments]),
    Binding(keys: [.character("o")], command: .toggleSegmentOrder, section: .panes, panes: [.segments]),
    Binding(keys: [.character("t")], command: .takeDraft, section: .editing, panes: [.promise]),
    Binding(keys: [.character("A")], command: .addStage, section: .editing, panes: [.journey]),
    Binding(keys: [.character("N")], command: .newJourney, section: .editing, panes: [.journey]),
    Binding(keys: [.character("r")], command: .renameJourney, section: .editing, panes: [.journey]),
    Binding(keys: [.character("D")], command: .duplicateJourney, section: .editing, panes: [.journey]),
    Binding(keys: [.character("X")], command: .deleteJourney, section: .editing, panes: [.journey]),
    Binding(keys: [.character("v")], command: .promiseHistory, section: .editing, panes: [.promise]),
    Binding(keys: [.character("<")], command: .moveStageLeft, section: .editing, panes: [.journey]),
    Binding(keys: [.character(">")], command: .moveStageRight, section: .editing, panes: [.journey]),
    Binding(keys: [.character("s")], command: .renameStage, section: .editing, panes: [.journey]),
    Binding(keys: [.character("S")], command: .editStageGoal, section: .editing, panes: [.journey]),
    Binding(keys: [.character("m")], command: .pickMetrics, section: .editing, panes: [.promise, .journey]),
    Binding(keys: [.character("f")], command: .frictionRanking, section: .finding, panes: [.journey]),
    Binding(keys: [.character("c")], command: .compareJourneys, section: .finding, panes: [.journey]),
    Binding(keys: [.character("C")], command: .showMergeConflicts, section: .workspace),
    Binding(keys: [.character("W")], command: .cycleSignalWindow, section: .panes, panes: [.signals]),
    Binding(keys: [.character("b")], command: .markThemeFixing, section: .editing, panes: [.signals]),
    Binding(keys: [.character("F")], command: .markThemeFixed, section: .editing, panes: [.signals]),
    Binding(keys: [.character("V")], command: .filterSignals, section: .panes, panes: [.signals]),
    Binding(keys: [.character("#")], command: .unmappedTags, section: .editing, panes: [.signals]),
  ]

  /// The keys of the merge conflicts' list, while it is open.
  public static let conflictBindings: [Binding] = [
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .conflicts, title: "Next conflict"),
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .conflicts, title: "Previous conflict"),
    Binding(keys: [.character("o")], command: .takeOurs, section: .conflicts),
    Binding(keys: [.character("t")], command: .takeTheirs, section: .conflicts),
    Binding(keys: [.character("e")], command: .edit, section: .conflicts, title: "Write the value by hand"),
    Binding(keys: [.character("E")], command: .editInExternalEditor, section: .conflicts, title: "Write the value in $EDITOR"),
    Binding(keys: [.escape], command: .back, section: .conflicts, title: "Close the list"),
  ]

  private static let conflictsByKey: [Key: Command] = table(of: conflictBindings)

  /// The keys of the channel charter, while it is open: the channels, then an opened one's fields.
  public static let charterBindings: [Binding] = [
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .charter, title: "Next channel, or next field"),
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .charter, title: "Previous channel, or previous field"),
    Binding(keys: [.character("g"), .home], command: .moveToTop, section: .charter, title: "First channel, or first field"),
    Binding(keys: [.character("G"), .end], command: .moveToBottom, section: .charter, title: "Last channel, or last field"),
    Binding(keys: [.enter, .character("l"), .right], command: .open, section: .charter,
      title: "Open the channel, or edit the highlighted field"),
    Binding(keys: [.character("e")], command: .edit, section: .charter,
      title: "Edit the highlighted field (KPIs: tick the scorecard's metrics)"),
    Binding(keys: [.character("E")], command: .editInExternalEditor, section: .charter, title: "Edit the highlighted field in $EDITOR"),
    Binding(keys: [.character("d"), .delete], command: .delete, section: .charter, title: "Delete the channel's entry (asks first)"),
    Binding(keys: [.character("u")], command: .undo, section: .charter, title: "Undo, staying in the charter"),
    Binding(keys: [.ctrl("r")], command: .redo, section: .charter, title: "Redo, staying in the charter"),
    Binding(keys: [.escape, .character("h"), .left], command: .back, section: .charter,
      title: "Back to the channels, or close the charter"),
  ]

  private static let charterByKey: [Key: Command] = table(of: charterBindings)

  /// The command of a key in the channel charter; other keys close the list of channels.
  public static func charterCommand(for key: Key) -> Command? { charterByKey[key] }

  /// The command of a key in the merge conflicts' list; other keys do nothing there.
  public static func conflictCommand(for key: Key) -> Command? { conflictsByKey[key] }

  /// The keys of the weekly review, which take precedence over the table above while it is open.
  public static let reviewBindings: [Binding] = [
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .review, title: "Next row"),
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .review, title: "Previous row"),
    Binding(keys: [.character("g"), .home], command: .moveToTop, section: .review, title: "First row"),
    Binding(keys: [.character("G"), .end], command: .moveToBottom, section: .review, title: "Last row"),
    Binding(keys: [.character("l"), .right], command: .moveRight, section: .review, title: "Next metric"),
    Binding(keys: [.character("h"), .left], command: .moveLeft, section: .review, title: "Previous metric"),
    Binding(keys: [.enter, .character(" ")], command: .open, section: .review, title: "Show or hide the metric's chart"),
    Binding(keys: [.escape], command: .back, section: .review, title: "Close the chart, or leave the review"),
    Binding(keys: [.character("e")], command: .edit, section: .review, title: "Record this week's value, or edit the decision"),
    Binding(keys: [.character("n")], command: .editNote, section: .review, title: "The metric's note, or what came of the decision"),
    Binding(keys: [.character("s")], command: .recordDecision(.stop), section: .review),
    Binding(keys: [.character("t")], command: .recordDecision(.start), section: .review),
    Binding(keys: [.character("c")], command: .recordDecision(.continue), section: .review),
    Binding(keys: [.character("o")], command: .editDecisionOwner, section: .review),
    Binding(keys: [.character("a")], command: .editAttendees, section: .review),
    Binding(keys: [.character("d"), .delete], command: .delete, section: .review, title: "Delete the selected decision"),
    Binding(keys: [.character("x")], command: .markDecisionDone, section: .review),
    Binding(keys: [.character("X")], command: .dropDecision, section: .review),
    Binding(keys: [.character("A")], command: .decisionToAction, section: .review),
    Binding(keys: [.character("D")], command: .editDecisionDue, section: .review),
    Binding(keys: [.character("f")], command: .toggleCustomerFirst, section: .review),
    Binding(keys: [.character("[")], command: .earlierReview, section: .review),
    Binding(keys: [.character("]")], command: .laterReview, section: .review),
  ]

  private static let reviewByKey: [Key: Command] = table(of: reviewBindings)

  /// The keys of the monthly checkpoint, which take precedence over the main table while it is open.
  public static let checkpointBindings: [Binding] = [
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .checkpoint, title: "Next row"),
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .checkpoint, title: "Previous row"),
    Binding(keys: [.character("g"), .home], command: .moveToTop, section: .checkpoint, title: "First row"),
    Binding(keys: [.character("G"), .end], command: .moveToBottom, section: .checkpoint, title: "Last row"),
    Binding(keys: [.escape], command: .back, section: .checkpoint, title: "Leave the checkpoint"),
    Binding(keys: [.character("p")], command: .confirmPrimarySegment, section: .checkpoint),
    Binding(keys: [.character("e")], command: .edit, section: .checkpoint, title: "Edit the decision (a followed-up one: what came of it)"),
    Binding(keys: [.character("s")], command: .recordDecision(.stop), section: .checkpoint),
    Binding(keys: [.character("t")], command: .recordDecision(.start), section: .checkpoint),
    Binding(keys: [.character("c")], command: .recordDecision(.continue), section: .checkpoint),
    Binding(keys: [.character("o")], command: .editDecisionOwner, section: .checkpoint),
    Binding(keys: [.character("a")], command: .editAttendees, section: .checkpoint),
    Binding(keys: [.character("d"), .delete], command: .delete, section: .checkpoint, title: "Delete the selected decision"),
    Binding(keys: [.character("x")], command: .markDecisionDone, section: .checkpoint),
    Binding(keys: [.character("X")], command: .dropDecision, section: .checkpoint),
    Binding(keys: [.character("A")], command: .decisionToAction, section: .checkpoint),
    Binding(keys: [.character("D")], command: .editDecisionDue, section: .checkpoint),
    Binding(keys: [.character("f")], command: .toggleCustomerFirst, section: .checkpoint),
    Binding(keys: [.character("n")], command: .editNote, section: .checkpoint, title: "What came of the decision"),
    Binding(keys: [.character("[")], command: .earlierReview, section: .checkpoint, title: "The checkpoint of an earlier month"),
    Binding(keys: [.character("]")], command: .laterReview, section: .checkpoint, title: "The checkpoint of a later month"),
  ]

  private static let checkpointByKey: [Key: Command] = table(of: checkpointBindings)

  /// The command of a key in the checkpoint: its own keys first, then the others.
  public static func checkpointCommand(for key: Key) -> Command? { checkpointByKey[key] ?? byKey[key] }

  /// The command of a key in the review: its own keys first, then the others.
  public static func reviewCommand(for key: Key) -> Command? { reviewByKey[key] ?? byKey[key] }

  private static func table(of bindings: [Binding]) -> [Key: Command] {
    var table: [Key: Command] = [:]
    for binding in bindings {
      for key in binding.keys where table[key] == nil { table[key] = binding.command }
    }
    return table
  }

  private static let byKey: [Key: Command] = table(of: bindings)

  public static func command(for key: Key) -> Command? { byKey[key] }

  /// The keys of a command as help shows them: `j ↓`.
  public static func keys(for command: Command) -> String? {
    bindings.first { $0.command == command }.map { binding in binding.keys.map { displayName($0) }.joined(separator: " ") }
  }

  public static func name(of key: Key) -> String { displayName(key) }

  private static func displayName(_ key: Key) -> String {
    switch key {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "Bksp"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .ctrl(let c): "C-\(c)"
    case .alt(let c): "M-\(c)"
    case .function(let n): "F\(n)"
    case .insert: "Ins"
    }
  }
}
