import Foundation
import PillarsCore
import PillarsJSON
import PillarsMerge

/// Reads the workspace's documents as two versions hold them, through git: only the files that
/// differ (and the scorecard, which names the metrics), each version in one `git cat-file` run.
struct RevisionReader {
  /// The workspace folder; git runs here, so paths are relative to it.
  var folder: String

  /// The last commit that changed a weekly review: where "since the last review" starts; nil
  /// when no review has been committed.
  func lastReviewCommit() -> String? {
    guard let result = Git.run(["log", "-1", "--format=%H", "--", "reviews"], in: folder), result.status == 0 else { return nil }
    let commit = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return commit.isEmpty ? nil : commit
  }

  /// The strategy's changes from `start` to `end` (nil: the files as they are now).
  func changes(from start: String, to end: String?) throws -> [StrategyChange] {
    var arguments = ["diff", "--name-only", "--relative", "-z", start]
    if let end { arguments.append(end) }
    guard let listed = Git.run(arguments + ["--", "."], in: folder), listed.status == 0 else {
      throw CLIError("git cannot compare \(start)\(end.map { " with \($0)" } ?? ""): \(Git.run(arguments, in: folder)?.error.trimmingCharacters(in: .whitespacesAndNewlines) ?? "is git installed?")")
    }
    var paths = Self.names(listed.output)
    if end == nil, let untracked = Git.run(["ls-files", "--others", "--exclude-standard", "-z", "--", "."], in: folder) {
      paths += Self.names(untracked.output)
    }
    var documents = Set(paths.compactMap { DocumentRef(path: $0) })
    documents.insert(.scorecard)
    let ordered = documents.sorted()
    let before = try read(ordered, at: start)
    let after = try end.map { try read(ordered, at: $0) } ?? readFiles(ordered)
    return StrategyDiff.compare(before: before, after: after)
  }

  /// The documents as `revision` holds them (those it lacks, or that do not parse, are left out).
  private func read(_ documents: [DocumentRef], at revision: String) throws -> [DocumentRef: JSONValue] {
    let input = documents.map { "\(revision):./\($0.path)\n" }.joined()
    guard let result = Git.run(["cat-file", "--batch"], in: folder, input: Array(input.utf8)), result.status == 0 else {
      throw CLIError("git cannot read \(revision)")
    }
    var trees: [DocumentRef: JSONValue] = [:]
    var bytes = result.output[...]
    for document in documents {
      // Each answer: "<object> blob <size>\n<content>\n", or "<name> missing\n".
      guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else { break }
      let header = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self).split(separator: " ")
      bytes = bytes[(end + 1)...]
      guard header.count == 3, header[1] == "blob", let size = Int(header[2]), bytes.count >= size else { continue }
      let content = bytes.prefix(size)
      bytes = bytes.dropFirst(size + 1)
      if let tree = try? JSONParser.parse(Array(content)) { trees[document] = tree }
    }
    return trees
  }

  private func readFiles(_ documents: [DocumentRef]) -> [DocumentRef: JSONValue] {
    var trees: [DocumentRef: JSONValue] = [:]
    for document in documents {
      guard let data = FileManager.default.contents(atPath: folder + "/" + document.path),
        let tree = try? JSONParser.parse(Array(data))
      else { continue }
      trees[document] = tree
    }
    return trees
  }

  private static func names(_ output: [UInt8]) -> [String] {
    output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }
}
