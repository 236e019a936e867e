import Foundation
import Glibc
import Testing

/// The screens in a real terminal under stress: a storm of resizes, the smallest window, and
/// documents whose text carries terminal escape sequences.
@Suite(.serialized) struct TerminalTrialTests {
  @Test func aResizeStormLosesNothingAndRestoresTheTerminal() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("stty -g > \(folder.path)/stty-before")
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    // An edit before the storm, which must be on disk after it.
    try tmux.press("e", "C-u")
    try tmux.type("Kept through the storm")
    try tmux.press("Enter")
    try tmux.waitFor("saved pillars.json")
    let sizes = [(20, 5), (200, 60), (41, 9), (80, 24), (23, 6), (160, 48), (60, 12), (120, 40)]
    for round in 0..<5 {
      for (width, height) in sizes { try tmux.resize(width: width + round, height: height) }
    }
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor("The five pillars")
    try tmux.press("q")
    try tmux.run("stty -g > \(folder.path)/stty-after; echo storm-$((2+3))-over")
    try tmux.waitFor("storm-5-over")
    let before = try String(contentsOf: folder.appendingPathComponent("stty-before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("stty-after"), encoding: .utf8)
    #expect(before == after)
    let pillars = try String(contentsOf: folder.appendingPathComponent("pillars.json"), encoding: .utf8)
    #expect(pillars.contains("\"summary\": \"Kept through the storm\""))
  }

  @Test func aTwentyByFiveWindowShowsTheNoticeAndQuits() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession(width: 20, height: 5)
    try tmux.run("stty -g > \(folder.path)/stty-before")
    try tmux.run("clear; \(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("too small")
    try tmux.press("q")
    try tmux.run("stty -g > \(folder.path)/stty-after; echo tiny-$((1+1))")
    try tmux.waitFor("tiny-2")
    let before = try String(contentsOf: folder.appendingPathComponent("stty-before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("stty-after"), encoding: .utf8)
    #expect(before == after)
  }

  @Test func escapeSequencesInADocumentStayText() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let promise = folder.appendingPathComponent("promise.json")
    let hostile = #"\u001b]0;pwned\u0007\u001b[2J\u202eBIDI \rCR-trick"#
    let text = try String(contentsOf: promise, encoding: .utf8)
      .replacingOccurrences(of: #""sentence": ""#, with: #""sentence": "\#(hostile) "#)
    try Data(text.utf8).write(to: promise)
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("2")
    let screen = try tmux.waitFor("CR-trick")
    // Nothing cleared the screen: the rows drawn before the sentence (the tab bar, the pane's
    // title) are still there, and the sequences show as text.
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.contains("2 Promise") == true && lines.first?.contains(" 5 ") == true)
    #expect(lines.dropFirst().first?.hasPrefix(" The promise") == true)
    #expect(screen.contains("^[]0;pwned^G^[[2J"))
    // The carriage return did not send the text back over the line.
    let line = try #require(screen.split(separator: "\n").first { $0.contains("CR-trick") })
    let bidi = try #require(line.range(of: "BIDI"))
    let trick = try #require(line.range(of: "CR-trick"))
    #expect(bidi.lowerBound < trick.lowerBound)
    try tmux.press("q")
  }
}
