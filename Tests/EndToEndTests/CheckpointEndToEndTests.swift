import Foundation
import Testing

/// `pillars review --monthly` on a real terminal: last month's decision followed up, the primary
/// segment confirmed and a decision recorded, read back from disk.
@Suite(.serialized) struct CheckpointEndToEndTests {
  private func document(_ folder: URL, _ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent(path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func theMonthlyCheckpointFollowsUpConfirmsAndRecords() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) review --monthly -w \(folder.path)")
    try tmux.waitFor("MONTHLY CHECKPOINT · November 2026")
    // The first follow-up of October: done.
    try tmux.press("x")
    try tmux.waitFor("saved checkpoints/2026-10.json")
    // Down to the primary segment, past the five follow-ups still open (October's other one, and
    // the weekly reviews' four): confirmed.
    try tmux.press("j", "j", "j", "j", "j", "p")
    try tmux.waitFor("primary Growing trade contractors, confirmed")
    try tmux.press("s")
    try tmux.type("Stop the winter discount for owner-operators")
    try tmux.press("Enter")
    try tmux.waitFor("saved checkpoints/2026-11.json")
    try tmux.press("q")
    try tmux.run("echo closed-$((3+4))")
    try tmux.waitFor("closed-7")
    let october = try document(folder, "checkpoints/2026-10.json")
    let decisions = try #require(october["decisions"] as? [[String: Any]])
    #expect(decisions.first { $0["id"] as? String == "owner-operator-campaigns" }?["state"] as? String == "done")
    let november = try document(folder, "checkpoints/2026-11.json")
    #expect(november["primarySegment"] as? String == "growing-contractors")
    let recorded = try #require((november["decisions"] as? [[String: Any]])?.first)
    #expect(recorded["kind"] as? String == "stop")
    #expect(recorded["text"] as? String == "Stop the winter discount for owner-operators")
  }
}
