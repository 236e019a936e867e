import PillarsCore
import PillarsExample
import PillarsJSON
import PillarsMerge
import Testing

/// A seeded sample of the edit pairs two people make at once (the trial script runs thousands):
/// what a merge must keep, and what it must report.
@Suite struct EditPairTests {
  @Test func disjointEditsMergeWithBothKeptAndNoErrors() throws {
    let base = try MergeFixture.example()
    let pairs = EditPairs.make(count: 64, from: base, seed: 13).filter { !$0.kind.conflicts }
    #expect(pairs.count >= 40)
    for pair in pairs {
      let merge = try MergeFixture.merge(pair.document, base: pair.base, ours: pair.ours, theirs: pair.theirs)
      #expect(merge.conflicts.isEmpty, "\(pair.kind.rawValue): \(merge.conflicts.map(\.summary))")
      let merged = try #require(MergeFixture.workspace(pair.ours, with: pair.document, from: merge.bytes), "\(pair.kind.rawValue)")
      let expected = try #require(pair.expected)
      // Both edits, in the order a person applying one after the other would get.
      #expect(try MergeFixture.bytes(pair.document, of: merged) == MergeFixture.bytes(pair.document, of: expected), "\(pair.kind.rawValue)")
      // Byte for byte what the store writes for that document.
      #expect(merge.bytes == (try MergeFixture.bytes(pair.document, of: merged)), "\(pair.kind.rawValue)")
      #expect(try MergeFixture.errors(in: merged).isEmpty, "\(pair.kind.rawValue)")
    }
  }

  @Test func conflictingEditsAreReportedWithEverySideRecoverable() throws {
    let base = try MergeFixture.example()
    let pairs = EditPairs.make(count: 64, from: base, seed: 13).filter(\.kind.conflicts)
    #expect(pairs.count >= 15)
    for pair in pairs {
      let merge = try MergeFixture.merge(pair.document, base: pair.base, ours: pair.ours, theirs: pair.theirs)
      #expect(!merge.conflicts.isEmpty, "\(pair.kind.rawValue) was not reported")
      // The file stays a valid document of its kind.
      let merged = try #require(MergeFixture.workspace(pair.ours, with: pair.document, from: merge.bytes), "\(pair.kind.rawValue)")
      #expect(try MergeFixture.errors(in: merged).isEmpty, "\(pair.kind.rawValue)")
      let sides = try [pair.base, pair.ours, pair.theirs].map { try MergeFixture.tree(pair.document, of: $0) }
      var resolved = try JSONParser.parse(merge.bytes)
      for conflict in merge.conflicts {
        #expect(conflict.base == ConflictResolution.value(of: conflict, in: sides[0]), "\(pair.kind.rawValue): base")
        #expect(conflict.ours == ConflictResolution.value(of: conflict, in: sides[1]), "\(pair.kind.rawValue): ours")
        #expect(conflict.theirs == ConflictResolution.value(of: conflict, in: sides[2]), "\(pair.kind.rawValue): theirs")
        resolved = try #require(ConflictResolution.resolve(conflict, choosing: .theirs, in: resolved))
      }
      // Taking theirs everywhere puts their side back where it conflicted.
      for conflict in merge.conflicts where conflict.kind != .moved {
        #expect(ConflictResolution.value(of: conflict, in: resolved) == conflict.theirs, "\(pair.kind.rawValue)")
      }
    }
  }
}
