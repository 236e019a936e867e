import Foundation
import PillarsCore
import PillarsExample
import PillarsJSON
import PillarsMerge
import PillarsStore

// The merge trial: seeded edit pairs merged by Pillars and by plain `git merge-file`, on the example
// and on a generated workspace. Prints one Markdown row per corpus; exits 1 when a pair fails.
// Usage: pillars-merge-trial PAIRS [SEED]

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 13 : 13
guard let today = CalendarDate("2026-11-18") else { exit(2) }
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-merge-trial-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

func bytes(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8] {
  func encode<K: DocumentKindDefinition>(_ kind: K.Type) throws -> [UInt8] {
    guard let file = K.file(document, in: workspace) else { return [] }
    return try DocumentCodec.encode(file, kind: K.kind)
  }
  return try encode(document.kind.definition)
}

func admitted(_ workspace: Workspace, _ document: DocumentRef, _ merged: [UInt8]) -> Workspace? {
  func admit<K: DocumentKindDefinition>(_ kind: K.Type) -> Workspace? {
    guard let value = DocumentCodec.decode(K.File.self, from: merged, document: document).value else { return nil }
    var result = workspace
    K.take(document, from: Workspace(), into: &result)
    return K.admit(.loaded(value), as: document, into: &result, folderName: "merged") == nil ? result : nil
  }
  return admit(document.kind.definition)
}

/// Whether plain `git merge-file` merges the three texts without a conflict.
func gitMergesCleanly(_ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8]) throws -> Bool {
  let files = ["base", "ours", "theirs"].map { scratch.appendingPathComponent($0) }
  for (file, content) in zip(files, [base, ours, theirs]) { try Data(content).write(to: file) }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["git", "merge-file", "-p", files[1].path, files[0].path, files[2].path]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus == 0
}

var failed = false
print("| corpus | pairs | disjoint pairs merged cleanly, Pillars | git merge-file | conflicting pairs reported, Pillars | git merge-file |")
print("| --- | --- | --- | --- | --- | --- |")
let corpora: [(String, Workspace)] = [
  ("example", ExampleWorkspace.make(today: today)),
  ("generated large", LargeWorkspace.make(size: .large, today: today)),
]
for (name, workspace) in corpora {
  let pairs = EditPairs.make(count: count / corpora.count, from: workspace, seed: seed)
  var (disjoint, clean, gitClean, conflicting, reported, gitReported) = (0, 0, 0, 0, 0, 0)
  for pair in pairs {
    let sides = try [pair.base, pair.ours, pair.theirs].map { try bytes(pair.document, of: $0) }
    let merge = DocumentMerge.merge(pair.document, base: sides[0], ours: sides[1], theirs: sides[2])
    let gitClean1 = try gitMergesCleanly(sides[0], sides[1], sides[2])
    let merged = admitted(pair.ours, pair.document, merge.bytes)
    if pair.kind.conflicts {
      conflicting += 1
      if !gitClean1 { gitReported += 1 }
      let trees = try sides.map { try JSONParser.parse($0) }
      let recoverable = merge.conflicts.allSatisfy { conflict in
        conflict.base == ConflictResolution.value(of: conflict, in: trees[0])
          && conflict.ours == ConflictResolution.value(of: conflict, in: trees[1])
          && conflict.theirs == ConflictResolution.value(of: conflict, in: trees[2])
      }
      if !merge.conflicts.isEmpty && recoverable && merged != nil { reported += 1 } else {
        failed = true
        FileHandle.standardError.write(Data("\(name): \(pair.kind.rawValue) in \(pair.document): not reported or not recoverable\n".utf8))
      }
    } else {
      disjoint += 1
      if gitClean1 { gitClean += 1 }
      let expected = try pair.expected.map { try bytes(pair.document, of: $0) }
      let errors = merged.map { Checks.run($0, today: today).filter { $0.severity == .error } } ?? []
      if merge.conflicts.isEmpty, merge.bytes == expected, merged != nil, errors.isEmpty { clean += 1 } else {
        failed = true
        FileHandle.standardError.write(Data("\(name): \(pair.kind.rawValue) in \(pair.document): \(merge.conflicts.map(\.summary)) \(errors.map(\.message))\n".utf8))
      }
    }
  }
  func share(_ part: Int, _ whole: Int) -> String { "\(part) of \(whole) (\(whole == 0 ? 0 : part * 100 / whole) %)" }
  print("| \(name) | \(pairs.count) | \(share(clean, disjoint)) | \(share(gitClean, disjoint)) | \(share(reported, conflicting)) | \(share(gitReported, conflicting)) |")
}
exit(failed ? 1 : 0)
