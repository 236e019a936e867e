import Foundation
import Testing

/// Two people on one workspace through real git: clones of one repository, the merge driver
/// installed by `pillars git setup`, edits through `pillars record` and by hand.
@Suite struct GitCollaborationTests {
  /// A bare repository with the example workspace in `strategy/`, and two clones of it, `ana` and
  /// `ben`; git's own config is kept inside the folder (HOME), so the tests never touch the user's.
  final class Team {
    let folder: TemporaryFolder
    var environment: [String: String] {
      [
        "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@example.com",
        "GIT_COMMITTER_NAME": "Ana", "GIT_COMMITTER_EMAIL": "ana@example.com",
      ]
    }

    init(setUp: Bool = true) throws {
      folder = try TemporaryFolder()
      try git(["init", "-q", "--bare", "-b", "main", "origin.git"])
      try git(["clone", "-q", "origin.git", "ana"])
      try pillars(["init", folder.path + "/ana/strategy", "--example"], expect: 0)
      if setUp { try pillars(["git", "setup", "-w", folder.path + "/ana/strategy"], expect: 0) }
      try git(["add", "-A"], in: "ana")
      try git(["commit", "-q", "-m", "The strategy"], in: "ana")
      try git(["push", "-q", "origin", "main"], in: "ana")
      try git(["clone", "-q", "origin.git", "ben"])
      if setUp { try pillars(["git", "setup", "-w", folder.path + "/ben/strategy"], expect: 0) }
    }

    @discardableResult
    func git(_ arguments: [String], in clone: String = ".", expect status: Int32 = 0) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git"] + arguments
      process.currentDirectoryURL = folder.file(clone)
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
      let out = Pipe()
      process.standardOutput = out
      process.standardError = out
      try process.run()
      let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == status, "git \(arguments.joined(separator: " ")): \(output)")
      return output
    }

    @discardableResult
    func pillars(_ arguments: [String], in clone: String? = nil, expect status: Int32? = nil) throws -> PillarsBinary.Result {
      let result = try PillarsBinary.run(arguments, environment: environment, in: clone.map { folder.file($0) })
      if let status { #expect(result.status == status, "pillars \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)") }
      return result
    }

    /// Edits a journey by hand, as JSON written by another tool (not canonical).
    func editJourney(in clone: String, _ change: (inout [[String: Any]]) -> Void) throws {
      let url = folder.file("\(clone)/strategy/journeys/growing-contractor-today.json")
      var journey = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      var stages = try #require(journey["stages"] as? [[String: Any]])
      change(&stages)
      journey["stages"] = stages
      try JSONSerialization.data(withJSONObject: journey, options: [.prettyPrinted]).write(to: url)
    }

    func touchpoints(in clone: String, stage: Int) throws -> [[String: Any]] {
      let url = folder.file("\(clone)/strategy/journeys/growing-contractor-today.json")
      let journey = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      let stages = try #require(journey["stages"] as? [[String: Any]])
      return try #require(stages[stage]["touchpoints"] as? [[String: Any]])
    }
  }

  static func add(_ id: String, at index: Int) -> (inout [[String: Any]]) -> Void {
    { stages in
      var touchpoints = stages[1]["touchpoints"] as? [[String: Any]] ?? []
      touchpoints.insert(["id": id, "name": "Touchpoint \(id)", "emotion": 1], at: index)
      stages[1]["touchpoints"] = touchpoints
    }
  }

  @Test func editsOnTwoClonesMergeCleanlyOnPull() throws {
    let team = try Team()
    try team.editJourney(in: "ana", Self.add("case-study", at: 2))
    try team.pillars(["record", "csat", "4.1", "--week", "2026-W40", "-w", team.folder.path + "/ana/strategy"], expect: 0)
    try team.git(["commit", "-q", "-am", "Ana's edits"], in: "ana")
    try team.git(["push", "-q", "origin", "main"], in: "ana")

    try team.editJourney(in: "ben", Self.add("peer-call", at: 2))
    try team.pillars(["record", "csat", "4.3", "--week", "2026-W41", "-w", team.folder.path + "/ben/strategy"], expect: 0)
    try team.git(["commit", "-q", "-am", "Ben's edits"], in: "ben")
    try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "ben")

    // Both touchpoints, ours first where they tie; both weeks; a valid workspace.
    let ids = try team.touchpoints(in: "ben", stage: 1).compactMap { $0["id"] as? String }
    #expect(ids == ["pricing-page", "demo-call", "peer-call", "case-study", "free-trial", "trial-chat"])
    let history = try team.folder.read("ben/strategy/history/csat.json")
    #expect(history.contains("2026-W40") && history.contains("2026-W41"))
    try team.pillars(["check", "-w", team.folder.path + "/ben/strategy"], expect: 0)

    let diff = try team.pillars(["diff", "HEAD~1", "HEAD", "-w", team.folder.path + "/ben/strategy"], expect: 0)
    #expect(diff.stdout.contains("touchpoint 'Touchpoint case-study' added"), "\(diff.stdout)")
    #expect(diff.stdout.contains("Scorecard: CSAT: 1 weekly value corrected"), "\(diff.stdout)")
    // git's own diff reads in strategy words through the textconv.
    let gitDiff = try team.git(["diff", "HEAD~1", "HEAD", "--", "strategy/journeys"], in: "ben")
    #expect(gitDiff.contains("+      touchpoint 'Touchpoint case-study' [case-study]: emotion 1"), "\(gitDiff)")
  }

  @Test func aTrueConflictKeepsAValidDocumentUntilResolved() throws {
    let team = try Team()
    try team.editJourney(in: "ana") { stages in
      var touchpoints = stages[1]["touchpoints"] as? [[String: Any]] ?? []
      touchpoints[0]["emotion"] = 2
      stages[1]["touchpoints"] = touchpoints
    }
    try team.git(["commit", "-q", "-am", "Ana: the pricing page is fine"], in: "ana")
    try team.git(["push", "-q", "origin", "main"], in: "ana")
    try team.editJourney(in: "ben") { stages in
      var touchpoints = stages[1]["touchpoints"] as? [[String: Any]] ?? []
      touchpoints[0]["emotion"] = -2
      stages[1]["touchpoints"] = touchpoints
    }
    try team.git(["commit", "-q", "-am", "Ben: the pricing page hurts"], in: "ben")
    try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "ben", expect: 1)

    // The file is a valid document holding ours; check names the conflict at its field.
    #expect(try team.touchpoints(in: "ben", stage: 1)[0]["emotion"] as? Int == -2)
    let check = try team.pillars(["check", "-w", team.folder.path + "/ben/strategy"], expect: 1)
    #expect(check.stdout.contains("journeys/growing-contractor-today.json:"), "\(check.stdout)")
    #expect(check.stdout.contains("error: stages[1].touchpoints[0].emotion: merge conflict, touchpoint 'Pricing page' emotion: ours -2, theirs 2 (was -1)"), "\(check.stdout)")

    let resolve = try team.pillars(["resolve", "--theirs", "strategy/journeys/growing-contractor-today.json", "-w", "strategy"], in: "ben", expect: 0)
    #expect(resolve.stdout.contains("1 conflict settled with theirs. Now `git add strategy/journeys/growing-contractor-today.json`"), "\(resolve.stdout)")
    #expect(try team.touchpoints(in: "ben", stage: 1)[0]["emotion"] as? Int == 2)
    try team.pillars(["check", "-w", team.folder.path + "/ben/strategy"], expect: 0)
    try team.git(["add", "strategy/journeys/growing-contractor-today.json"], in: "ben")
    try team.git(["commit", "-q", "--no-edit"], in: "ben")
  }

  @Test func aCloneWithoutTheDriverIsToldOnceHowToSetItUp() throws {
    let team = try Team(setUp: false)
    let first = try team.pillars(["check", "-w", team.folder.path + "/ben/strategy"])
    #expect(first.stderr.contains("Run `pillars git setup` once in this clone"), "\(first.stderr)")
    let second = try team.pillars(["check", "-w", team.folder.path + "/ben/strategy"])
    #expect(!second.stderr.contains("pillars git setup"), "\(second.stderr)")
  }

  @Test func setupTwiceChangesNothing() throws {
    let team = try Team()
    let attributes = try team.folder.read("ana/strategy/.gitattributes")
    let again = try team.pillars(["git", "setup", "-w", team.folder.path + "/ana/strategy"], expect: 0)
    #expect(again.stdout.contains("already"), "\(again.stdout)")
    #expect(try team.folder.read("ana/strategy/.gitattributes") == attributes)
    #expect(attributes.contains("/journeys/*.json merge=pillars diff=pillars"))
    let drivers = try team.git(["config", "--get-all", "merge.pillars.driver"], in: "ana")
    #expect(drivers.split(separator: "\n").count == 1)
    #expect(drivers.hasSuffix(" merge-driver %O %A %B %P\n"))
  }
}
