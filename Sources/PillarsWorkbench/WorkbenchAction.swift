import PillarsCore
import PillarsMerge
import ScreenKit

/// What happened: the user did something, or an effect came back from the run loop.
public enum WorkbenchAction: Equatable, Sendable {
  case keyPressed(Key)
  case textPasted(String)
  case mouseClicked(x: Int, y: Int)
  case mouseWheelScrolled(up: Bool)
  case terminalResized(width: Int, height: Int)
  case commandChosen(Command)
  case saveSucceeded(Set<DocumentRef>)
  case saveFailed(Set<DocumentRef>, reason: String)
  /// Another Pillars process holds the workspace; the run loop saves these documents when it lets go.
  case saveWaiting(Set<DocumentRef>, holder: String)
  /// A save was refused because these files changed on disk since they were read.
  case saveConflicted(Set<DocumentRef>)
  case documentsChangedOnDisk(Set<DocumentRef>)
  /// The run loop merged documents with unsaved edits with their files changed on disk;
  /// `unmergeable` could not be merged by meaning.
  case documentsMerged([LiveMerge], unmergeable: Set<DocumentRef>)
  /// The run loop read these documents again; `workspace` holds their new content.
  case documentsReloaded(Set<DocumentRef>, from: Workspace, problems: [Finding], unreadable: [DocumentRef: String])
  /// The external editor closed; nil text when it could not be run or exited with an error.
  case externalEditorFinished(text: String?, error: String?)
  /// The Markdown export finished: where it went, or why it failed.
  case exportFinished(String, failed: Bool)
  /// The first frame is on screen: run the checks that were left for after it.
  case checksRequested
  /// The user asked on the command line for the review of a week (`pillars review --week`).
  case reviewRequested(ISOWeek)
  /// The user asked on the command line for the monthly checkpoint (`pillars review --monthly`).
  case checkpointRequested(CalendarMonth)
  /// The run loop read the merge conflicts kept in the workspace (at the start, and when they change).
  case mergeConflictsRead([ConflictRecord])
  /// A merge conflict was settled in its file (`error` nil) or could not be; `remaining` is what
  /// is left, and `file` the document's path as `git add` takes it.
  case mergeConflictResolved(MergeConflict, remaining: [ConflictRecord], file: String, error: String?)
  /// What changed in the strategy since the last review was committed, in strategy words (the
  /// run loop asked git when the review opened); `since` names that commit.
  case changesSinceReviewRead([String], since: String)
  /// The run loop's clock reached another day: "today" and "this week" move to it.
  case dayChanged(CalendarDate)
}

/// What the run loop should do for the update function; the only way it touches the world.
public enum WorkbenchEffect: Equatable, Sendable {
  /// Write these documents of `workspace` atomically (removing journeys and reviews that are gone).
  case save(Workspace, Set<DocumentRef>)
  /// Write these documents even though they changed on disk: the user chose to keep theirs.
  case overwrite(Workspace, Set<DocumentRef>)
  case reload(Set<DocumentRef>)
  /// Merge what `workspace` holds for these documents with their files, changed on disk, against
  /// the versions last read or written; the result comes back as `documentsMerged`.
  case mergeWithDisk(Set<DocumentRef>, Workspace)
  /// Settle a merge's conflicts as the user chose (one choice per conflict, in order), then
  /// send it back as `documentsMerged`.
  case settleMerge(LiveMerge, [ConflictChoice], Workspace)
  /// Leave the screens, run $VISUAL or $EDITOR on `text`, and come back.
  case openExternalEditor(text: String)
  case quit
  /// Settle one merge conflict in its file with the store, then read the document again.
  case resolveMergeConflict(MergeConflict, ConflictChoice)
  /// Find, through git, what changed since the last weekly review was committed; the answer
  /// comes back as `changesSinceReviewRead`, or not at all when the workspace is not under git.
  case readChangesSinceReview
  /// Write the Markdown one-pagers of `workspace` into the workspace's export folder.
  case exportMarkdown(Workspace)
}
