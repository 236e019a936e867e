import Dispatch

/// `body` for every index from 0 to `count`, run on all cores, the results in index order: how
/// the store reads the files of a load and encodes the documents of a save.
func concurrentMap<Value>(_ count: Int, filling placeholder: Value, _ body: (Int) -> Value) -> [Value] {
  guard count > 1 else { return (0..<count).map(body) }
  let slots = Slots(count: count, placeholder: placeholder)
  withoutActuallyEscaping(body) { body in
    let run = UncheckedSendable(body)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(run.value(index), at: index) }
  }
  return slots.values
}

/// Result slots that concurrent workers fill, each at its own index only.
private final class Slots<Value>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Value>

  init(count: Int, placeholder: Value) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: placeholder)
  }

  deinit {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ value: Value, at index: Int) { buffer[index] = value }

  var values: [Value] { Array(buffer) }
}

/// A value handed to the workers of `concurrentMap`, which only read it.
private struct UncheckedSendable<Wrapped>: @unchecked Sendable {
  let value: Wrapped
  init(_ value: Wrapped) { self.value = value }
}
