import Testing

@testable import PillarsStore

/// The store tells a changed file from its own by fingerprint, so any edit must change it.
@Suite struct FingerprintTests {
  @Test("equal bytes give equal fingerprints; one changed, added or removed byte anywhere does not")
  func everyEditChangesTheFingerprint() {
    let text = Array(String(repeating: "{\"week\": \"2026-W07\", \"value\": 4.25}\n", count: 300).utf8)
    let original = Fingerprint(text)
    #expect(Fingerprint(text) == original)
    for position in [0, 1, 7, 8, 9, text.count / 2, text.count - 9, text.count - 1] {
      var changed = text
      changed[position] ^= 0x01
      #expect(Fingerprint(changed) != original, "byte \(position) changed")
    }
    #expect(Fingerprint(text + [0]) != original)
    #expect(Fingerprint(Array(text.dropLast())) != original)
    // Words that swap places, and a tail padded with zeros, are still told apart.
    #expect(Fingerprint(Array("abcdefghABCDEFGH".utf8)) != Fingerprint(Array("ABCDEFGHabcdefgh".utf8)))
    #expect(Fingerprint([1, 0]) != Fingerprint([1]))
  }
}
