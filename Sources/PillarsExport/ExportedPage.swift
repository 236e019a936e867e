/// One exported Markdown page: its file name, its title and its whole text.
public struct ExportedPage: Equatable, Sendable {
  /// The file name inside the export folder, such as `strategy.md`.
  public var fileName: String
  /// The page's title as plain text, without Markdown.
  public var title: String
  /// The page, ending with exactly one newline.
  public var markdown: String

  public init(fileName: String, title: String, markdown: String) {
    self.fileName = fileName
    self.title = title
    self.markdown = markdown
  }

  /// The page name `--only` refers to: the file name without `.md`.
  public var name: String { fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName }
}
