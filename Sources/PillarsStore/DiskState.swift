/// A document file as last seen: enough to tell whether it changed, without its bytes.
enum DiskState: Equatable {
  case content(Fingerprint)
  /// The file is there but cannot be read; the reason is for messages only.
  case unreadable(String)

  init(_ bytes: [UInt8]) { self = .content(Fingerprint(bytes)) }

  init(_ file: FileRead) {
    switch file {
    case .bytes(let bytes): self.init(bytes)
    case .unreadable(let reason): self = .unreadable(reason)
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.content(let a), .content(let b)): a == b
    case (.unreadable, .unreadable): true
    default: false
    }
  }
}

/// A document file as read just now.
enum FileRead {
  case bytes([UInt8])
  case unreadable(String)
}
