import Dispatch

/// Independent pieces of work done at once, one per core: the merge driver parses and lays out
/// base, ours and theirs side by side, then checks and writes the merged document side by side.
final class AtOnce<Value>: @unchecked Sendable {
  /// Each piece's result, in order.
  private(set) var values: [Value?]

  init(_ count: Int, _ body: (Int) -> Value) {
    let slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    withoutActuallyEscaping(body) { body in
      // Each worker writes only its own slot.
      let work = UncheckedBox((body, slots))
      DispatchQueue.concurrentPerform(iterations: count) { index in work.value.1[index] = work.value.0(index) }
    }
    values = Array(slots)
  }
}

private struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
