/// Everything one kind of document declares, in one place: its file layout (``kind``), how the
/// workspace holds its documents, how a file of it is taken in when loaded, the entities it holds,
/// its checks and what search finds in it.
///
/// Its schema is `.pillars/schema/<name>.schema.json`, from `docs/schema`. A file is written with
/// the `schemaVersion` its value holds (a document read as 1 stays 1), unless ``file(_:in:)`` says
/// otherwise: the scorecard is written as at least the current version, since its layout changed.
///
/// The store, the check engine, the export and the search iterate a ``DocumentRegistry`` of these
/// instead of naming kinds. Most kinds refine ``SingleFileKind`` or ``ItemFileKind``, which give
/// the rest; a kind whose documents are derived from another's (``HistoryKind``) declares it all.
public protocol DocumentKindDefinition: Sendable {
  /// What one file of the kind decodes to and is written from, with the canonical writer.
  associatedtype File: Codable & Sendable

  /// The name, layout and order of the kind.
  static var kind: DocumentKind { get }

  // MARK: The workspace

  /// The documents of this kind the workspace holds, in order.
  static func documents(in workspace: Workspace) -> [DocumentRef]
  /// What the document's file holds in `workspace`; nil when the workspace has no such document.
  static func file(_ document: DocumentRef, in workspace: Workspace) -> File?
  /// Whether the two workspaces hold the same documents of this kind.
  static func holdsSame(_ workspace: Workspace, _ other: Workspace) -> Bool
  /// The documents of this kind that differ, including those present in only one workspace.
  static func changedDocuments(in workspace: Workspace, since other: Workspace) -> Set<DocumentRef>
  /// Puts `other`'s version of `document` into `workspace`, or removes it when `other` has none.
  static func take(_ document: DocumentRef, from other: Workspace, into workspace: inout Workspace)

  // MARK: Loading

  /// Why a listed file of this kind is not read at all (a name that is no id, values of a metric
  /// the scorecard lacks); nil to read it. Asked in registry file order, so the kinds before have loaded.
  static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal?
  /// Takes a file in: what was read of `document` (nothing, an unusable file, or its value).
  /// Returns why a usable file does not belong where it is (its id says another file).
  /// `folderName` is the workspace folder's name, the default name of a workspace.
  static func admit(
    _ file: LoadedFile<File>, as document: DocumentRef, into workspace: inout Workspace, folderName: String
  ) -> Mismatch?
  /// What is lost when the kind's folder cannot be read, for the message: "no journey is loaded".
  static var unreadableFolderConsequence: String { get }
  /// The document a problem with the kind's folder is reported in.
  static var folderReportedIn: DocumentRef { get }

  // MARK: What it holds

  /// The entities a file of this kind holds, each with its stable id and where it sits in the
  /// file: what a merge of two versions matches (never positions) and a diff names.
  static func entities(in file: File) -> [DocumentEntity]
  /// The same entities as a description of the file's layout, read from its JSON tree without
  /// decoding it (the merge driver's three versions); nil when the kind does not declare one, and
  /// its files are decoded instead.
  static var entityShapes: [EntityShape]? { get }
  /// Validation and strategy lints of the kind's documents, skipping those that failed to load.
  static func check(_ context: inout CheckContext)
  /// What search looks through, in the order hits are listed.
  static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry]
}

extension DocumentKindDefinition {
  public static var unreadableFolderConsequence: String { "no \(kind.rawValue) is loaded" }
  public static var folderReportedIn: DocumentRef { .manifest }
  public static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal? {
    nil
  }
  public static func check(_ context: inout CheckContext) {}
  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] { [] }
  public static var entityShapes: [EntityShape]? { nil }

  /// The entities the document holds in `workspace`, as its file would hold them.
  public static func entities(of document: DocumentRef, in workspace: Workspace) -> [DocumentEntity] {
    file(document, in: workspace).map(entities(in:)) ?? []
  }
}

/// What reading a document's file gave.
public enum LoadedFile<File> {
  /// There is no file.
  case absent
  /// The file is there but cannot be used; its problems are reported.
  case failed
  case loaded(File)
}

/// Why a file is not read: it is reported (when `finding` is given), left alone and never written over.
public struct Refusal: Sendable {
  public var finding: Finding?

  public init(_ finding: Finding?) { self.finding = finding }
}

/// Why a usable file does not belong where it is: reported at the top-level `member` of the file,
/// and the file is left alone and never written over.
public struct Mismatch: Sendable {
  public var finding: Finding
  public var member: String

  public init(_ finding: Finding, at member: String) {
    self.finding = finding
    self.member = member
  }
}
