/// What a kind of document is: its name, which names its schema, and where its files live.
///
/// The behaviour of a kind (how the workspace holds it, how it loads, its checks) is its
/// ``DocumentKindDefinition``; the kinds a workspace knows are listed in a ``DocumentRegistry``.
public struct DocumentKind: Hashable, Sendable, CustomStringConvertible {
  /// Where the files of a kind live, relative to the workspace folder.
  public enum Layout: Equatable, Sendable {
    /// One file at the top of the folder, such as `promise.json`.
    case file(String)
    /// A folder with one file per item, named after the item's key: `journeys/<id>.json`.
    case folder(String, keys: KeyGrammar)
  }

  /// Which keys may name an item's file.
  public enum KeyGrammar: Equatable, Sendable {
    /// An id (``Slug/isValid(_:)``). Files with other names are listed, so they can be reported.
    case id
    /// An ISO week, `2026-W07`. Files with other names are not documents of the kind.
    case isoWeek
    /// A month, `2026-11`. Files with other names are not documents of the kind.
    case month

    /// Whether `key` may become a file name.
    public func isValid(_ key: String) -> Bool {
      switch self {
      case .id: Slug.isValid(key)
      case .isoWeek: ISOWeek(key)?.description == key
      case .month: CalendarMonth(key)?.description == key
      }
    }

    /// Whether a file named `stem.json` in the kind's folder is taken as one of its documents.
    public func lists(_ stem: String) -> Bool {
      switch self {
      case .id: true
      case .isoWeek, .month: isValid(stem)
      }
    }
  }

  /// The kind's name, which names its schema: `.pillars/schema/<rawValue>.schema.json`.
  public let rawValue: String
  public let layout: Layout
  /// Where the kind's documents come among the workspace's files (the order of saving and of findings).
  public let order: Int
  /// What the kind does.
  public let definition: any DocumentKindDefinition.Type

  public init(_ rawValue: String, layout: Layout, order: Int, definition: any DocumentKindDefinition.Type) {
    self.rawValue = rawValue
    self.layout = layout
    self.order = order
    self.definition = definition
  }

  /// The folder of a kind kept one file per item; nil for a kind kept in one file.
  public var folder: String? {
    guard case .folder(let name, _) = layout else { return nil }
    return name
  }

  public var description: String { rawValue }

  /// The kinds of this build, in file order.
  public static var allCases: [DocumentKind] { DocumentRegistry.standard.fileOrder }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
