/// `checkpoints/<YYYY-MM>.json`: one monthly checkpoint per file, named after its month.
public enum CheckpointKind: ItemFileKind {
  public typealias File = MonthlyCheckpoint

  public static let kind = DocumentKind(
    "checkpoint", layout: .folder("checkpoints", keys: .month), order: 12, definition: CheckpointKind.self)

  public static var unreadableFolderConsequence: String { "no monthly checkpoint is loaded" }

  public static func key(of checkpoint: MonthlyCheckpoint) -> String { checkpoint.month.description }

  public static func areInOrder(_ checkpoint: MonthlyCheckpoint, _ other: MonthlyCheckpoint) -> Bool {
    checkpoint.month < other.month
  }

  public static func mismatch(_ checkpoint: MonthlyCheckpoint, in document: DocumentRef) -> Mismatch {
    let stem = document.key ?? ""
    return Mismatch(
      Finding(
        .error, .invalidDocument, in: document, at: JSONPath.root / "month",
        "the checkpoint's month is \(checkpoint.month) but its file is named \(stem).json; rename the file to \(checkpoint.month).json or set the month to \"\(stem)\""
      ), at: "month")
  }

  public static func entities(in checkpoint: MonthlyCheckpoint) -> [DocumentEntity] {
    checkpoint.decisions.enumerated().map { index, decision in
      DocumentEntity("decision", id: "\(decision.id)", at: ["decisions", .index(index)])
    }
  }

  public static func check(_ context: inout CheckContext) {
    Checks.lintCheckpoints(&context)
  }
}

extension DocumentKind {
  public static var checkpoint: DocumentKind { CheckpointKind.kind }
}

extension DocumentRef {
  public static func checkpoint(_ month: CalendarMonth) -> DocumentRef {
    DocumentRef(CheckpointKind.kind, key: month.description)
  }
}

extension Workspace {
  /// Ordered by month.
  public var checkpoints: [MonthlyCheckpoint] {
    get { self[items: CheckpointKind.self] }
    _modify { yield &self[items: CheckpointKind.self] }
  }

  public func checkpoint(_ month: CalendarMonth) -> MonthlyCheckpoint? { checkpoints.first { $0.month == month } }
}
