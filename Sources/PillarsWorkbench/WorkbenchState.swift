import PillarsCore
import PillarsMerge
import ScreenKit

/// Everything the workbench shows and remembers: one value, changed only by `Workbench.update`.
public struct WorkbenchState: Equatable, Sendable {
  // MARK: The workspace
  public var workspace: Workspace
  /// Documents shown but never written, with the reason (a load error, a newer schema).
  public var readOnlyDocuments: [DocumentRef: String]
  /// Check findings for the workspace as it is now, load problems included.
  public internal(set) var findings: [Finding]
  /// Problems found while loading; kept so that recomputing the checks does not lose them.
  public var loadProblems: [Finding]
  public var today: CalendarDate
  /// The workspace folder, as the status line shows it.
  public var location: String
  /// Opened with `--readonly`: nothing is ever written.
  public var readonly: Bool
  public var theme: Theme
  /// How charts draw their dots: Braille, or half blocks for fonts without Braille.
  public var chartGlyphs: ChartGlyphs = .braille
  /// `--theme` or `NO_COLOR` chose the theme: a changed theme setting waits for the next start.
  public var themeFixed = false
  /// `--charts` chose the dots: a changed setting waits for the next start.
  public var chartsFixed = false

  // MARK: The screen
  public var width: Int
  public var height: Int
  /// The pane shown; the first of ``PaneRegistry`` at the start.
  public var pane: Pane
  /// Each pane's own selection and open item, read through the pane's accessor (`journeyPane`).
  public var panes: PaneStates
  /// The field whose text is out in $EDITOR, waiting for the editor to close.
  public var externalEdit: EditTarget?
  public var overlay: Overlay?
  /// The line of the keys that matter here, above the status line.
  public var showsKeyBar = true
  public var message: StatusMessage?
  public var history = UndoHistory()
  /// Documents edited in memory and not yet on disk (a save is under way or failed).
  public var unsaved: Set<DocumentRef> = []
  /// Documents with unsaved edits that changed on disk while a field was being edited or a
  /// question was open: they are merged once it is closed, so no typing is lost.
  public var conflictsWaiting: Set<DocumentRef> = []
  /// The merge conflicts git's merges left in the workspace, as the run loop last read them.
  public var mergeConflicts: [ConflictRecord] = []
  /// The merge conflict whose value is out in $EDITOR, waiting for the editor to close.
  public var externalConflictEdit: MergeConflict?
  /// Merges with files changed on disk whose conflicts wait to be asked, after the one asked now.
  public var mergesWaiting: [LiveMerge] = []
  /// What changed in the strategy since the last review was committed, for the review's
  /// "changed since the last review" lines; nil until git has answered (or outside git).
  public var changesSinceReview: ChangesSinceReview?
  /// The weekly review, when it is open over the scorecard.
  public var review: ReviewSession?
  /// The review left to look at a pane: `w` comes back to it where it was.
  public var parkedReview: ReviewSession?
  /// The monthly checkpoint, when it is open over the panes.
  public var checkpoint: CheckpointSession?
  /// The checkpoint left to look at a pane: `M` comes back to it where it was.
  public var parkedCheckpoint: CheckpointSession?
  /// The checks have not run yet on this workspace: `findings` holds only the load problems.
  public private(set) var checksPending = false

  public static let minimumWidth = 60
  public static let minimumHeight = 16

  public init(
    workspace: Workspace, today: CalendarDate, location: String, width: Int = 80, height: Int = 24,
    readonly: Bool = false, readOnlyDocuments: [DocumentRef: String] = [:], loadProblems: [Finding] = [],
    theme: Theme = .monochrome, checkingAfterFirstFrame: Bool = false
  ) {
    self.theme = theme
    self.workspace = workspace
    self.today = today
    self.location = location
    self.width = width
    self.height = height
    self.readonly = readonly
    self.readOnlyDocuments = readOnlyDocuments
    self.loadProblems = loadProblems
    self.findings = []
    self.pane = Pane.allCases[0]
    self.panes = Workbench.initialPanes(for: workspace)
    if checkingAfterFirstFrame {
      // A large workspace shows at once; `.checksRequested` brings the findings a frame later.
      findings = loadProblems
      checksPending = true
    } else {
      refreshFindings()
    }
  }

  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// Recomputes the checks; called after every change of the workspace.
  mutating func refreshFindings() {
    findings = loadProblems + Checks.run(workspace, today: today, skipping: Set(readOnlyDocuments.keys))
    checksPending = false
  }

  public var errorCount: Int { findings.filter { $0.severity == .error }.count }
  public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

  public func findings(for pillar: PillarKind) -> [Finding] {
    findings.filter { finding in
      if let kind = finding.pillar { return kind == pillar }
      if finding.rule == .pillarEmpty || finding.rule == .pillarNoOwner,
        finding.path.components.count >= 2, case .index(let i) = finding.path.components[1]
      {
        return workspace.pillars.pillars.indices.contains(i) && workspace.pillars.pillars[i].id == pillar
      }
      return false
    }
  }
}

/// A line of feedback in the status bar.
public struct StatusMessage: Equatable, Sendable {
  /// `waiting`: a save waits for another process; it gives way to the news that it was saved.
  public enum Kind: Sendable { case info, error, waiting }
  public var text: String
  public var kind: Kind

  public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
  public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}
