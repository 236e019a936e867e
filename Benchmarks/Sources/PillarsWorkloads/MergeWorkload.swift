import Foundation
import PillarsCore
import PillarsJSON
import PillarsMerge
import PillarsStore

/// The work of the git merge driver and of `pillars diff`, in the process: the budgets speak of
/// the driver as a whole process (scripts/merge-benchmark.py times that), this is the part that
/// is Pillars' own, without the process's start and without git.
public struct MergeWorkload {
  /// The largest journey of the workspace, as its three versions: each side edits fields, adds
  /// and moves touchpoints, as scripts/merge-benchmark.py does.
  public let journey: DocumentRef
  public let base: [UInt8]
  public let ours: [UInt8]
  public let theirs: [UInt8]
  /// Two revisions of the workspace's changed documents: ten journeys (an emotion changed, a
  /// touchpoint removed), a hundred metrics' latest values changed, and the scorecard.
  public let before: [DocumentRef: [UInt8]]
  public let after: [DocumentRef: [UInt8]]

  public init(_ workspace: Workspace) throws {
    guard let largest = workspace.journeys.max(by: { $0.touchpoints.count < $1.touchpoints.count }), largest.stages.count >= 3
    else { throw BenchmarkError("the workspace has no journey of three stages to merge") }
    journey = .journey(largest.id)
    var ours = largest
    ours.stages[0].touchpoints[0].emotion = ours.stages[0].touchpoints[0].emotion == 2 ? 1 : 2
    let middle = ours.stages.count / 2
    ours.stages[middle].touchpoints.insert(Touchpoint(id: "added-by-us", name: "Added by us"), at: min(1, ours.stages[middle].touchpoints.count))
    var theirs = largest
    let last = theirs.stages.count - 1
    if !theirs.stages[last].touchpoints.isEmpty { theirs.stages[last].touchpoints[0].channel = "phone" }
    if !theirs.stages[last - 1].touchpoints.isEmpty {
      theirs.stages[last].touchpoints.append(theirs.stages[last - 1].touchpoints.removeFirst())
    }
    base = try DocumentCodec.encode(largest, kind: .journey)
    self.ours = try DocumentCodec.encode(ours, kind: .journey)
    self.theirs = try DocumentCodec.encode(theirs, kind: .journey)

    var changed = workspace
    for index in changed.journeys.indices.prefix(10) where changed.journeys[index].stages.count > 2 {
      if !changed.journeys[index].stages[1].touchpoints.isEmpty { changed.journeys[index].stages[1].touchpoints[0].emotion = -2 }
      if !changed.journeys[index].stages[2].touchpoints.isEmpty { changed.journeys[index].stages[2].touchpoints.removeFirst() }
    }
    for index in changed.scorecard.metrics.indices.prefix(100) {
      if let latest = changed.scorecard.metrics[index].observations.last {
        changed.scorecard.metrics[index].record(latest.value + 1, for: latest.week)
      }
    }
    let documents = changed.journeys.prefix(10).map { DocumentRef.journey($0.id) }
      + changed.scorecard.metrics.prefix(100).map { DocumentRef.history($0.id) } + [.scorecard]
    func files(_ workspace: Workspace) throws -> [DocumentRef: [UInt8]] {
      var files: [DocumentRef: [UInt8]] = [:]
      for document in documents { files[document] = try Self.file(document, of: workspace) }
      return files
    }
    before = try files(workspace)
    after = try files(changed)
  }

  /// The file the store writes for `document`; nil when the workspace holds no such document.
  static func file(_ document: DocumentRef, of workspace: Workspace) throws -> [UInt8]? {
    func encode<Kind: DocumentKindDefinition>(_ kind: Kind.Type) throws -> [UInt8]? {
      try Kind.file(document, in: workspace).map { try DocumentCodec.encode($0, kind: Kind.kind) }
    }
    return try encode(document.kind.definition)
  }

  /// The driver's work on the three versions: parse, lay out, merge, check and write the result.
  public func merge() -> FileMerge {
    DocumentMerge.merge(journey, base: base, ours: ours, theirs: theirs)
  }

  /// `pillars diff`'s work once git has handed over both revisions' files: parse them and say
  /// what changed in strategy words.
  public func diff() -> [String] {
    func trees(_ files: [DocumentRef: [UInt8]]) -> [DocumentRef: JSONValue] {
      files.compactMapValues { try? JSONParser.parse($0) }
    }
    return StrategyDiff.lines(StrategyDiff.compare(before: trees(before), after: trees(after)))
  }
}
