/// Which document of the workspace something lives in, by its path relative to the workspace folder.
public struct DocumentRef: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let kind: DocumentKind
  /// The item's key for a kind kept one file per item (a journey's id, a review's week); nil otherwise.
  public let key: String?

  public init(_ kind: DocumentKind, key: String? = nil) {
    self.kind = kind
    self.key = key
  }

  /// The path inside the workspace folder, with `/` separators.
  public var path: String {
    switch kind.layout {
    case .file(let name): name
    case .folder(let folder, _): "\(folder)/\(key ?? "").json"
    }
  }

  public var description: String { path }

  /// The file this document may be written to and read from, or nil when an id in it breaks the
  /// id grammar (``Slug/isValid(_:)``: lowercase letters, digits and single dashes, at most 80
  /// characters). This is the one place an entity's id becomes a file name, so an id such as
  /// `../x`, `CSAT`, `a/b`, an empty one or one holding a NUL never reaches the file system.
  public var storedPath: String? {
    switch kind.layout {
    case .file: path
    case .folder(_, let keys): keys.isValid(key ?? "") ? path : nil
    }
  }

  /// The document at a workspace-relative path, if the path names one of the given kinds.
  public init?(path: String, kinds: DocumentRegistry = .standard) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    for kind in kinds.kinds {
      if case .file(let name) = kind.layout, name == path {
        self.init(kind)
        return
      }
      if case .folder(let folder, let keys) = kind.layout, parts.count == 2, parts[0] == folder, parts[1].hasSuffix(".json") {
        let stem = String(parts[1].dropLast(5))
        guard keys.isValid(stem) else { return nil }
        self.init(kind, key: stem)
        return
      }
    }
    return nil
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.kind.order, lhs.path) < (rhs.kind.order, rhs.path)
  }
}
