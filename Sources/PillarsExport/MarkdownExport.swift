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
    return all.filter { only?.contains($0.name) ?? true }.map { kind in
      var document = MarkdownDocument()
      document.heading(1, "\(kind.title)")
      if let date { document.paragraph(Markdown(verbatim: "Exported on \(date).")) }
      switch kind.content {
      case .strategy: writeStrategy(into: &document, context)
      case .promise: writePromise(into: &document, context)
      case .segments: writeSegments(into: &document, context)
      case .journey(let journey): writeJourney(journey, into: &document, context)
      case .channelCharter: writeChannelCharter(into: &document, context)
      case .scorecard: writeScorecard(into: &document, context)
      case .review(let review): writeReview(review, into: &document, context)
      case .index: writeIndex(all, into: &document, context)
      }
      return ExportedPage(fileName: kind.name + ".md", title: kind.title, markdown: document.text)
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
  enum Content {
    case strategy, promise, segments, channelCharter, scorecard, index
    case journey(Journey)
    case review(Review)
  }

  let name: String
  let title: String
  let content: Content

  /// Every page of the workspace, in the order they are exported and listed in the index.
  static func all(for workspace: Workspace) -> [PageKind] {
    let company = ExportFormat.plain(workspace.manifest.name)
    func titled(_ title: String) -> String { company.isEmpty ? title : "\(title): \(company)" }
    var pages = [
      PageKind(name: "strategy", title: titled("Customer strategy"), content: .strategy),
      PageKind(name: "promise", title: "Value proposition and proof", content: .promise),
      PageKind(name: "who-we-win-with", title: "Who we win with", content: .segments),
    ]
    var taken = Set(["strategy", "promise", "who-we-win-with", "channel-charter", "scorecard", "index"])
    for journey in workspace.journeys {
      // A malformed id must not reach the file system as a path: it is turned into a slug first.
      let slug = Slug.isValid(journey.id.rawValue) ? journey.id.rawValue : Slug.make(from: journey.id.rawValue)
      let name = Slug.unique("journey-" + slug, avoiding: taken)
      taken.insert(name)
      let journeyName = ExportFormat.plain(journey.name.isBlank ? journey.id.rawValue : journey.name)
      pages.append(
        PageKind(name: name, title: "Journey map with friction points: \(journeyName)", content: .journey(journey)))
    }
    pages.append(PageKind(name: "channel-charter", title: "Channel charter with KPIs", content: .channelCharter))
    pages.append(PageKind(name: "scorecard", title: "Scorecard", content: .scorecard))
    for review in workspace.reviews {
      let name = Slug.unique("review-\(review.week)", avoiding: taken)
      taken.insert(name)
      pages.append(PageKind(name: name, title: "Weekly review \(review.week)", content: .review(review)))
    }
    pages.append(PageKind(name: "index", title: titled("One-pagers"), content: .index))
    return pages
  }
}
