import Foundation
import Testing

@Suite struct InitCommandTests {
  @Test func createsAnEmptyWorkspaceThatPassesWithWarningsOnly() throws {
    let folder = try TemporaryFolder()
    let target = folder.path + "/acme"
    let created = try PillarsBinary.run(["init", target, "--name", "Acme Care"])
    #expect(created.status == 0)
    #expect(created.stdout.hasPrefix("Created workspace \"Acme Care\" in \(target)"))
    for file in ["workspace.json", "pillars.json", "promise.json", "segments.json", "scorecard.json"] {
      #expect(FileManager.default.fileExists(atPath: target + "/" + file), "\(file) missing")
    }
    let check = try PillarsBinary.run(["check", "-w", target])
    #expect(check.status == 0)
    #expect(check.stdout.contains("warning: pillars[0]: Know your customers is empty"))
  }

  /// The divergence on the scorecard, and the chatbot fix that did not lower its theme's share.
  @Test func exampleWorkspaceHasTheDivergenceAndAFixThatDidNotWork() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path + "/ex", "--example"])
    let check = try PillarsBinary.run(["check", "-w", folder.path + "/ex"])
    #expect(check.status == 0)
    let lines = check.stdout.split(separator: "\n")
    // The divergence, the two actions the example leaves overdue, and the fix at the root that did not work.
    #expect(lines.count == 5)
    #expect(lines.filter { $0.hasPrefix("pillars.json:") && $0.contains(": warning: ") && $0.contains("is not done") }.count == 2)
    #expect(lines.contains { $0.hasPrefix("scorecard.json:") && $0.contains(": warning: metrics[") })
    #expect(lines.contains { $0.hasPrefix("signals/cannot-reach-a-person.json:") && $0.contains("rose 25%") })
    #expect(lines.last == "0 errors, 4 warnings")
  }

  @Test func refusesToOverwriteAWorkspace() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try folder.read("promise.json")
    let again = try PillarsBinary.run(["init", folder.path])
    #expect(again.status != 0)
    #expect(again.stderr.contains("already"))
    #expect(try folder.read("promise.json") == before)
  }
}

@Suite struct CheckCommandTests {
  @Test func reportsFileLineColumnAndPathAndExitsOne() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    // Put an impossible emotion into the first touchpoint of the current journey.
    let journeys = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/journeys").sorted()
    let file = "journeys/" + (journeys.first { $0.contains("today") } ?? journeys[0])
    var text = try folder.read(file)
    // Keys are sorted, so the first emotion in the file is the first touchpoint's.
    let range = try #require(text.range(of: #""emotion": -?[0-9],"#, options: .regularExpression))
    text.replaceSubrange(range, with: "\"emotion\": 7,")
    try folder.write(file, text)
    let prefix = text[..<range.lowerBound]
    let line = prefix.filter { $0 == "\n" }.count + 1
    let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) } ?? -1) + 11

    let check = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(check.status == 1)
    let expected = "\(file):\(line):\(column): error: stages[0].touchpoints[0].emotion: must be between -2 and 2, found 7"
    #expect(check.stdout.split(separator: "\n").contains { $0 == expected }, "\(check.stdout)")
  }

  @Test func aFutureJourneyBasedOnAJourneyThatIsGoneIsReported() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let file = "journeys/growing-contractor-next.json"
    let text = try folder.read(file)
    #expect(text.contains("\"basedOn\": \"growing-contractor-today\""))
    try folder.write(file, text.replacingOccurrences(of: "\"basedOn\": \"growing-contractor-today\"", with: "\"basedOn\": \"growing-contractor-2025\""))
    let check = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(check.status == 0)
    let line = try #require(check.stdout.split(separator: "\n").first { $0.hasPrefix(file + ":") })
    #expect(line.hasSuffix(": warning: basedOn: based on the journey \"growing-contractor-2025\", which is not in the workspace; "
      + "c in the screens asks which journey to compare with"), "\(check.stdout)")
  }

  @Test("check reports stored values outside the scale and weeks to come, placed in the history file")
  func valuesThatCannotBeTrueAreReported() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    var history = try folder.read("history/csat.json")
    history = history.replacingOccurrences(of: "\"value\": 4.24", with: "\"value\": 44")
    history = history.replacingOccurrences(of: "\"week\": \"2026-W31\"", with: "\"week\": \"2026-W52\"")
    try folder.write("history/csat.json", history)
    let check = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(check.status == 1)
    let lines = check.stdout.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("history/csat.json:") && $0.hasSuffix(
      ": error: observations[15].value: CSAT's value for 2026-W46, 44, is outside its scale (1 to 5)") }, "\(check.stdout)")
    #expect(lines.contains { $0.hasPrefix("history/csat.json:") && $0.hasSuffix(
      ": error: observations[0].week: CSAT has a value for 2026-W52, a week that has not started yet (this week is 2026-W47); remove it or correct the week") },
      "\(check.stdout)")
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    #expect(try PillarsBinary.run(["check", "-w", folder.path]).status == 0)
    #expect(try PillarsBinary.run(["check", "-w", folder.path, "--strict"]).status == 1)
  }

  @Test func jsonFormatListsFindingsAsObjects() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["check", "-w", folder.path, "--format", "json"])
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 4)
    let divergence = try #require(entries.first { $0["rule"] as? String == "scorecard.divergence" })
    #expect(divergence["file"] as? String == "scorecard.json")
    #expect(divergence["line"] is Int)
    #expect(entries.filter { $0["rule"] as? String == "pillar.action-overdue" && $0["file"] as? String == "pillars.json" }.count == 2)
    #expect(entries.contains { $0["rule"] as? String == "signals.fix-not-working" })
  }

  @Test func oneBrokenDocumentDoesNotStopTheOthers() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    try folder.write("segments.json", "{ \"schemaVersion\": 1, \"segments\": [ ")
    var promise = try folder.read("promise.json")
    promise = promise.replacingOccurrences(of: "\"sentence\": \"", with: "\"sentence\": \"World-class. ")
    try folder.write("promise.json", promise)
    let check = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(check.status == 1)
    #expect(check.stdout.contains("segments.json:1:"))
    #expect(check.stdout.contains("promise.json:"))
    #expect(check.stdout.contains("\"World-class\" is a wish, not a promise"))
  }

  @Test func notAWorkspaceSaysSo() throws {
    let folder = try TemporaryFolder()
    let result = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("workspace.json"))
  }

  @Test func hostileTextIsPrintedInert() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    var scorecard = try folder.read("scorecard.json")
    scorecard = scorecard.replacingOccurrences(of: "\"name\": \"CSAT\"", with: "\"name\": \"CSAT\\u001b]52;c;aGk=\\u0007\\u202e\"")
    try folder.write("scorecard.json", scorecard)
    let result = try PillarsBinary.run(["check", "-w", folder.path])
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    #expect(result.stdout.contains("CSAT^[]52;c;aGk=^G<RLO>"))
  }
}

@Suite struct ScorecardCommandTests {
  @Test func textShowsStatusesAlertsAndProof() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Alerts\n  ! Resolution rate"))
    #expect(result.stdout.contains("✖ off track"))
    #expect(result.stdout.contains("★ proves the promise"))
  }

  @Test func csvHasOneRowPerMetric() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "csv", "--weeks", "2"])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "layer,metric,name,latest_week,latest,unit,target,status,change")
    #expect(lines.count == 11)
    #expect(lines.contains { $0.hasPrefix("experience,csat,CSAT,2026-W46,4.24,") })
  }

  @Test func jsonCarriesTheWindow() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "json", "--weeks", "8"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["windowWeeks"] as? Int == 8)
    #expect((object["metrics"] as? [Any])?.count == 10)
  }

  @Test func jsonIsWrittenAsTheDocumentsAreWithChangesAsAPersonWritesThem() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["scorecard", "-w", folder.path, "--format", "json"])
    // The canonical writer's layout, as in the workspace's own files.
    #expect(result.stdout.hasPrefix("{\n  \"alerts\": [\n"))
    // A change is the difference of two recorded values: 109.4 after 108.6 is 0.8, not 0.8000000000000114.
    let changes = result.stdout.split(separator: "\n").filter { $0.contains("\"change\": ") }
    #expect(changes.count == 10)
    let short = #/\s*"change": -?\d+(\.\d{1,3})?,/#
    #expect(changes.allSatisfy { (try? short.wholeMatch(in: String($0))) != nil }, "\(changes)")
  }
}

@Suite struct RecordCommandTests {
  @Test func recordsThisWeekAndRewritesOnlyTheMetricsHistory() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let promise = try folder.read("promise.json")
    let scorecard = try folder.read("scorecard.json")
    let nps = try folder.read("history/nps.json")
    let result = try PillarsBinary.run(["record", "csat", "4.4", "-w", folder.path, "--note", "after the queue fix"])
    #expect(result.status == 0)
    #expect(result.stdout == "Recorded CSAT = 4.4 for 2026-W47\n")
    let history = try folder.read("history/csat.json")
    #expect(history.contains("\"week\": \"2026-W47\""))
    #expect(history.contains("after the queue fix"))
    #expect(try folder.read("promise.json") == promise)
    #expect(try folder.read("scorecard.json") == scorecard)
    #expect(try folder.read("history/nps.json") == nps)
  }

  @Test func replacingAWeekSaysWhatItWas() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let result = try PillarsBinary.run(["record", "csat", "4.3", "--week", "2026-W46", "-w", folder.path])
    #expect(result.stdout == "Recorded CSAT = 4.3 for 2026-W46 (was 4.24)\n")
  }

  @Test(arguments: [
    (["record", "csta", "4.4"], "no metric \"csta\" in the scorecard; did you mean \"csat\"?"),
    (["record", "csat", "four"], "\"four\" is not a number; write the value as digits, for example 4.3"),
    (["record", "csat", "nan"], "\"nan\" is not a number"),
    (["record", "csat", "4", "--week", "2026-W60"], "\"2026-W60\" is not an ISO week"),
    (["record", "csat", "44"], "Error: 44 is outside the scale of CSAT (1 to 5); nothing was recorded"),
    (["record", "csat", "0.9", "--week", "2026-W40"], "Error: 0.9 is outside the scale of CSAT (1 to 5); nothing was recorded"),
    (["record", "csat", "4.4", "--week", "2026-W48"],
      "Error: 2026-W48 has not started yet; values can be recorded up to this week, 2026-W47; nothing was recorded"),
    (["record", "csat", "1e308"], "Error: 1e+308 is too large; a value must be between -1e15 and 1e15; nothing was recorded"),
  ])
  func refusesBadInputAndWritesNothing(arguments: [String], message: String) throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try folder.read("history/csat.json")
    let result = try PillarsBinary.run(arguments + ["-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(try folder.read("history/csat.json") == before)
  }

  @Test func twoWritersLoseNoUpdate() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    // Two record commands at once into the same metric's history, for two weeks: both values must land.
    let group = DispatchGroup()
    let results = LockedBox<[Int32]>([])
    for arguments in [["csat", "4.1"], ["csat", "4.05", "--week", "2026-W46"]] {
      group.enter()
      DispatchQueue.global().async {
        let status = (try? PillarsBinary.run(["record"] + arguments + ["-w", folder.path]).status) ?? -1
        results.mutate { $0.append(status) }
        group.leave()
      }
    }
    group.wait()
    #expect(results.value == [0, 0])
    let history = try folder.read("history/csat.json")
    #expect(history.contains("\"value\": 4.1,\n      \"week\": \"2026-W47\""))
    #expect(history.contains("\"value\": 4.05,\n      \"week\": \"2026-W46\""))
  }
}

/// A value shared between threads under a lock, for tests that run processes concurrently.
final class LockedBox<Value>: @unchecked Sendable {
  private var stored: Value
  private let lock = NSLock()
  init(_ value: Value) { stored = value }
  var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
  func mutate(_ change: (inout Value) -> Void) { lock.lock(); defer { lock.unlock() }; change(&stored) }
}

@Suite struct HelpAndCompletionTests {
  @Test func everyCommandHasHelp() throws {
    let help = try PillarsBinary.run(["--help"])
    for command in ["init", "check", "scorecard", "record", "open", "review"] {
      #expect(help.stdout.contains("  \(command)"), "\(command) missing from help")
    }
  }

  @Test func completionScriptsAreGenerated() throws {
    let bash = try PillarsBinary.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0)
    #expect(bash.stdout.contains("scorecard"))
  }
}

@Suite struct ExportCommandTests {
  @Test func writesEveryPageAndChangesNothingInTheWorkspace() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let before = try folder.read("scorecard.json")
    let result = try PillarsBinary.run(["export", "-w", folder.path])
    #expect(result.status == 0)
    #expect(result.stdout == "Wrote 18 pages to \(folder.path)/export\n")
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/export").sorted()
    #expect(pages.contains("strategy.md") && pages.contains("index.md") && pages.contains("scorecard.md"))
    #expect(try folder.read("scorecard.json") == before)
    // Exporting again gives the same bytes.
    let first = try folder.read("export/strategy.md")
    try PillarsBinary.run(["export", "-w", folder.path])
    #expect(try folder.read("export/strategy.md") == first)
  }

  @Test func onlyAndOutChooseWhatAndWhere() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path + "/ws", "--example"])
    let result = try PillarsBinary.run(["export", "-w", folder.path + "/ws", "--out", folder.path + "/out", "--only", "strategy,scorecard"])
    #expect(result.status == 0)
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted()
    #expect(pages == ["scorecard.md", "strategy.md"])
    let unknown = try PillarsBinary.run(["export", "-w", folder.path + "/ws", "--only", "strategi"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no page named \"strategi\""))
  }

  @Test func anUnwritableFolderIsReportedAndEarlierExportsStay() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path + "/ws", "--example"])
    try folder.write("blocker", "a file where a folder should be")
    let result = try PillarsBinary.run(["export", "-w", folder.path + "/ws", "--out", folder.path + "/blocker/out"])
    #expect(result.status != 0)
    #expect(result.stderr.contains(folder.path + "/blocker"))
  }
}

/// A metric computed from the customer signals takes no recorded value.
@Suite struct ComputedMetricCommandTests {
  @Test func recordRefusesAComputedMetricAndTheScorecardShowsItsValue() throws {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    let path = folder.path + "/scorecard.json"
    var scorecard = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    var metrics = try #require(scorecard["metrics"] as? [[String: Any]])
    metrics.append([
      "id": "fixed-at-the-root", "name": "Fixed at the root this quarter", "layer": "operational", "unit": "",
      "direction": "up", "target": 3, "owner": "", "description": "", "source": "signals.fixed-this-quarter",
    ])
    scorecard["metrics"] = metrics
    try JSONSerialization.data(withJSONObject: scorecard).write(to: URL(fileURLWithPath: path))
    let result = try PillarsBinary.run(["record", "fixed-at-the-root", "4", "-w", folder.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains(
      "Error: Fixed at the root this quarter is computed from the customer signals (signals.fixed-this-quarter: "
        + "recurring issues fixed at the root this quarter); its values cannot be recorded; nothing was recorded"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/history/fixed-at-the-root.json"))
    // The example fixed two themes at the root in 2026-W39, the quarter before; one more now, in 2026-W45.
    let themePath = folder.path + "/signals/dispatch-board-slow.json"
    var theme = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: themePath))) as? [String: Any])
    theme["state"] = "fixed-at-the-root"
    theme["fixedOn"] = "2026-11-04"
    try JSONSerialization.data(withJSONObject: theme).write(to: URL(fileURLWithPath: themePath))
    let csv = try PillarsBinary.run(["scorecard", "--format", "csv", "-w", folder.path]).stdout
    let row = try #require(csv.split(separator: "\n").first { $0.contains(",fixed-at-the-root,") })
    #expect(row.hasSuffix(",2026-W46,1,,3,off-track,1"), "\(row)")
  }
}
