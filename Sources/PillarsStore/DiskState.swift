/// A document file as last seen.
enum DiskState: Equatable {
  case content([UInt8])
  /// The file is there but cannot be read; the reason is for messages only.
  case unreadable(String)

  static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.content(let a), .content(let b)): a == b
    case (.unreadable, .unreadable): true
    default: false
    }
  }
}
