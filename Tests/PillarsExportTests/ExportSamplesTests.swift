import Foundation
import PillarsExport
import Testing

/// `docs/export/` holds the example workspace's export as samples; they must be what the export
/// writes today. Run with `PILLARS_RECORD_SAMPLES=1` to write them again after a deliberate change.
@Suite struct ExportSamplesTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/export")

  @Test func theSamplesAreTheExamplesExport() throws {
    let pages = try ExportFixture.examplePages()
    if ProcessInfo.processInfo.environment["PILLARS_RECORD_SAMPLES"] == "1" {
      try ExportWriter.write(pages, to: Self.folder)
    }
    for page in pages {
      let sample = try? String(contentsOf: Self.folder.appendingPathComponent(page.fileName), encoding: .utf8)
      #expect(
        sample == page.markdown,
        "docs/export/\(page.fileName) is out of date: run PILLARS_RECORD_SAMPLES=1 swift test --filter ExportSamplesTests")
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }
    #expect(
      Set(files) == Set(pages.map(\.fileName) + ["README.md"]), "docs/export holds pages the example no longer exports")
  }
}
