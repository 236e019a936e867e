import Foundation
import PillarsCore
import PillarsExample
import PillarsJSON
@testable import PillarsMerge
import Testing

/// The entities a merge reads from a file's tree through its kind's declared shape are the ones
/// the kind's model declares: same types, ids, places and order.
@Suite struct EntityShapeTests {
  @Test(arguments: ["example", "small"])
  func theShapeFindsWhatTheModelDeclaresInEveryDocument(_ name: String) throws {
    let today = try MergeFixture.today()
    let workspace = name == "example" ? ExampleWorkspace.make(today: today) : LargeWorkspace.make(size: .small, today: today)
    var compared = Set<DocumentKind>()
    for kind in workspace.registry.kinds where kind.definition.entityShapes != nil {
      for document in kind.definition.documents(in: workspace) {
        let tree = try MergeFixture.tree(document, of: workspace)
        let fromShape = kind.definition.declaredEntities(in: tree)
        #expect(fromShape == kind.definition.decodedEntities(in: tree), "\(document)")
        if fromShape?.isEmpty == false { compared.insert(kind) }
      }
    }
    // Every kind holding entities in the workspace was compared on at least one of its documents.
    #expect(compared.isSuperset(of: [.journey, .pillars, .scorecard, .segments, .history]))
  }

  @Test func aScorecardOfSchemaOneHoldsItsWeeklyValuesAsEntitiesWrittenInUppercase() throws {
    let workspace = try MergeFixture.example()
    var scorecard = try #require(
      JSONSerialization.jsonObject(with: Data(try MergeFixture.bytes(.scorecard, of: workspace))) as? [String: Any])
    var metrics = try #require(scorecard["metrics"] as? [[String: Any]])
    metrics[0]["observations"] = [["week": "2026-w07", "value": 3], ["week": "2026-W08", "value": 4]]
    scorecard["metrics"] = metrics
    scorecard["schemaVersion"] = 1
    let tree = try JSONParser.parse(Array(try JSONSerialization.data(withJSONObject: scorecard)))
    let entities = try #require(ScorecardKind.declaredEntities(in: tree))
    #expect(entities == ScorecardKind.decodedEntities(in: tree))
    let metric = try #require(metrics[0]["id"] as? String)
    #expect(entities.filter { $0.type == "observation" }.map(\.id) == ["\(metric)/2026-W07", "\(metric)/2026-W08"])
  }

  @Test func aVersionThatIsJSONButNotAJourneyKeepsOursAndAllThreeTexts() {
    let base = Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "A", "stages": []}"#.utf8)
    let ours = Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "B", "stages": []}"#.utf8)
    // Its stage has an id and a touchpoint list, so its entities can be found; its emotion is no number.
    let theirs = Array(
      #"{"schemaVersion": 2, "id": "onboarding", "name": "A", "stages": [{"id": "s", "name": "S", "touchpoints": [{"id": "t", "name": "T", "emotion": "very"}]}]}"#
        .utf8)
    let merge = DocumentMerge.merge(DocumentRef.journey("onboarding"), base: base, ours: ours, theirs: theirs)
    #expect(merge.bytes == ours)
    #expect(merge.conflicts.map(\.kind) == [.unreadable])
    #expect(merge.conflicts.first?.theirs == JSONValue(.string(String(decoding: theirs, as: UTF8.self))))
  }
}
