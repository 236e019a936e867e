import Dispatch

/// Base, ours and theirs worked on at once, one per core: the merge driver reads three versions
/// of a large document, and each is parsed and laid out independently of the others.
final class ThreeVersions<Value>: @unchecked Sendable {
  /// Each version's result, in the order base, ours, theirs.
  private(set) var values: [Value?] = [nil, nil, nil]

  init(_ body: (Int) -> Value) {
    let slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: 3)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    withoutActuallyEscaping(body) { body in
      // Each worker writes only its own slot.
      let work = UncheckedBox((body, slots))
      DispatchQueue.concurrentPerform(iterations: 3) { index in work.value.1[index] = work.value.0(index) }
    }
    values = Array(slots)
  }
}

private struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
