/// `signals/<theme-id>.json`: one theme of customer signals per file, with its weekly counts.
public enum SignalThemeKind: ItemFileKind {
  public typealias File = SignalTheme

  public static let kind = DocumentKind(
    "signal-theme", layout: .folder("signals", keys: .id), order: 10, definition: SignalThemeKind.self)

  public static var unreadableFolderConsequence: String { "no theme of customer signals is loaded" }

  public static func key(of theme: SignalTheme) -> String { theme.id.rawValue }

  public static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal? {
    let stem = document.key ?? ""
    guard !Slug.isValid(stem) else { return nil }
    return Refusal(
      Finding(
        .error, .invalidDocument, in: document,
        "\"\(stem)\" is not a valid theme id, so the file is not loaded; ids use lowercase letters, digits and dashes: rename the file, and the \"id\" inside it, to \"\(Slug.make(from: stem))\""
      ))
  }

  public static func mismatch(_ theme: SignalTheme, in document: DocumentRef) -> Mismatch {
    let stem = document.key ?? ""
    return Mismatch(
      Finding(
        .error, .invalidDocument, in: document, at: JSONPath.root / "id",
        "the theme's id is \"\(theme.id)\" but its file is named \(stem).json; rename the file to \(theme.id).json or set the id to \"\(stem)\""
      ), at: "id")
  }

  public static func entities(in theme: SignalTheme) -> [DocumentEntity] {
    theme.weeks.enumerated().map { index, entry in
      DocumentEntity("week", id: entry.week.description, at: ["weeks", .index(index)])
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("weeks", of: "week", id: .week("week"))] }

  public static func check(_ context: inout CheckContext) {
    for theme in context.workspace.signalThemes { Checks.validate(theme, &context) }
    Checks.lintSignals(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.signalThemes.map { theme in
      WorkspaceSearch.Entry(.entity(.signalTheme(theme.id), id: theme.id.rawValue), "Theme · \(theme.name)", [theme.name, theme.description, theme.owner, theme.whatChanged])
    }
  }
}

extension DocumentKind {
  public static var signalTheme: DocumentKind { SignalThemeKind.kind }
}

extension DocumentRef {
  public static func signalTheme(_ id: SignalThemeID) -> DocumentRef { DocumentRef(SignalThemeKind.kind, key: id.rawValue) }
}

extension Workspace {
  /// The themes of customer signals, ordered by id.
  public var signalThemes: [SignalTheme] {
    get { self[items: SignalThemeKind.self] }
    _modify { yield &self[items: SignalThemeKind.self] }
  }

  public func signalTheme(_ id: SignalThemeID) -> SignalTheme? { signalThemes.first { $0.id == id } }
}
