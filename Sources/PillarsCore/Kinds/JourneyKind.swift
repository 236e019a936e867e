/// `journeys/<id>.json`: one journey map per file, named after the journey's id.
public enum JourneyKind: ItemFileKind {
  public typealias File = Journey

  public static let kind = DocumentKind(
    "journey", layout: .folder("journeys", keys: .id), order: 6, definition: JourneyKind.self)

  public static var unreadableFolderConsequence: String { "no journey is loaded" }

  public static func key(of journey: Journey) -> String { journey.id.rawValue }

  public static func areInOrder(_ journey: Journey, _ other: Journey) -> Bool { journey.id < other.id }

  public static func refusal(of document: DocumentRef, in workspace: Workspace, isLoaded: (DocumentRef) -> Bool) -> Refusal? {
    let stem = document.key ?? ""
    guard !Slug.isValid(stem) else { return nil }
    return Refusal(
      Finding(
        .error, .journeyFileName, in: document,
        "\"\(stem)\" is not a valid journey id, so the file is not loaded; ids use lowercase letters, digits and dashes: rename the file, and the \"id\" inside it, to \"\(Slug.make(from: stem))\""
      ))
  }

  public static func mismatch(_ journey: Journey, in document: DocumentRef) -> Mismatch {
    let stem = document.key ?? ""
    let advice =
      journey.id.isWellFormed ? "rename the file to \(journey.id).json or set the id to \"\(stem)\"" : "set the id to \"\(stem)\""
    return Mismatch(
      Finding(
        .error, .journeyFileName, in: document, at: JSONPath.root / "id",
        "the journey's id is \"\(journey.id)\" but its file is named \(stem).json; \(advice)"), at: "id")
  }

  public static func entities(in journey: Journey) -> [DocumentEntity] {
    journey.stages.enumerated().flatMap { s, stage in
      [DocumentEntity("stage", id: stage.id.rawValue, at: ["stages", .index(s)])]
        + stage.touchpoints.enumerated().map { t, touchpoint in
          DocumentEntity("touchpoint", id: touchpoint.id.rawValue, at: ["stages", .index(s), "touchpoints", .index(t)])
        }
    }
  }

  public static var entityShapes: [EntityShape]? { [.list("stages", of: "stage", within: [.list("touchpoints", of: "touchpoint")])] }

  public static func check(_ context: inout CheckContext) {
    for journey in context.workspace.journeys { Checks.validate(journey, &context) }
    Checks.lintJourneys(&context)
  }

  public static func searchEntries(in workspace: Workspace) -> [WorkspaceSearch.Entry] {
    workspace.journeys.flatMap { journey in
      journey.stages.flatMap { stage in
        [WorkspaceSearch.Entry(.stage(journey.id, stage.id), "Stage · \(journey.name) › \(stage.name)", [stage.name, stage.goal])]
          + stage.touchpoints.map { touchpoint in
            WorkspaceSearch.Entry(.touchpoint(journey.id, touchpoint.id), "Touchpoint · \(journey.name) › \(stage.name) › \(touchpoint.name)",
              [touchpoint.name, touchpoint.channel, touchpoint.team, touchpoint.doing, touchpoint.thinking,
                touchpoint.feeling] + touchpoint.friction)
          }
      }
    }
  }
}

extension DocumentKind {
  public static var journey: DocumentKind { JourneyKind.kind }
}

extension DocumentRef {
  public static func journey(_ id: JourneyID) -> DocumentRef { DocumentRef(JourneyKind.kind, key: id.rawValue) }
}

extension Workspace {
  /// Ordered by id.
  public var journeys: [Journey] {
    get { self[items: JourneyKind.self] }
    _modify { yield &self[items: JourneyKind.self] }
  }

  public func journey(_ id: JourneyID) -> Journey? { journeys.first { $0.id == id } }
}
