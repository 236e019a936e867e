import Foundation
import PillarsCore
import PillarsStore
import Testing

/// The inputs the document fuzzer kept (see scripts/fuzz.sh), loaded again as every kind of
/// document: each either decodes and passes the checks without a crash, or says what is wrong.
@Suite struct FuzzCorpusTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "README.md" }.sorted()
  }

  /// Whether the document decoded, or came back with at least one error explaining why not.
  private func decodesOrExplains<T: Codable>(_ type: T.Type, _ bytes: [UInt8], _ document: DocumentRef) -> T? {
    let decoded = DocumentCodec.decode(type, from: bytes, document: document)
    if decoded.value == nil {
      #expect(decoded.problems.contains { $0.finding.severity == .error && !$0.finding.message.isEmpty }, "\(document.path)")
    }
    return decoded.value
  }

  @Test func theCorpusIsKept() {
    #expect(Self.files.count >= 10)
  }

  @Test(arguments: files)
  func loadsAndChecks(_ file: String) throws {
    let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
    var workspace = Workspace.empty(name: "corpus")
    if let value = decodesOrExplains(WorkspaceManifest.self, bytes, .manifest) { workspace.manifest = value }
    if let value = decodesOrExplains(PillarsDocument.self, bytes, .pillars) { workspace.pillars = value }
    if let value = decodesOrExplains(PromiseDocument.self, bytes, .promise) { workspace.promise = value }
    if let value = decodesOrExplains(SegmentsDocument.self, bytes, .segments) { workspace.segments = value }
    if let value = decodesOrExplains(ScorecardDocument.self, bytes, .scorecard) { workspace.scorecard = value }
    if let value = decodesOrExplains(MetricHistory.self, bytes, .history("corpus")) {
      workspace.scorecard.metrics.append(Metric(id: value.metric, name: "Corpus", layer: .outcome, observations: value.observations))
    }
    if let value = decodesOrExplains(Journey.self, bytes, .journey("corpus")) { workspace.journeys = [value] }
    let week = try #require(ISOWeek(year: 2026, week: 7))
    if let value = decodesOrExplains(Review.self, bytes, .review(week)) { workspace.reviews = [value] }
    let findings = Checks.run(workspace, today: try #require(CalendarDate(year: 2026, month: 11, day: 18)))
    #expect(findings.allSatisfy { !$0.message.isEmpty })
  }
}
