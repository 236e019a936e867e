import PillarsCore
import PillarsJSON
import PillarsMerge

/// A workspace as read from its folder, with what was wrong in its files.
public struct LoadedWorkspace: Sendable {
  /// The documents; those that failed to load are replaced by empty defaults.
  public var workspace: Workspace
  /// Load-time errors and warnings: syntax, types, missing fields, unknown values, encoding,
  /// newer schema versions, unknown fields, journey files named after another id.
  public var problems: [LocatedFinding]
  /// Documents that failed to load: never to be written over.
  public var unavailable: Set<DocumentRef>
  /// Documents written by a newer Pillars: shown, never rewritten.
  public var readOnly: Set<DocumentRef>
  /// What the user should be told about the load itself, such as a save a crash interrupted that
  /// was finished or undone.
  public var notices: [String]
  /// The workspace folder and each file as it was read, for placing findings later. The parsed
  /// files are not kept: a finding is placed by reading its file again, when it is unchanged.
  private var root: String?
  private var files: [DocumentRef: DiskState]

  public init(
    workspace: Workspace, problems: [LocatedFinding] = [], unavailable: Set<DocumentRef> = [],
    readOnly: Set<DocumentRef> = []
  ) {
    self.init(
      workspace: workspace, problems: problems, unavailable: unavailable, readOnly: readOnly, root: nil, files: [:],
      notices: [])
  }

  init(
    workspace: Workspace, problems: [LocatedFinding], unavailable: Set<DocumentRef>, readOnly: Set<DocumentRef>,
    root: String?, files: [DocumentRef: DiskState], notices: [String]
  ) {
    self.notices = notices
    self.workspace = workspace
    self.problems = problems
    self.unavailable = unavailable
    self.readOnly = readOnly
    self.root = root
    self.files = files
  }

  /// Places a check finding at its line and column in the file as it was read: at the value
  /// its path names, or the deepest value on the way when the path goes further than the file
  /// (a missing field lands on the object that lacks it). No position when the file changed since.
  public func locate(_ finding: Finding) -> LocatedFinding {
    LocatedFinding(finding, at: tree(of: finding.document)?.location(of: ValuePath(finding.path)))
  }

  /// Places many findings, reading each file they name once.
  public func locate(_ findings: [Finding]) -> [LocatedFinding] {
    var trees: [DocumentRef: JSONValue?] = [:]
    return findings.map { finding in
      if trees[finding.document] == nil { trees[finding.document] = tree(of: finding.document) }
      let location = trees[finding.document]??.location(of: ValuePath(finding.path))
      return LocatedFinding(finding, at: location)
    }
  }

  private func tree(of document: DocumentRef) -> JSONValue? {
    guard let root, let expected = files[document], case .content = expected,
      let stored = document.storedPath, let bytes = try? Disk.read(root + "/" + stored), DiskState(bytes) == expected
    else { return nil }
    return try? JSONParser.parse(bytes)
  }

  /// Whether any load problem is an error.
  public var hasErrors: Bool { problems.contains { $0.finding.severity == .error } }
}
