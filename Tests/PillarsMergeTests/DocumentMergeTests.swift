import PillarsCore
import PillarsJSON
import PillarsMerge
import Testing

/// The cases of the merge one by one, on small journeys written as JSON.
@Suite struct DocumentMergeTests {
  static let journey = DocumentRef.journey("onboarding")

  static func tree(_ stages: [(String, [String])], emotions: [String: Int] = [:], notes: String? = nil) throws -> JSONValue {
    let stageText = stages.map { stage, touchpoints in
      let list = touchpoints.map { #"{"id": "\#($0)", "name": "\#($0.capitalized)", "emotion": \#(emotions[$0] ?? 0)}"# }
      return #"{"id": "\#(stage)", "name": "\#(stage.capitalized)", "touchpoints": [\#(list.joined(separator: ", "))]}"#
    }
    let goal = notes.map { #", "goal": "\#($0)""# } ?? ""
    let text = #"{"schemaVersion": 2, "id": "onboarding", "name": "Onboarding"\#(goal), "stages": [\#(stageText.joined(separator: ", "))]}"#
    return try JSONParser.parse(Array(text.utf8))
  }

  static func order(_ tree: JSONValue) -> [String] {
    guard case .array(let stages)? = tree["stages"]?.content else { return [] }
    return stages.map { stage in
      guard case .array(let touchpoints)? = stage["touchpoints"]?.content else { return "" }
      let ids = touchpoints.compactMap { touchpoint -> String? in
        if case .string(let id)? = touchpoint["id"]?.content { return id }
        return nil
      }
      return ids.joined(separator: ",")
    }
  }

  func merge(_ base: JSONValue, _ ours: JSONValue, _ theirs: JSONValue) throws -> MergeOutcome {
    try #require(DocumentMerge.merge(Self.journey, base: base, ours: ours, theirs: theirs))
  }

  @Test func insertionsAtOnePlaceKeepOursBeforeTheirsAfterTheBaseOrder() throws {
    let base = try Self.tree([("a", ["x", "y"])])
    let outcome = try merge(base, try Self.tree([("a", ["x", "o1", "o2", "y"])]), try Self.tree([("a", ["x", "t1", "y", "t2"])]))
    #expect(outcome.conflicts.isEmpty)
    #expect(Self.order(outcome.merged) == ["x,o1,o2,t1,y,t2"])
  }

  @Test func aMoveToTwoPlacesKeepsOneCopyWhereWePutItAndSaysWhereTheyDid() throws {
    let base = try Self.tree([("a", ["x", "y"]), ("b", ["z"]), ("c", [])])
    let outcome = try merge(base, try Self.tree([("a", ["y"]), ("b", ["z", "x"]), ("c", [])]), try Self.tree([("a", ["y"]), ("b", ["z"]), ("c", ["x"])]))
    #expect(Self.order(outcome.merged) == ["y", "z,x", ""])
    let conflict = try #require(outcome.conflicts.first)
    #expect(outcome.conflicts.count == 1)
    #expect(conflict.kind == .moved)
    #expect(conflict.summary == "touchpoint 'X': we put it in stage 'B' after 'Z', they put it in stage 'C' first")
    let resolved = try #require(ConflictResolution.resolve(conflict, choosing: .theirs, in: outcome.merged))
    #expect(Self.order(resolved) == ["y", "z", "x"])
  }

  @Test func aMoveOnOneSideAndAnEditOnTheOtherBothLand() throws {
    let base = try Self.tree([("a", ["x", "y"]), ("b", ["z"])])
    let outcome = try merge(
      base, try Self.tree([("a", ["y"]), ("b", ["x", "z"])]), try Self.tree([("a", ["x", "y"]), ("b", ["z"])], emotions: ["x": 2]))
    #expect(outcome.conflicts.isEmpty)
    #expect(Self.order(outcome.merged) == ["y", "x,z"])
    #expect(outcome.merged[ValuePath([.key("stages"), .index(1), .key("touchpoints"), .index(0), .key("emotion")])] == JSONValue(.number("2")))
  }

  @Test func aDeletionAgainstAnEditKeepsTheEntityAndReportsIt() throws {
    let base = try Self.tree([("a", ["x", "y"])])
    let outcome = try merge(base, try Self.tree([("a", ["y"])]), try Self.tree([("a", ["x", "y"])], emotions: ["x": -1]))
    #expect(Self.order(outcome.merged) == ["x,y"])
    #expect(outcome.conflicts.map(\.kind) == [.deleted])
    #expect(outcome.conflicts.first?.summary == "touchpoint 'X': we deleted it and they changed it; it is kept until you choose")
    let conflict = try #require(outcome.conflicts.first)
    let deleted = try #require(ConflictResolution.resolve(conflict, choosing: .ours, in: outcome.merged))
    #expect(Self.order(deleted) == ["y"])
  }

  @Test func longTextsMergeLineByLineAndConflictOnlyWhereChangesOverlap() throws {
    let base = try Self.tree([("a", [])], notes: #"Owner: Ana\nCadence: weekly\nNext: routing"#)
    let ours = try Self.tree([("a", [])], notes: #"Owner: Ben\nCadence: weekly\nNext: routing"#)
    let merged = try merge(base, ours, try Self.tree([("a", [])], notes: #"Owner: Ana\nCadence: weekly\nNext: the knowledge base"#))
    #expect(merged.conflicts.isEmpty)
    #expect(merged.merged["goal"] == JSONValue(.string("Owner: Ben\nCadence: weekly\nNext: the knowledge base")))
    let clash = try merge(base, ours, try Self.tree([("a", [])], notes: #"Owner: Cleo\nCadence: weekly\nNext: routing"#))
    #expect(clash.conflicts.map(\.field) == [["goal"]])
    #expect(clash.merged["goal"] == JSONValue(.string("Owner: Ben\nCadence: weekly\nNext: routing")))
  }

  @Test func shortTextsAreOneValueNotMergedWordByWord() throws {
    let base = try JSONParser.parse(Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "Kickoff call"}"#.utf8))
    let ours = try JSONParser.parse(Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "Kickoff meeting"}"#.utf8))
    let theirs = try JSONParser.parse(Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "Intro call"}"#.utf8))
    let outcome = try merge(base, ours, theirs)
    #expect(outcome.conflicts.count == 1)
    #expect(outcome.merged["name"] == JSONValue(.string("Kickoff meeting")))
  }

  @Test func aVersionThatIsNotJSONKeepsOursAndAllThreeTexts() {
    let base = Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "A"}"#.utf8)
    let ours = Array(#"{"schemaVersion": 2, "id": "onboarding", "name": "B"}"#.utf8)
    let theirs = Array("<<<<<<< broken".utf8)
    let merge = DocumentMerge.merge(Self.journey, base: base, ours: ours, theirs: theirs)
    #expect(merge.bytes == ours)
    #expect(merge.conflicts.map(\.kind) == [.unreadable])
    #expect(merge.conflicts.first?.theirs == JSONValue(.string("<<<<<<< broken")))
    #expect(merge.conflicts.first?.base == JSONValue(.string(String(decoding: base, as: UTF8.self))))
  }

  @Test func aConflictRecordReadsBackAsWritten() throws {
    let base = try Self.tree([("a", ["x", "y"]), ("b", []), ("c", [])])
    let outcome = try merge(
      base, try Self.tree([("a", ["y"]), ("b", ["x"]), ("c", [])], emotions: ["y": 1]),
      try Self.tree([("a", ["y"]), ("b", []), ("c", ["x"])], emotions: ["y": 2]))
    #expect(outcome.conflicts.count == 2)
    let record = ConflictRecord(document: Self.journey, conflicts: outcome.conflicts)
    #expect(ConflictRecord(bytes: record.bytes()) == record)
  }

  @Test func theDiffSaysWhatChangedInStrategyWords() throws {
    let before = try Self.tree([("a", ["x", "y"])], emotions: ["y": -2])
    let after = try Self.tree([("a", ["x", "kickoff", "y"])], emotions: ["y": -1])
    let lines = StrategyDiff.lines(StrategyDiff.compare(before: [Self.journey: before], after: [Self.journey: after]))
    #expect(lines == ["Journey Onboarding › A: touchpoint 'Kickoff' added; 'Y' emotion -2 → -1"])
  }
}
