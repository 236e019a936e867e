import Foundation
import Testing

/// The sample helpdesk export under docs/samples imports into the example as the docs say.
@Suite struct SignalsSampleTests {
  static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/samples/zendesk-tickets.csv")

  @Test func theSampleZendeskExportImportsIntoTheExample() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"], today: "2026-11-30")
    let result = try PillarsBinary.run(["signals", "import", Self.sample.path, "-w", folder.path], today: "2026-11-30")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Read 130 tickets from the Zendesk export, 2026-W47 to 2026-W48: 120 tickets counted for 6 themes"))
    #expect(result.stdout.contains("feature_request  6"))
    // Only counts reach the workspace: no requester of the sample is written anywhere.
    let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    for path in written {
      #expect(!(try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)).contains("example.com"), "\(path)")
    }
  }
}

/// `pillars signals --segment` and `--channel`: the ranking the Signals pane's `V` shows.
@Suite struct SignalsFilterCommandTests {
  @Test func aSegmentIsNamedByItsIdOrItsNameAndAChannelInAnyCase() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let byID = try PillarsBinary.run(["signals", "-w", folder.path, "--segment", "owner-operators", "--format", "csv"])
    let byName = try PillarsBinary.run(["signals", "-w", folder.path, "--segment", "owner-operators".capitalized, "--format", "csv"])
    let all = try PillarsBinary.run(["signals", "-w", folder.path, "--format", "csv"])
    #expect(byID.status == 0 && byName.status == 0)
    #expect(byID.stdout == byName.stdout)
    #expect(byID.stdout != all.stdout)
    let phone = try PillarsBinary.run(["signals", "-w", folder.path, "--channel", " Phone"])
    #expect(phone.stdout.contains("(channel phone): 588 contacts"))
    #expect(phone.stdout.contains("4 themes drive 90% of contacts (of 6)"))
  }
}
