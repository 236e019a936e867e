import Foundation
import Testing

/// The channel charter through the real `pillars open`: a field written, read back from `charter.json`.
@Suite(.serialized) struct CharterEndToEndTests {
  private func entry(_ folder: URL, _ channel: String) throws -> [String: Any]? {
    let data = try Data(contentsOf: folder.appendingPathComponent("charter.json"))
    let charter = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let channels = try #require(charter["channels"] as? [[String: Any]])
    return channels.first { $0["channel"] as? String == channel }
  }

  @Test func aServiceStandardWrittenInTheCharterIsSavedAndUndone() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession(width: 80, height: 24)
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("O")
    try tmux.waitFor("Channel charter · charter.json")
    // email is the last of today's channels.
    try tmux.press("G", "Enter")
    try tmux.waitFor("Channel charter · email")
    try tmux.waitFor("PLANNED · future-state journeys, apart")
    for _ in 0..<4 { try tmux.press("j") }
    try tmux.press("Enter", "C-u")
    try tmux.type("First reply within 20 minutes in working hours")
    try tmux.press("Enter")
    try tmux.waitFor("saved charter.json")
    #expect(try entry(folder, "email")?["serviceStandard"] as? String == "First reply within 20 minutes in working hours")
    try tmux.press("u")
    try tmux.waitFor("undid edit Charter · email · service standard")
    try tmux.waitFor("First reply within 30 minutes")
    try tmux.press("Escape")
    try tmux.waitFor("Enter opens a channel")
    try tmux.press("q")
    try tmux.waitFor("The five pillars")
    try tmux.press("q")
    try tmux.run("echo closed-$((5+6))")
    try tmux.waitFor("closed-11")
    #expect(try entry(folder, "email")?["serviceStandard"] as? String == "First reply within 30 minutes in working hours")
  }
}
