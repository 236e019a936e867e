import PillarsJSON
import Testing

@Suite("Finding a path in a parsed file")
struct JSONValueLocateTests {
  let tree: JSONValue

  init() throws {
    tree = try parse(
      """
      {
        "pillars": [
          {"id": "a"},
          {"id": "b", "owner": "Ana"},
          {"id": "c"}
        ]
      }
      """)
  }

  @Test("a path that exists leads to its value")
  func existing() {
    #expect(tree.location(of: ["pillars", 1, "owner"]) == at(4, 26))
    #expect(tree[["pillars", 1, "owner"]]?.content == .string("Ana"))
  }

  @Test("a path that goes further than the file stops at the deepest value on the way")
  func missing() {
    let found = tree.deepestValue(along: ["pillars", 2, "owner"])
    #expect(found.path == ["pillars", 2])
    #expect(found.value.location == at(5, 5))
    #expect(tree[["pillars", 2, "owner"]] == nil)
    #expect(tree.location(of: ["pillars", 9]) == at(2, 14))
    #expect(tree.location(of: .root) == at(1, 1))
  }

  @Test("paths print as people read them")
  func description() {
    #expect(ValuePath(["stages", 2, "touchpoints", 0, "emotion"]).description == "stages[2].touchpoints[0].emotion")
    #expect(ValuePath(["notes", "first call", 1]).description == "notes[\"first call\"][1]")
    #expect(ValuePath(["$schema"]).description == "$schema")
    #expect(ValuePath([0, "say \"x\""]).description == "[0][\"say \\\"x\\\"\"]")
  }
}
