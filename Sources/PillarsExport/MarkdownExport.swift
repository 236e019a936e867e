import PillarsCore

/// The customer strategy as Markdown one-pagers: the strategy, the promise, who we win with, each
/// journey map, the channel charter, the scorecard, each weekly review, and an index.
///
/// Pages are pure functions of the workspace and the day: the same input gives byte-identical
/// pages, in a stable order, with no timestamp unless `date` is given.
public enum MarkdownExport {
  /// All pages for the workspace, in a stable order.
  ///
  /// - Parameters:
  ///   - today: the day staleness and overdue actions are judged against.
  ///   - only: page names to keep (file names without `.md`); nil keeps every page. The index
  ///     links every page the workspace exports, whichever are kept.
  ///   - date: when given, each page says it was exported on that day.
  public static func pages(
    for workspace: Workspace, today: CalendarDate, only: Set<String>? = nil, date: CalendarDate? = nil
  ) -> [ExportedPage] {
    let context = ExportContext(workspace: workspace, today: today)
    let all = PageKind.all(for: workspace)
    return all.filter { only?.contains($0.name) ?? true }.map { page in
      var document = MarkdownDocument()
      document.heading(1, "\(page.title)")
      if let date { document.paragraph(Markdown(verbatim: "Exported on \(date).")) }
      if let write = page.write {
        write(&document, context)
      } else {
        writeIndex(all, into: &document, context)
      }
      return ExportedPage(fileName: page.name + ".md", title: page.title, markdown: document.text)
    }
  }

  /// The page names this workspace would export, in order (for validating `--only`).
  public static func pageNames(for workspace: Workspace) -> [String] {
    PageKind.all(for: workspace).map(\.name)
  }
}

/// What the pages share while they are written: the workspace, the day, and what is computed once.
struct ExportContext {
  let workspace: Workspace
  let today: CalendarDate
  let summary: ScorecardSummary
  let findings: [Finding]
  /// The most recent week any metric has a value for: the week the scorecard shows.
  let latestWeek: ISOWeek?

  init(workspace: Workspace, today: CalendarDate) {
    self.workspace = workspace
    self.today = today
    summary = ScorecardSummary(workspace: workspace, today: today)
    findings = Checks.run(workspace, today: today)
    latestWeek = workspace.scorecard.metrics.compactMap(\.latest?.week).max()
  }

  /// The segment's name, or its id marked as missing when segments.json does not have it.
  func segmentName(_ id: SegmentID?) -> Markdown? {
    guard let id else { return nil }
    if let segment = workspace.segments[id] { return "\(segment.name)" }
    return "\(id.rawValue) (not in the segments)"
  }
}

/// One page of the export: its name (the file name without `.md`), title and what it shows.
struct PageKind {
  enum Naming {
    /// A name of the page alone, such as `scorecard`.
    case fixed(String)
    /// A name made from an item's key, given a suffix when a fixed name or an earlier page has it.
    case unique(String)
  }

  private(set) var name: String
  let title: String
  /// What the page is for, in a few words, for the index.
  let purpose: Markdown
  /// Writes the page's body; nil for the index, which lists the others.
  let write: ((inout MarkdownDocument, ExportContext) -> Void)?
  private let isFixed: Bool

  init(_ naming: Naming, title: String, purpose: Markdown, write: ((inout MarkdownDocument, ExportContext) -> Void)?) {
    switch naming {
    case .fixed(let name):
      self.name = name
      isFixed = true
    case .unique(let name):
      self.name = name
      isFixed = false
    }
    self.title = title
    self.purpose = purpose
    self.write = write
  }

  /// A title followed by the company's name, when the workspace has one.
  static func titled(_ title: String, in workspace: Workspace) -> String {
    let company = ExportFormat.plain(workspace.manifest.name)
    return company.isEmpty ? title : "\(title): \(company)"
  }

  /// Every page of the workspace, in the order they are exported and listed in the index: the
  /// pages of each kind in the registry's order, then the index.
  static func all(for workspace: Workspace) -> [PageKind] {
    var pages = workspace.registry.kinds.flatMap { kind in
      (kind.definition as? any ExportingKind.Type)?.pages(for: workspace) ?? []
    }
    pages.append(PageKind(.fixed("index"), title: titled("One-pagers", in: workspace), purpose: "this page", write: nil))
    var taken = Set(pages.filter(\.isFixed).map(\.name))
    for index in pages.indices where !pages[index].isFixed {
      pages[index].name = Slug.unique(pages[index].name, avoiding: taken)
      taken.insert(pages[index].name)
    }
    return pages
  }
}
