import Foundation
import Testing

/// A true conflict between two clones, settled in the screens: real git, the driver installed by
/// `pillars git setup`, the conflict list opened with C and settled with a side, then committed.
@Suite(.serialized) struct GitConflictEndToEndTests {
  /// A bare repository with the example workspace in `strategy/` and two clones, `ana` and `ben`.
  /// git's config lives in the folder (HOME, no system config), so the user's is never read or written.
  final class Team {
    let folder: URL
    let tmux: TmuxSession
    let environment: [String: String]

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-e2e-git-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      environment = [
        "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ben", "GIT_AUTHOR_EMAIL": "ben@example.com",
        "GIT_COMMITTER_NAME": "Ben", "GIT_COMMITTER_EMAIL": "ben@example.com", "PILLARS_TODAY": "2026-11-18",
      ]
      tmux = try TmuxSession(width: 140, environment: environment)
      try git(["init", "-q", "--bare", "-b", "main", "origin.git"])
      try git(["clone", "-q", "origin.git", "ana"])
      try pillars(["init", path("ana/strategy"), "--example"])
      try pillars(["git", "setup", "-w", path("ana/strategy")])
      try git(["add", "-A"], in: "ana")
      try git(["commit", "-q", "-m", "The strategy"], in: "ana")
      try git(["push", "-q", "origin", "main"], in: "ana")
      try git(["clone", "-q", "origin.git", "ben"])
      try pillars(["git", "setup", "-w", path("ben/strategy")])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// Runs a program in `clone` (or the team's folder) with the team's environment; returns its
    /// status and what it printed.
    @discardableResult
    func run(_ arguments: [String], in clone: String = ".", expect status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = arguments
      process.currentDirectoryURL = folder.appendingPathComponent(clone)
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
      let out = Pipe()
      process.standardOutput = out
      process.standardError = out
      try process.run()
      let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == status, "\(arguments.joined(separator: " ")): \(output)", sourceLocation: sourceLocation)
      return output
    }

    @discardableResult
    func git(_ arguments: [String], in clone: String = ".", expect status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
      try run(["git"] + arguments, in: clone, expect: status, sourceLocation: sourceLocation)
    }

    @discardableResult
    func pillars(_ arguments: [String], in clone: String = ".", expect status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
      try run([Pillars.binary] + arguments, in: clone, expect: status, sourceLocation: sourceLocation)
    }

    static let journey = "strategy/journeys/growing-contractor-today.json"

    /// Sets the emotion of the first touchpoint of the journey's second stage, by hand (JSON
    /// written by another tool), and commits it.
    func setEmotion(_ emotion: Int, in clone: String, message: String) throws {
      let url = folder.appendingPathComponent("\(clone)/\(Self.journey)")
      var journey = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      var stages = try #require(journey["stages"] as? [[String: Any]])
      var touchpoints = try #require(stages[1]["touchpoints"] as? [[String: Any]])
      touchpoints[0]["emotion"] = emotion
      stages[1]["touchpoints"] = touchpoints
      journey["stages"] = stages
      try JSONSerialization.data(withJSONObject: journey, options: [.prettyPrinted]).write(to: url)
      try git(["commit", "-q", "-am", message], in: clone)
    }

    func emotion(in clone: String) throws -> Int? {
      let url = folder.appendingPathComponent("\(clone)/\(Self.journey)")
      let journey = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      let stages = try #require(journey["stages"] as? [[String: Any]])
      let touchpoints = try #require(stages[1]["touchpoints"] as? [[String: Any]])
      return touchpoints[0]["emotion"] as? Int
    }
  }

  /// Sets a pillar's owner by hand and commits it.
  private func setOwner(_ owner: String, ofPillar index: Int, in clone: String, _ team: Team) throws {
    let url = team.folder.appendingPathComponent("\(clone)/strategy/pillars.json")
    var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var pillars = try #require(document["pillars"] as? [[String: Any]])
    pillars[index]["owner"] = owner
    document["pillars"] = pillars
    try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted]).write(to: url)
    try team.git(["commit", "-q", "-am", "\(clone): owner of pillar \(index + 1)"], in: clone)
  }

  @Test func anEditInTheScreensAndATeammatesEditOfOneFileMergeCleanly() throws {
    let team = try Team()
    // Ana changes the first pillar's owner in the screens.
    try team.tmux.run("cd \(team.path("ana")) && \(Pillars.binary) open -w strategy")
    try team.tmux.waitFor("The five pillars")
    try team.tmux.press("Enter")
    try team.tmux.waitFor("1 · Know your customers")
    try team.tmux.press("j", "e", "C-u")
    try team.tmux.type("Ines Duarte")
    try team.tmux.press("Enter")
    try team.tmux.waitFor("saved pillars.json")
    try team.tmux.press("q")
    try team.tmux.run("echo closed-$((40+2))")
    try team.tmux.waitFor("closed-42")
    try team.git(["commit", "-q", "-am", "Ana: Ines keeps the customers pillar"], in: "ana")
    try team.git(["push", "-q", "origin", "main"], in: "ana")
    // Ben changes the fourth pillar's owner in the same file, by hand, and pulls.
    try setOwner("Ben Okoro", ofPillar: 3, in: "ben", team)
    try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "ben")
    #expect(try team.git(["status", "--porcelain"], in: "ben").isEmpty)
    let merged = try team.git(["show", "HEAD:strategy/pillars.json"], in: "ben")
    #expect(merged.contains("\"owner\": \"Ines Duarte\""), "\(merged)")
    #expect(merged.contains("\"owner\": \"Ben Okoro\""), "\(merged)")
    #expect(!merged.contains("<<<<<<<"))
    try team.pillars(["check", "-w", "strategy"], in: "ben")
  }

  @Test func aConflictFromAPullIsSettledInTheScreensThenCommitted() throws {
    let team = try Team()
    try team.setEmotion(2, in: "ana", message: "Ana: the pricing page is fine")
    try team.git(["push", "-q", "origin", "main"], in: "ana")
    try team.setEmotion(-2, in: "ben", message: "Ben: the pricing page hurts")
    try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "ben", expect: 1)
    #expect(try team.git(["status", "--porcelain"], in: "ben").contains("UU \(Team.journey)"))
    #expect(try team.emotion(in: "ben") == -2)

    // The screens open on a valid workspace and say there is a conflict; C shows the three sides.
    try team.tmux.run("cd \(team.path("ben")) && \(Pillars.binary) open -w strategy")
    try team.tmux.waitFor("1 merge conflict to settle: C lists it")
    try team.tmux.press("C")
    let list = try team.tmux.waitFor("Merge conflicts · 1")
    #expect(list.contains("touchpoint 'Pricing page' · emotion"), "\(list)")
    #expect(list.contains("Ours (in the file now)"), "\(list)")
    #expect(list.contains("Theirs"), "\(list)")

    // Theirs is taken, written to the file, and the screens say what to do next.
    try team.tmux.press("t")
    let settled = try team.tmux.waitFor("every conflict settled")
    #expect(settled.contains("Now `git add \(Team.journey)`"), "\(settled)")
    try team.tmux.press("q")
    try team.tmux.run("echo closed-$((20+3))")
    try team.tmux.waitFor("closed-23")

    #expect(try team.emotion(in: "ben") == 2)
    try team.git(["add", Team.journey], in: "ben")
    try team.git(["commit", "-q", "--no-edit"], in: "ben")
    #expect(try team.git(["status", "--porcelain"], in: "ben").isEmpty)
    let shown = try team.git(["show", "HEAD:\(Team.journey)"], in: "ben")
    #expect(!shown.contains("<<<<<<<"))
    try team.pillars(["check", "-w", "strategy"], in: "ben")
  }
}
