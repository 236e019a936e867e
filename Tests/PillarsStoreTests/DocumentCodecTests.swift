import PillarsCore
import PillarsStore
import Testing

@Suite("Documents as canonical bytes")
struct DocumentCodecTests {
  @Test("every document of a full workspace survives encoding and decoding byte for byte")
  func byteIdenticalRoundTrip() throws {
    let workspace = try SampleWorkspace.make()
    func check<T: Codable & Equatable>(_ value: T, _ document: DocumentRef) throws {
      let bytes = try DocumentCodec.encode(value, kind: document.kind)
      let decoded = DocumentCodec.decode(T.self, from: bytes, document: document)
      #expect(decoded.problems.isEmpty)
      #expect(decoded.value == value)
      #expect(try DocumentCodec.encode(try #require(decoded.value), kind: document.kind) == bytes)
    }
    try check(workspace.manifest, .manifest)
    try check(workspace.pillars, .pillars)
    try check(workspace.promise, .promise)
    try check(workspace.segments, .segments)
    var definitions = workspace.scorecard
    for index in definitions.metrics.indices { definitions.metrics[index].observations = [] }
    try check(definitions, .scorecard)
    for metric in workspace.scorecard.metrics {
      try check(try #require(workspace.history(of: metric.id)), .history(metric.id))
    }
    for journey in workspace.journeys { try check(journey, .journey(journey.id)) }
    for review in workspace.reviews { try check(review, .review(review.week)) }
  }

  @Test("a document is written with $schema first, sorted keys, two-space indent and a final newline")
  func canonicalText() throws {
    let review = try #require(try SampleWorkspace.make().reviews.first)
    let text = String(decoding: try DocumentCodec.encode(review, kind: .review), as: UTF8.self)
    #expect(
      text == #"""
        {
          "$schema": "../.pillars/schema/review.schema.json",
          "attendees": [
            "Ana",
            "Bo"
          ],
          "decisions": [
            {
              "id": "stop-bot",
              "kind": "stop",
              "owner": "Ana",
              "text": "Stop the chatbot loop"
            }
          ],
          "notes": {
            "csat": "Up after the \"fix\"",
            "first-response": "Steady"
          },
          "schemaVersion": 2,
          "week": "2026-W07"
        }

        """#)
  }

  @Test("doubles keep their shortest form: 0.1, 1e-7, 12.5 and 100")
  func doubles() throws {
    let workspace = try SampleWorkspace.make()
    var text = String(decoding: try DocumentCodec.encode(workspace.scorecard, kind: .scorecard), as: UTF8.self)
    for metric in workspace.scorecard.metrics {
      let history = try #require(workspace.history(of: metric.id))
      text += String(decoding: try DocumentCodec.encode(history, kind: .history), as: UTF8.self)
    }
    for line in ["\"value\": 0.1", "\"value\": 1e-7", "\"warning\": 12.5", "\"target\": 100,", "\"warning\": 90.5"] {
      #expect(text.contains(line), "\(line)")
    }
  }

  @Test("schema references are relative to the document's folder")
  func schemaReferences() {
    #expect(DocumentCodec.schemaReference(for: .manifest) == ".pillars/schema/workspace.schema.json")
    #expect(DocumentCodec.schemaReference(for: .journey) == "../.pillars/schema/journey.schema.json")
    #expect(DocumentCodec.schemaReference(for: .review) == "../.pillars/schema/review.schema.json")
    #expect(DocumentCodec.schemaReference(for: .history) == "../.pillars/schema/history.schema.json")
  }
}
