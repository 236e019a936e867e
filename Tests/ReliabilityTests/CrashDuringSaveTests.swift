import Foundation
import Glibc
import PillarsCore
import PillarsExample
import PillarsStore
import Testing

/// A process saving the workspace is killed with SIGKILL at random moments: every document must
/// still parse and hold either its old or its new content, never a mix, never nothing.
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
    }
    #expect(failures == [])
    // Both versions were seen on disk: the kills landed while the loop was saving.
    #expect(sawOld > 0 && sawNew > 0)
    // Loading cleared the temporary files the killed processes left behind.
    #expect(workspace.allFiles().filter { $0.contains(".tmp-") } == [])
  }
}
