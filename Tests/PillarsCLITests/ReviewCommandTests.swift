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
}
