import PillarsCore

/// A kind whose documents make pages of the export.
protocol ExportingKind: DocumentKindDefinition {
  /// The kind's pages, in order; the export gives each page with a ``PageKind/Naming/unique(_:)``
  /// name one no other page has.
  static func pages(for workspace: Workspace) -> [PageKind]
}
