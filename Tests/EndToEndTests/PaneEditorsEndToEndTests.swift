import Foundation
import Testing

/// Each pane edited through the real `pillars open`, then read back from the JSON on disk.
@Suite(.serialized) struct PaneEditorsEndToEndTests {
  private func json(_ folder: URL, _ file: String) throws -> [String: Any] {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func quit(_ tmux: TmuxSession) throws {
    try tmux.press("q")
    try tmux.run("echo closed-$((3+4))")
    try tmux.waitFor("closed-7")
  }

  /// Waits until a file exists (or is gone): long status lines are cut, so the disk is the witness.
  private func waitForFile(_ url: URL, exists: Bool) throws {
    let deadline = Date().addingTimeInterval(10)
    while FileManager.default.fileExists(atPath: url.path) != exists && Date() < deadline { usleep(50_000) }
    #expect(FileManager.default.fileExists(atPath: url.path) == exists)
  }

  @Test func pillarsPaneAddsAnActionAndMarksItDone() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("Enter", "a")
    try tmux.type("Call five lost customers")
    try tmux.press("Enter")
    try tmux.waitFor("saved pillars.json")
    try tmux.press("x")
    try tmux.waitFor("action done — u to undo · saved pillars.json")
    try quit(tmux)
    let pillars = try #require(try json(folder, "pillars.json")["pillars"] as? [[String: Any]])
    let actions = try #require(pillars.first?["actions"] as? [[String: Any]])
    let added = try #require(actions.last)
    #expect(added["id"] as? String == "call-five-lost-customers")
    #expect(added["text"] as? String == "Call five lost customers")
    #expect(added["done"] as? Bool == true)
  }

  @Test func promisePaneTakesTheDraftAndRestoresTheEarlierSentence() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try #require(try json(folder, "promise.json")["sentence"] as? String)
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("2", "t", "Enter")
    try tmux.waitFor("saved promise.json")
    let taken = try json(folder, "promise.json")
    let sentence = try #require(taken["sentence"] as? String)
    #expect(sentence.hasPrefix("For Growing trade contractors, who need"))
    let history = try #require(taken["history"] as? [[String: Any]])
    #expect(history.last?["sentence"] as? String == original)
    try tmux.press("v")
    try tmux.waitFor("Earlier promises")
    try tmux.press("Enter")
    try tmux.waitFor("u to undo · saved promise.json")
    try quit(tmux)
    #expect(try json(folder, "promise.json")["sentence"] as? String == original)
  }

  @Test func journeyPaneAddsATouchpointAndDuplicatesThenDeletesAJourney() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("3", "a")
    try tmux.type("Referral from a friend")
    try tmux.press("Enter")
    try tmux.waitFor("saved journeys/growing-contractor-today.json")
    let today = try json(folder, "journeys/growing-contractor-today.json")
    let stages = try #require(today["stages"] as? [[String: Any]])
    let touchpoints = try #require(stages.first?["touchpoints"] as? [[String: Any]])
    #expect(touchpoints.last?["name"] as? String == "Referral from a friend")
    try tmux.press("D")
    try tmux.waitFor("made a future-state copy")
    let future = folder.appendingPathComponent("journeys/growing-contractor-today-future.json")
    try waitForFile(future, exists: true)
    let copy = try json(folder, "journeys/growing-contractor-today-future.json")
    #expect(copy["state"] as? String == "future")
    #expect((copy["stages"] as? [[String: Any]])?.count == stages.count)
    try tmux.press("X")
    try tmux.waitFor("with its 6 stages and 23")
    try tmux.press("y")
    try tmux.waitFor("delete journey")
    try waitForFile(future, exists: false)
    try quit(tmux)
  }

  @Test func segmentsPaneAddsASegmentAndMovesThePrimaryMark() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("5", "a")
    try tmux.type("Facility managers")
    try tmux.press("Enter")
    try tmux.waitFor("saved segments.json")
    try tmux.press("p")
    try tmux.waitFor("primary segment — u to undo · saved segments.json")
    try quit(tmux)
    let segments = try #require(try json(folder, "segments.json")["segments"] as? [[String: Any]])
    let primaries = segments.filter { $0["primary"] as? Bool == true }.compactMap { $0["id"] as? String }
    #expect(primaries == ["facility-managers"])
    #expect(segments.last?["name"] as? String == "Facility managers")
  }

  @Test func refusedInputLeavesTheDocumentAsItWas() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("journeys/growing-contractor-today.json")
    let before = try Data(contentsOf: file)
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    // The touchpoint's emotion, set out of range; then a new touchpoint with no name.
    try tmux.press("3", "Enter", "j", "j", "j", "j", "j", "j", "e", "C-u")
    try tmux.type("7")
    try tmux.press("Enter")
    try tmux.waitFor("emotion is a whole number from -2 to 2")
    try tmux.press("Escape")
    try tmux.waitFor("edit cancelled")
    try tmux.press("Escape")
    try tmux.waitFor("‹ Growing contractor: today ›")
    try tmux.press("a", "Enter")
    try tmux.waitFor("a name is needed")
    try tmux.press("Escape")
    try tmux.waitFor("edit cancelled")
    try quit(tmux)
    #expect(try Data(contentsOf: file) == before)
  }
}
