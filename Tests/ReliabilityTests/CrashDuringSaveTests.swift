import Foundation
import Glibc
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

/// A process saving the workspace is killed with SIGKILL at random moments: every document must
/// still parse and hold either its old or its new content, never a mix, never nothing; and once
/// the next run has loaded it, the whole workspace is one version or the other.
@Suite struct CrashDuringSaveTests {
  static let trials = 200

  /// The example with every document changed, so that each save rewrites each file.
  static func revised(_ workspace: Workspace) -> Workspace {
    var revised = workspace
    revised.manifest.name += " (revised ✓)"
    revised.pillars.pillars[0].notes += "\n\nRevised after the Q4 review — переработано, 改訂済み."
    revised.promise.sentence += " Every time."
    revised.segments.segments[0].description += " Now including EU firms 🇪🇺."
    revised.scorecard.metrics = revised.scorecard.metrics.map { metric in
      var metric = metric
      metric.owner += " (revised)"
      metric.observations = metric.observations.map { Observation(week: $0.week, value: $0.value + 1, note: $0.note ?? "revised") }
      return metric
    }
    revised.journeys = revised.journeys.map { journey in
      var journey = journey
      journey.name += " (v2)"
      return journey
    }
    revised.reviews = revised.reviews.map { review in
      var review = review
      review.attendees.append("Zoë Ångström")
      return review
    }
    revised.experiments = revised.experiments.map { experiment in
      var experiment = experiment
      experiment.owner += " (revised)"
      return experiment
    }
    revised.assumptions.assumptions[0].statement += ", mostly"
    revised.charter.channels[0].goal += " (revised)"
    revised.checkpoints = revised.checkpoints.map { checkpoint in
      var checkpoint = checkpoint
      checkpoint.attendees.append("Zoë Ångström")
      return checkpoint
    }
    revised.signalThemes = revised.signalThemes.map { theme in
      var theme = theme
      theme.owner = "Zoë Ångström"
      return theme
    }
    revised.signalTags.unmapped["zoë"] = 1
    return revised
  }

  /// What the pipe gave until `start` came and then `marker` came `count` times, or until it closed.
  static func read(_ pipe: FileHandle, until marker: String, occurs count: Int, after start: String) -> String {
    var text = ""
    while !text.hasPrefix(start) || text.components(separatedBy: marker).count - 1 < count {
      let data = pipe.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    return text
  }

  @Test func killedSavesNeverTearOrLoseADocument() throws {
    let old = try TrialFolder.workspace(try TrialFolder.example())
    let new = try TrialFolder.workspace(Self.revised(try TrialFolder.example()))
    let workspace = try TrialFolder.workspace(try TrialFolder.example())
    let documents = try TrialFolder.example().documentRefs.map(\.path)
    var allowed: [String: Set<[UInt8]>] = [:]
    for path in documents {
      allowed[path] = [try old.bytes(path), try new.bytes(path)]
      #expect(allowed[path]?.count == 2, "the revised workspace must change \(path)")
    }

    var random = SeededGenerator(seed: 7)
    var failures: [String] = []
    var sawOld = 0
    var sawNew = 0
    var recovered = 0
    for trial in 1...Self.trials {
      let process = Process()
      process.executableURL = Tool.saveLoop.url
      process.arguments = [workspace.path, old.path, new.path]
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Let the loop finish 0 to 2 saves (the first writes the old version, the second the new),
      // then kill it up to 15 ms into the next one, so kills land at every stage of a save.
      let saves = Int.random(in: 0...2, using: &random)
      let output = Self.read(out.fileHandleForReading, until: "saved\n", occurs: saves, after: "saving\n")
      usleep(UInt32.random(in: 0...15_000, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if !output.hasPrefix("saving\n") || process.terminationReason != .uncaughtSignal {
        failures.append("trial \(trial): the save loop stopped on its own (status \(process.terminationStatus))")
      }
      for path in documents {
        guard let bytes = try? workspace.bytes(path) else {
          failures.append("trial \(trial): \(path) is missing")
          continue
        }
        if bytes == (try? old.bytes(path)) {
          sawOld += 1
        } else if bytes == (try? new.bytes(path)) {
          sawNew += 1
        } else {
          failures.append("trial \(trial): \(path) holds neither its old nor its new content (\(bytes.count) bytes)")
        }
      }
      let loaded = try WorkspaceStore(folder: workspace.url).load()
      if loaded.hasErrors || !loaded.unavailable.isEmpty {
        failures.append("trial \(trial): the workspace no longer loads cleanly: \(loaded.problems.map(\.rendered))")
      }
      if !loaded.notices.isEmpty { recovered += 1 }
      // A save changes every document, as one change: once loaded (which finishes or undoes an
      // interrupted save) the workspace is wholly the old version or wholly the new one.
      let newer = documents.filter { (try? workspace.bytes($0)) == (try? new.bytes($0)) }.count
      if newer != 0 && newer != documents.count {
        failures.append("trial \(trial): \(newer) of \(documents.count) documents are new: the save was half applied")
      }
    }
    #expect(failures == [])
    // Both versions were seen on disk: the kills landed while the loop was saving.
    #expect(sawOld > 0 && sawNew > 0)
    print("crash trials: \(Self.trials) kills, \(recovered) interrupted saves finished or undone on the next load")
    // Loading cleared the temporary files the killed processes left behind.
    #expect(workspace.allFiles().filter { $0.contains(".pillars-tmp-") || $0.contains(".pillars-old-") } == [])
  }

  /// The same save killed at each step of putting its files in place: strace kills the saving
  /// process just before its k-th rename (the first puts the journal in place, the others one
  /// document each). After the next load the workspace is wholly old (killed before the
  /// journal) or wholly new (finished from the journal), and the user is told which.
  @Test func killedAtEveryStepOfTheReplaceIsFinishedOnTheNextLoad() throws {
    let old = try TrialFolder.workspace(try TrialFolder.example())
    let new = try TrialFolder.workspace(Self.revised(try TrialFolder.example()))
    let documents = try TrialFolder.example().documentRefs.map(\.path)
    var outcomes: [String] = []
    for step in 1...(documents.count + 1) {
      let workspace = try TrialFolder.workspace(try TrialFolder.example())
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
      process.arguments = [
        "-f", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:signal=SIGKILL:when=\(step)",
        Tool.saveLoop.url.path, workspace.path, old.path, new.path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      let loaded = try WorkspaceStore(folder: workspace.url).load()
      #expect(!loaded.hasErrors && loaded.unavailable.isEmpty, "step \(step)")
      let newer = documents.filter { (try? workspace.bytes($0)) == (try? new.bytes($0)) }.count
      let older = documents.filter { (try? workspace.bytes($0)) == (try? old.bytes($0)) }.count
      switch (newer, older, loaded.notices.first?.contains("has now been finished")) {
      case (documents.count, 0, true?): outcomes.append("finished")
      case (0, documents.count, nil): outcomes.append("untouched")
      default: outcomes.append("step \(step): \(newer) new, \(older) old, \(loaded.notices)")
      }
      #expect(workspace.allFiles().filter { $0.contains(".pillars-") || $0.hasSuffix("journal.json") } == [])
    }
    // Killed before the journal is in place: nothing replaced. After: every step is finished.
    #expect(outcomes == ["untouched"] + Array(repeating: "finished", count: documents.count))
  }
}
