import Foundation

/// One value handed from a worker thread to the run loop, which takes it on its next turn.
final class Mailbox<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value?

  func put(_ newValue: Value) { lock.withLock { value = newValue } }

  func take() -> Value? {
    lock.withLock {
      defer { value = nil }
      return value
    }
  }
}
