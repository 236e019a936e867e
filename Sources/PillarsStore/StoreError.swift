import PillarsCore

/// Why the workspace folder could not be read or written, naming the file and what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The folder, or its `workspace.json`, is missing.
  case notAWorkspace(folder: String)
  /// `create` found a `workspace.json` already there.
  case alreadyAWorkspace(folder: String)
  /// `create` found a document file already there.
  case wouldOverwrite(path: String)
  /// The file changed on disk since this store last read or wrote it.
  case changedOnDisk(DocumentRef)
  /// The document could not be loaded, so the store will not write over the file.
  case unavailable(DocumentRef)
  /// The document was written by a newer Pillars and is read-only.
  case newerSchema(DocumentRef)
  /// Two documents of the workspace would be written to the same file.
  case duplicateDocument(DocumentRef)
  /// The document's id cannot be used as a file name.
  case invalidFileName(DocumentRef)
  /// A value of the document cannot be written as JSON (NaN or infinity).
  case cannotEncode(DocumentRef, reason: String)
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case cannotLock(path: String, reason: String)
  /// Another Pillars process held the workspace for longer than this one would wait.
  case locked(LockHolder?, waited: Double)
  /// Saving the scorecard would drop weekly values kept inside it (schema 1) that cannot move to their own file.
  case valuesCannotMove(MetricID, reason: String)

  public var description: String {
    switch self {
    case .notAWorkspace(let folder):
      "\(folder) is not a Pillars workspace: it has no workspace.json; create one with `pillars init` or point to the right folder"
    case .alreadyAWorkspace(let folder):
      "\(folder) already holds a Pillars workspace (workspace.json exists); open it instead, or choose another folder"
    case .wouldOverwrite(let path):
      "\(path) already exists; move it away or create the workspace in another folder"
    case .changedOnDisk(let document):
      "\(document.path) changed on disk since Pillars read it; reload to see the other change before saving again"
    case .unavailable(let document):
      "\(document.path) could not be read when the workspace was loaded, so Pillars will not write over it; fix the file (see `pillars check`) and reload"
    case .newerSchema(let document):
      "\(document.path) was written by a newer Pillars and is read-only here; update Pillars to change it"
    case .duplicateDocument(let document):
      "two documents would be saved as \(document.path); give one of them another id"
    case .invalidFileName(let document):
      "\(document.path) cannot be written: its id is not a valid file name; ids use lowercase letters, digits and single dashes, at most 80 characters, so change the id"
    case .cannotEncode(let document, let reason):
      "\(document.path) cannot be saved: \(reason); correct that value"
    case .cannotRead(let path, let reason):
      "cannot read \(path): \(reason); check the folder's permissions"
    case .cannotWrite(let path, let reason):
      "cannot save \(path): \(reason)"
    case .cannotLock(let path, let reason):
      "cannot lock the workspace with \(path): \(reason); check that the workspace folder is writable"
    case .locked(let holder, let waited):
      "the workspace is busy: \(holder.map { "\($0) holds it" } ?? "another Pillars process holds it"); gave up after \(WorkspaceLock.duration(waited)); nothing was changed, so try again when it has finished, or wait longer with --lock-timeout"
    case .valuesCannotMove(let metric, let reason):
      "scorecard.json still holds the weekly values of \"\(metric)\" (schema 1), and they cannot move to their own file: \(reason); nothing was saved, so that they are not lost"
    }
  }
}
