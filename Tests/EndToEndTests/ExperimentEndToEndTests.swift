import Foundation
import Testing

/// An experiment taken from planned to adopted through the real `pillars open`, read back from disk.
@Suite(.serialized) struct ExperimentEndToEndTests {
  private func experiment(_ folder: URL, _ id: String) throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent("experiments/\(id).json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func anExperimentGoesFromPlannedToAdopted() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("7")
    try tmux.waitFor("The experiment tracker")
    try tmux.press("a")
    try tmux.type("Callback within the hour")
    try tmux.press("Enter")
    try tmux.waitFor("saved experiments/callback-within-the-hour.json")
    #expect(try experiment(folder, "callback-within-the-hour")["state"] as? String == "planned")
    // Opened on its name; the state is the tenth row, the result two below, the decision three below that.
    try tmux.press("Enter")
    try tmux.waitFor("Callback within the hour · planned")
    for _ in 0..<9 { try tmux.press("j") }
    try tmux.press("e", "j", "Enter")
    try tmux.waitFor("Callback within the hour · running")
    try tmux.press("j", "j", "e", "j", "Enter", "j", "j", "j", "e", "j", "Enter")
    try tmux.waitFor("Decision            adopt")
    try tmux.press("Escape")
    try tmux.waitFor("Running (2)")
    try tmux.press("q")
    try tmux.run("echo closed-$((3+4))")
    try tmux.waitFor("closed-7")
    let saved = try experiment(folder, "callback-within-the-hour")
    #expect(saved["state"] as? String == "running")
    #expect(saved["result"] as? String == "won")
    #expect(saved["decision"] as? String == "adopt")
  }
}
