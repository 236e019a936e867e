import Foundation
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

@Suite("JSON Schemas for editing by hand")
struct SchemaTests {
  @Test("the schemas a new workspace gets are those in docs/schema")
  func embeddedSchemasMatchDocs() throws {
    let folder = try TemporaryFolder()
    try WorkspaceStore.create(at: folder.url, with: try SampleWorkspace.make())
    for kind in DocumentKind.allCases {
      let name = "\(kind.rawValue).schema.json"
      let documented = try String(contentsOf: SchemaValidation.schemaFolder.appendingPathComponent(name), encoding: .utf8)
      let written = try folder.text(".pillars/schema/\(name)")
      #expect(
        written == documented,
        "\(name) differs from docs/schema: run scripts/embed-schemas.py to regenerate EmbeddedSchemas.swift")
    }
  }

  @Test("every document the store writes is valid against its schema")
  func writtenDocumentsValidate() throws {
    let folder = try TemporaryFolder()
    try WorkspaceStore.create(at: folder.url, with: try SampleWorkspace.make())
    let empty = try TemporaryFolder()
    try WorkspaceStore.create(at: empty.url, with: Workspace.empty(name: "Empty"))
    for workspace in [folder, empty] {
      let result = try SchemaValidation.validate(workspace.url)
      #expect(result.status == 0, "\(result.output)")
    }
    // 8 fixed documents (with the assumptions log, the signal tags and the charter), 3 metric histories, 2 journeys, 1 review.
    let output = try SchemaValidation.validate(folder.url).output
    #expect(output == "14\n\n", "\(output)")
  }

  @Test("the example workspace is valid against the schemas")
  func exampleValidates() throws {
    let folder = try TemporaryFolder()
    let today = try #require(CalendarDate("2026-11-18"))
    try WorkspaceStore.create(at: folder.url, with: ExampleWorkspace.make(today: today))
    let result = try SchemaValidation.validate(folder.url)
    #expect(result.status == 0, "\(result.output)")
    // 8 fixed documents, 10 metric histories, 2 journeys, 2 reviews, 1 checkpoint, 3 experiments, 6 themes of customer signals.
    #expect(result.output.hasPrefix("32\n"))
  }

  @Test("the schemas catch out-of-range values, unknown enum values, typos and missing fields")
  func schemasCatchMistakes() throws {
    let folder = try TemporaryFolder()
    try WorkspaceStore.create(at: folder.url, with: try SampleWorkspace.make())
    let journey = try folder.text("journeys/onboarding.json")
      .replacing("\"emotion\": -2", with: "\"emotion\": 7")
      .replacing("\"promise\": \"kept\"", with: "\"promise\": \"sometimes\"")
      .replacing("\"reach\": 12.5", with: "\"reach\": 120")
    try folder.write(journey, to: "journeys/onboarding.json")
    let segments = try folder.text("segments.json")
      .replacing("\"fit\": 4", with: "\"fitt\": 4")
      .replacing("\"size\": 4", with: "\"size\": 6")
      .replacing("\"name\": \"Marketplaces 日本\",", with: "")
    try folder.write(segments, to: "segments.json")
    let result = try SchemaValidation.validate(folder.url)
    #expect(result.status == 1)
    let problems = result.output.split(separator: "\n").dropFirst().sorted()
    #expect(
      problems == [
        "journeys/onboarding.json: $.stages[0].touchpoints[0].promise: 'sometimes' is not one of ['kept', 'at-risk', 'broken', 'not-applicable']",
        "journeys/onboarding.json: $.stages[0].touchpoints[1].emotion: 7 is greater than the maximum of 2",
        "journeys/onboarding.json: $.stages[0].touchpoints[1].reach: 120 is greater than the maximum of 100",
        "segments.json: $.segments[0].attractiveness.size: 6 is greater than the maximum of 5",
        "segments.json: $.segments[0]: Additional properties are not allowed ('fitt' was unexpected)",
        "segments.json: $.segments[1]: 'name' is a required property",
      ])
  }
}
