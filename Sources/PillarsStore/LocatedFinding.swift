import PillarsCore

/// A finding placed in a file: what `pillars check` prints as `file:line:column: severity: path: message`.
public struct LocatedFinding: Hashable, Sendable {
  public var finding: Finding
  /// Where in the file; nil when the file could not be read at all.
  public var location: SourceLocation?
  /// The file or folder the line names: the document's path, or a folder such as `journeys/`
  /// when the folder itself could not be read.
  public var file: String
  /// The line to print, such as
  /// `journeys/onboarding.json:41:17: error: stages[2].touchpoints[0].emotion: must be between -2 and 2, found 7`.
  /// The position is left out when unknown, the path when it is the whole document.
  public var rendered: String

  public init(_ finding: Finding, at location: SourceLocation?, file: String? = nil) {
    self.finding = finding
    self.location = location
    self.file = file ?? finding.document.path
    var text = self.file
    if let location { text += ":\(location.line):\(location.column)" }
    text += ": \(finding.severity.rawValue): "
    if !finding.path.isRoot { text += "\(finding.path): " }
    rendered = text + finding.message
  }
}
