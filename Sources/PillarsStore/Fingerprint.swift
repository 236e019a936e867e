/// What the store remembers of a file's content: its length and two independent 64-bit hashes,
/// enough to tell that a file changed on disk without keeping its bytes in memory.
struct Fingerprint: Equatable, Sendable {
  let count: Int
  let first: UInt64
  let second: UInt64

  init(_ bytes: [UInt8]) {
    count = bytes.count
    // FNV-1a and a multiply-xorshift mix, over 8-byte words with the tail padded by zeros.
    var first: UInt64 = 0xcbf2_9ce4_8422_2325
    var second: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        first = (first ^ word) &* 0x0000_0100_0000_01b3
        second = Fingerprint.mix(second &+ word)
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
      first = (first ^ tail) &* 0x0000_0100_0000_01b3
      second = Fingerprint.mix(second &+ tail)
    }
    self.first = first
    self.second = second
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 30
    x = x &* 0xbf58_476d_1ce4_e5b9
    x ^= x >> 27
    x = x &* 0x94d0_49bb_1331_11eb
    return x ^ (x >> 31)
  }
}
