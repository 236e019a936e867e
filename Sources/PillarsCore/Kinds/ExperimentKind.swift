/// `experiments/<id>.json`: one experiment per file, named after its id, so two people running
/// different experiments never touch the same file.
public enum ExperimentKind: ItemFileKind {
  public typealias File = Experiment

  public static let kind = DocumentKind(
    "experiment", layout: .folder("experiments", keys: .id), order: 10, definition: ExperimentKind.self)

  public static var unreadableFolderConsequence: String { "no experiment is loaded" }

  public static func key(of experiment: Experiment) -> String { experiment.id.rawValue }

  public static func areInOrder(_ experiment: Experiment, _ other: Experiment) -> Bool { experiment.id < other.id }

  public static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal? {
    let stem = document.key ?? ""
    guard !Slug.isValid(stem) else { return nil }
    return Refusal(
      Finding(
        .error, .malformedID, in: document,
        "\"\(stem)\" is not a valid experiment id, so the file is not loaded; ids use lowercase letters, digits and dashes: rename the file, and the \"id\" inside it, to \"\(Slug.make(from: stem))\""
      ))
  }

  public static func mismatch(_ experiment: Experiment, in document: DocumentRef) -> Mismatch {
    let stem = document.key ?? ""
    let advice =
      experiment.id.isWellFormed
      ? "rename the file to \(experiment.id).json or set the id to \"\(stem)\"" : "set the id to \"\(stem)\""
    return Mismatch(
      Finding(
        .error, .invalidDocument, in: document, at: JSONPath.root / "id",
        "the experiment's id is \"\(experiment.id)\" but its file is named \(stem).json; \(advice)"), at: "id")
  }

  /// The touchpoints it touches are kept by both ids, so two people linking different ones both keep theirs.
  public static func entities(in experiment: Experiment) -> [DocumentEntity] {
    experiment.touchpoints.enumerated().map { index, link in
      DocumentEntity("touchpoint-link", id: link.description, at: ["touchpoints", .index(index)])
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("touchpoints", of: "touchpoint-link", id: .members(["journey", "touchpoint"]))] }

  public static func check(_ context: inout CheckContext) {
    Checks.checkExperiments(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.experiments.map { experiment in
      WorkspaceSearch.Entry(.entity(.experiment(experiment.id), id: experiment.id.rawValue), "Experiment · \(experiment.name)",
        [experiment.name, experiment.hypothesis, experiment.test, experiment.criterion, experiment.observed,
          experiment.learning, experiment.nextStep, experiment.stopReason, experiment.owner])
    }
  }
}

extension DocumentKind {
  public static var experiment: DocumentKind { ExperimentKind.kind }
}

extension DocumentRef {
  public static func experiment(_ id: ExperimentID) -> DocumentRef { DocumentRef(ExperimentKind.kind, key: id.rawValue) }
}

extension Workspace {
  /// Ordered by id.
  public var experiments: [Experiment] {
    get { self[items: ExperimentKind.self] }
    _modify { yield &self[items: ExperimentKind.self] }
  }

  public func experiment(_ id: ExperimentID) -> Experiment? { experiments.first { $0.id == id } }
}
