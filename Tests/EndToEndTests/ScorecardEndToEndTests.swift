import Foundation
import Testing

/// The scorecard and the weekly review through the real binary in tmux, with the files on disk.
@Suite(.serialized) struct ScorecardEndToEndTests {
  @Test func recordingAValueAndItsNoteFromThePane() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("4")
    try tmux.waitFor("Scorecard · this week 2026-W47")
    try tmux.press("e", "C-u")
    try tmux.type("110.2")
    try tmux.press("Enter")
    try tmux.waitFor("saved history/net-revenue-retention.json")
    try tmux.press("n")
    try tmux.type("first week over 110")
    try tmux.press("Enter")
    try tmux.waitFor("110.2%")
    try tmux.press("q")
    try tmux.run("echo back-$((3+4))")
    try tmux.waitFor("back-7")
    let history = try String(
      contentsOf: folder.appendingPathComponent("history/net-revenue-retention.json"), encoding: .utf8)
    #expect(history.contains("\"note\": \"first week over 110\""))
    #expect(history.contains("\"value\": 110.2"))
  }

  @Test func runningAReviewThenReopeningItReadOnly() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession(width: 120, height: 40)
    try tmux.run("\(Pillars.binary) review -w \(folder.path)")
    try tmux.waitFor("WEEKLY REVIEW · 2026-W47")
    // The agenda opens on the decisions to follow up; l goes to the first metric.
    try tmux.press("l")
    try tmux.press("e")
    try tmux.type("109.9")
    try tmux.press("Enter")
    try tmux.waitFor("saved history/net-revenue-retention.json")
    try tmux.press("t")
    try tmux.type("Call every churned contractor")
    try tmux.press("Enter")
    try tmux.waitFor("saved reviews/2026-W47.json")
    try tmux.press("q")
    try tmux.run("echo back-$((4+4))")
    try tmux.waitFor("back-8")
    let review = try String(contentsOf: folder.appendingPathComponent("reviews/2026-W47.json"), encoding: .utf8)
    #expect(review.contains("\"text\": \"Call every churned contractor\""))
    #expect(review.contains("\"kind\": \"start\""))
    let history = try String(
      contentsOf: folder.appendingPathComponent("history/net-revenue-retention.json"), encoding: .utf8)
    #expect(history.contains("\"value\": 109.9"))

    // Reopening the week continues the review; read-only refuses to write.
    try tmux.run("clear; \(Pillars.binary) review --week 2026-W47 --readonly -w \(folder.path)")
    try tmux.waitFor("· 1 decision")
    try tmux.press("s")
    try tmux.waitFor("opened with --readonly")
    try tmux.press("q")
    try tmux.run("echo back-$((5+4))")
    try tmux.waitFor("back-9")
    #expect(try String(contentsOf: folder.appendingPathComponent("reviews/2026-W47.json"), encoding: .utf8) == review)
  }

  @Test func aReviewFollowsUpLastWeeksDecisionAndRecordsANewOne() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession(width: 120, height: 40)
    try tmux.run("\(Pillars.binary) review -w \(folder.path)")
    try tmux.waitFor("FOLLOW UP · 6 open decisions from earlier reviews and checkpoints")
    // The first to follow up: October's checkpoint decision on the owner-operator campaigns, marked
    // done in the checkpoint it was taken in; then the assisted import pilot of week 45.
    try tmux.press("x")
    try tmux.waitFor("saved checkpoints/2026-10.json")
    try tmux.press("j", "x")
    try tmux.waitFor("done: \"Continue the assisted")
    try tmux.waitFor("FOLLOW UP · 4 open decisions from earlier reviews and checkpoints")
    try tmux.press("s")
    try tmux.type("Stop the weekly sync-error digest nobody reads")
    try tmux.press("Enter")
    try tmux.waitFor("saved reviews/2026-W47.json")
    try tmux.press("q")
    try tmux.run("echo back-$((5+5))")
    try tmux.waitFor("back-10")
    let earlier = try String(contentsOf: folder.appendingPathComponent("reviews/2026-W45.json"), encoding: .utf8)
    #expect(earlier.contains("\"state\": \"done\""))
    let october = try String(contentsOf: folder.appendingPathComponent("checkpoints/2026-10.json"), encoding: .utf8)
    #expect(october.contains("\"state\": \"done\""))
    let review = try String(contentsOf: folder.appendingPathComponent("reviews/2026-W47.json"), encoding: .utf8)
    #expect(review.contains("\"text\": \"Stop the weekly sync-error digest nobody reads\""))
  }
}
