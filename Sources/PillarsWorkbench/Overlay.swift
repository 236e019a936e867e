import PillarsCore
import PillarsMerge

/// What stands over the pane: help, the palette, search, a field being edited, a question.
public enum Overlay: Equatable, Sendable {
  /// The keys; `filter` holds what is typed after `/`, and only matching keys are listed.
  case help(scroll: Int, filter: TextField? = nil)
  case palette(PaletteState)
  case search(SearchState)
  case editing(FieldEditor)
  case confirm(Confirmation)
  /// Files changed on disk while edits to them were not yet saved, that could not be merged by
  /// meaning (one is not a readable document): keep mine, or take theirs, for the whole file.
  case conflict(Set<DocumentRef>)
  /// A file changed on disk merged with unsaved edits to it: one field both changed, mine or theirs.
  case changedOnDisk(ChangedOnDiskQuestion)
  /// The merge conflicts left by git, with base, ours and theirs of the highlighted one.
  case mergeConflicts(ConflictList)
  /// Every finding of the checks, placed in its document.
  case findings(scroll: Int)
  /// The promise's earlier sentences, newest first; Enter restores the highlighted one.
  case promiseHistory(selected: Int)
  /// Every friction point of the journey, worst first; Enter jumps to its touchpoint.
  case frictionRanking(selected: Int)
  /// Metrics to tick: the promise's proof or a touchpoint's linked metrics.
  case metricPicker(MetricPicker)
  /// Two journeys stage by stage: `current` is the one compared from, `future` the one compared to.
  case comparison(current: JourneyID, future: JourneyID, scroll: Int)
  /// The journeys to compare the selected one with, when nothing says which; Enter compares.
  case comparisonPicker(selected: Int)
  /// Every open action of the five pillars, overdue first, by due date or by owner; Enter shows one.
  case actions(byOwner: Bool, selected: Int)
  /// The workspace's settings, one field a row; Enter edits the highlighted one.
  case settings(selected: Int)
  /// The customer-focus ladder with the workspace's evidence beside it; Enter says where the team stands.
  case customerFocus(selected: Int)
  /// The channel charter: each channel's entry beside what the journeys say of it; Enter opens, then edits.
  case charter(CharterBrowser)
}

/// The `:` command palette: a query and the commands that match it, best first.
public struct PaletteState: Equatable, Sendable {
  public var query = TextField()
  public var selected = 0

  public func matches(readonly: Bool) -> [Command] {
    let available = Command.all.filter { !(readonly && $0.writes) }
    let scored = available.enumerated().compactMap { index, command -> (Command, Int, Int)? in
      FuzzyMatch.score(query.text, in: command.title).map { (command, $0, index) }
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.map(\.0)
  }
}

/// The `/` search over the whole workspace.
public struct SearchState: Equatable, Sendable {
  public var query = TextField()
  public var hits: [WorkspaceSearch.Hit] = []
  public var selected = 0
}

/// A field being edited, with what it edits and the refusal of the last attempt to commit.
public struct FieldEditor: Equatable, Sendable {
  public var target: EditTarget
  public var field: TextField
  /// For pick-one fields: the highlighted choice.
  public var choice: Int
  public var refusal: String?

  public init(target: EditTarget, workspace: Workspace) {
    self.target = target
    let current = target.currentText(in: workspace)
    switch target.kind(in: workspace) {
    case .text(let multiline):
      field = TextField(current, multiline: multiline)
      if target.holdsDate { field.selectAll() }
    case .number:
      // Typing replaces the old number: 150 typed into a reach of 100 is 150, not 100150.
      field = TextField(current)
      field.selectAll()
    case .choice(let choices): field = TextField(); choice = choices.firstIndex { $0.value == current } ?? 0; return
    }
    choice = 0
  }
}

/// The conflicts of a merge with a file changed on disk, asked one at a time.
public struct ChangedOnDiskQuestion: Equatable, Sendable {
  public var merge: LiveMerge
  /// The answers so far, one per conflict in order; the next conflict asked is the one after them.
  public var choices: [ConflictChoice] = []

  public init(merge: LiveMerge) { self.merge = merge }

  public var current: MergeConflict? {
    merge.conflicts.indices.contains(choices.count) ? merge.conflicts[choices.count] : nil
  }
}

/// A question waiting for y or n before something that cannot be taken back lightly.
public struct Confirmation: Equatable, Sendable {
  public enum Consequence: Equatable, Sendable {
    case delete(Deletable)
    case quitDiscardingUnsaved
  }

  public var consequence: Consequence
  /// What happens, in words: `Delete the metric "CSAT" and its 16 weekly values?`
  public var question: String
}

/// What the delete key can remove.
public enum Deletable: Equatable, Sendable {
  case touchpoint(JourneyID, TouchpointID)
  case metric(MetricID)
  case segment(SegmentID)
  case action(PillarKind, ActionID)
  case decision(DecisionLog, DecisionID)
  case journey(JourneyID)
  case stage(JourneyID, StageID)
  case experiment(ExperimentID)
  case assumption(AssumptionID)
  /// A channel's charter entry, by the channel's name.
  case charterEntry(String)
}
