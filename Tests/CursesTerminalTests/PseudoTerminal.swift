import Glibc

/// A pseudo-terminal pair: the test plays the terminal on `leader`, curses runs on `follower`.
struct PseudoTerminal {
  struct Unavailable: Error {}

  let leader: Int32
  let follower: Int32

  init() throws {
    var leader: Int32 = -1
    var follower: Int32 = -1
    guard openpty(&leader, &follower, nil, nil, nil) == 0 else { throw Unavailable() }
    self.leader = leader
    self.follower = follower
  }

  /// Bytes as the terminal sends them: typed keys, answers to queries.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(leader, $0.baseAddress, $0.count) }
  }

  func close() {
    Glibc.close(follower)
    Glibc.close(leader)
  }
}
