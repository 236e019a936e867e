import Foundation
import Glibc
import Testing

/// The real `pillars open` in a real terminal (tmux): keys in, screen out, files on disk.
@Suite(.serialized) struct WorkbenchEndToEndTests {
  @Test func opensNavigatesAndQuitsLeavingTheShellUsable() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("stty -g > \(folder.path)/stty-before")
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("4")
    try tmux.waitFor("Scorecard · this week 2026-W47")
    try tmux.press("?")
    try tmux.waitFor("Keys · / filter · j k scroll")
    // Any key closes help (Esc followed at once by q would read as Alt-q).
    try tmux.press("x")
    try tmux.waitFor(" · Scorecard")
    try tmux.press("q")
    try tmux.run("stty -g > \(folder.path)/stty-after; echo done-$((40+2))")
    try tmux.waitFor("done-42")
    let before = try String(contentsOf: folder.appendingPathComponent("stty-before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("stty-after"), encoding: .utf8)
    #expect(before == after)
  }

  @Test func anEditIsSavedToTheDocumentOnDisk() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    // Edit the summary of the second pillar.
    try tmux.press("j", "e", "C-u")
    try tmux.type("One checkable sentence, tested with customers")
    try tmux.press("Enter")
    try tmux.waitFor("saved pillars.json")
    let pillars = try String(contentsOf: folder.appendingPathComponent("pillars.json"), encoding: .utf8)
    #expect(pillars.contains("\"summary\": \"One checkable sentence, tested with customers\""))
    // Undo writes the old text back.
    try tmux.press("u")
    try tmux.waitFor("undid edit")
    try tmux.press("q")
    try tmux.run("echo back-$((2+2))")
    try tmux.waitFor("back-4")
    let restored = try String(contentsOf: folder.appendingPathComponent("pillars.json"), encoding: .utf8)
    #expect(!restored.contains("One checkable sentence, tested with customers"))
  }

  @Test(arguments: ["TERM", "HUP", "INT"])
  func signalsRestoreTheTerminal(signal: String) throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("stty -g > \(folder.path)/stty-before")
    try tmux.run("bash -c 'echo $$ > \(folder.path)/pid; exec \(Pillars.binary) open -w \(folder.path)'")
    try tmux.waitFor("The five pillars")
    let pid = try String(contentsOf: folder.appendingPathComponent("pid"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let number = ["TERM": SIGTERM, "HUP": SIGHUP, "INT": SIGINT][signal] ?? SIGTERM
    let process = try #require(pid_t(pid))
    #expect(kill(process, number) == 0)
    // Wait for it to be gone before typing at the shell again.
    let deadline = Date().addingTimeInterval(10)
    while kill(process, 0) == 0 && Date() < deadline { usleep(20_000) }
    #expect(kill(process, 0) == -1, "pillars did not exit on SIG\(signal)")
    try tmux.run("stty -g > \(folder.path)/stty-after; echo after-$((1+1))-signal")
    try tmux.waitFor("after-2-signal")
    let before = try String(contentsOf: folder.appendingPathComponent("stty-before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("stty-after"), encoding: .utf8)
    #expect(before == after)
    #expect(!(try tmux.screen()).contains("The five pillars"))
  }

  @Test func aSmallWindowShowsTheNoticeAndRecovers() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.resize(width: 40, height: 10)
    try tmux.waitFor("Terminal too small")
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor("The five pillars")
    try tmux.press("q")
  }

  @Test func dumbTerminalGetsAClearMessage() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try TmuxSession()
    try tmux.run("TERM=dumb \(Pillars.binary) open -w \(folder.path); echo status=$?")
    let screen = try tmux.waitFor("status=1")
    #expect(screen.contains("pillars check"))
    #expect(screen.contains("status=1"))
  }

  @Test func readonlyShowsButNeverWrites() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Data(contentsOf: folder.appendingPathComponent("pillars.json"))
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) open --readonly -w \(folder.path)")
    try tmux.waitFor("read-only")
    try tmux.press("e")
    try tmux.waitFor("nothing is written")
    try tmux.press("q")
    #expect(try Data(contentsOf: folder.appendingPathComponent("pillars.json")) == before)
  }
}
