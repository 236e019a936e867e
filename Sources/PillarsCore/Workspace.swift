/// Everything a team keeps about its customer strategy: the documents of one workspace folder.
///
/// The documents are kept by kind, one value per kind of the ``registry``, in a dictionary that is
/// copied only when written to: the screens copy the workspace on every keystroke for undo. Each
/// kind's file declares the typed accessors (``promise``, ``journeys``).
public struct Workspace: Equatable, Sendable {
  /// The kinds of document this workspace holds.
  public let registry: DocumentRegistry
  /// Each kind's value by the kind's name; a kind with no entry holds its empty value.
  private var contents: [String: any Sendable] = [:]

  /// A workspace holding nothing yet, not even a name.
  public init(registry: DocumentRegistry = .standard) {
    self.registry = registry
  }

  public init(
    manifest: WorkspaceManifest, pillars: PillarsDocument = PillarsDocument(),
    promise: PromiseDocument = PromiseDocument(), segments: SegmentsDocument = SegmentsDocument(),
    scorecard: ScorecardDocument = ScorecardDocument(), journeys: [Journey] = [], reviews: [Review] = []
  ) {
    self.init()
    self.manifest = manifest
    self.pillars = pillars
    self.promise = promise
    self.segments = segments
    self.scorecard = scorecard
    self.journeys = journeys.sorted { $0.id < $1.id }
    self.reviews = reviews.sorted { $0.week < $1.week }
  }

  /// A new, empty but valid workspace.
  public static func empty(name: String, owner: String = "") -> Workspace {
    Workspace(manifest: WorkspaceManifest(name: name, owner: owner))
  }

  /// The value of a kind kept in one file.
  public subscript<Kind: SingleFileKind>(kind: Kind.Type) -> Kind.File {
    get { contents[Kind.kind.rawValue] as? Kind.File ?? Kind.fallback(folderName: "") }
    _modify {
      // Taken out while it is changed, so the change does not copy it.
      let name = Kind.kind.rawValue
      var value = contents.removeValue(forKey: name) as? Kind.File ?? Kind.fallback(folderName: "")
      defer { contents[name] = value }
      yield &value
    }
  }

  /// The items of a kind kept one file per item, in the kind's order.
  public subscript<Kind: ItemFileKind>(items kind: Kind.Type) -> [Kind.File] {
    get { contents[Kind.kind.rawValue] as? [Kind.File] ?? [] }
    _modify {
      let name = Kind.kind.rawValue
      var value = contents.removeValue(forKey: name) as? [Kind.File] ?? []
      defer { contents[name] = value }
      yield &value
    }
  }

  /// Every document of the workspace, in a stable order.
  public var documentRefs: [DocumentRef] { registry.fileOrder.flatMap { $0.definition.documents(in: self) } }

  /// Wish-words from the built-in list and the workspace's own additions.
  public var wishWords: [String] { WishWords.builtIn + manifest.extraWishWords }

  public static func == (lhs: Workspace, rhs: Workspace) -> Bool {
    lhs.registry == rhs.registry && lhs.registry.kinds.allSatisfy { $0.definition.holdsSame(lhs, rhs) }
  }
}
