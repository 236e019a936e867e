import Foundation
import Testing

@Suite struct ReviewCommandTests {
  @Test func aBadWeekIsRefusedBeforeTheScreenOpens() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["review", "--week", "2026-W99", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("\"2026-W99\" is not an ISO week; write it YYYY-Www, for example 2026-W47"))
  }

  @Test func aBadMonthIsRefusedBeforeTheCheckpointOpens() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["review", "--monthly", "--month", "2026-13", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("\"2026-13\" is not a month; write it YYYY-MM, for example 2026-11"))
    let both = try PillarsBinary.run(["review", "--monthly", "--week", "2026-W47", "-w", folder.path])
    #expect(both.status != 0)
    #expect(both.stderr.contains("--week is for the weekly review; the monthly checkpoint takes --month"))
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("checkpoints/2026-11.json").path))
  }

  @Test func theHelpNamesTheMonthlyCheckpoint() throws {
    let result = try PillarsBinary.run(["review", "--help"])
    #expect(result.stdout.contains("--monthly"))
    #expect(result.stdout.contains("--month <month>"))
    #expect(result.stdout.contains("checkpoints/YYYY-MM.json"))
  }
}
