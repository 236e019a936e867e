/// `reviews/<YYYY-Www>.json`: one weekly review per file, named after its ISO week.
public enum ReviewKind: ItemFileKind {
  public typealias File = Review

  public static let kind = DocumentKind(
    "review", layout: .folder("reviews", keys: .isoWeek), order: 7, definition: ReviewKind.self)

  public static var unreadableFolderConsequence: String { "no weekly review is loaded" }

  public static func key(of review: Review) -> String { review.week.description }

  public static func areInOrder(_ review: Review, _ other: Review) -> Bool { review.week < other.week }

  public static func mismatch(_ review: Review, in document: DocumentRef) -> Mismatch {
    let stem = document.key ?? ""
    return Mismatch(
      Finding(
        .error, .invalidDocument, in: document, at: JSONPath.root / "week",
        "the review's week is \(review.week) but its file is named \(stem).json; rename the file to \(review.week).json or set the week to \"\(stem)\""
      ), at: "week")
  }

  public static func entities(in review: Review) -> [DocumentEntity] {
    review.decisions.enumerated().map { index, decision in
      DocumentEntity("decision", id: "\(decision.id)", at: ["decisions", .index(index)])
    } + review.notes.keys.sorted().map { DocumentEntity("note", id: $0, at: ["notes", .key($0)]) }
  }

  public static var entityShapes: [EntityShape]? { [.list("decisions", of: "decision"), .keyed("notes", of: "note")] }

  public static func check(_ context: inout CheckContext) {
    for review in context.workspace.reviews { Checks.validate(review, &context) }
    Checks.lintDecisions(&context)
  }
}

extension DocumentKind {
  public static var review: DocumentKind { ReviewKind.kind }
}

extension DocumentRef {
  public static func review(_ week: ISOWeek) -> DocumentRef { DocumentRef(ReviewKind.kind, key: week.description) }
}

extension Workspace {
  /// Ordered by week.
  public var reviews: [Review] {
    get { self[items: ReviewKind.self] }
    _modify { yield &self[items: ReviewKind.self] }
  }

  public func review(_ week: ISOWeek) -> Review? { reviews.first { $0.week == week } }
}
