import Dispatch
import Glibc
import Synchronization

/// `body` for every index from 0 to `count`, run on all cores, the results in index order: how
/// the store reads the files of a load and encodes the documents of a save, and the import reads
/// the parts of a large file.
public func concurrentMap<Value>(_ count: Int, filling placeholder: Value, _ body: (Int) -> Value) -> [Value] {
  guard count > 1 else { return (0..<count).map(body) }
  let slots = Slots(count: count, placeholder: placeholder)
  withoutActuallyEscaping(body) { body in
    let run = UncheckedSendable(body)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(run.value(index), at: index) }
  }
  return slots.values
}

/// The same on `threads` threads of its own, whatever the number of cores: for work that waits on
/// the disk rather than the processor, such as flushing files.
func concurrentMap<Value>(_ count: Int, threads: Int, filling placeholder: Value, _ body: (Int) -> Value) -> [Value] {
  let width = min(threads, count)
  guard width > 1 else { return (0..<count).map(body) }
  let slots = Slots(count: count, placeholder: placeholder)
  let next = Counter()
  withoutActuallyEscaping(body) { body in
    let run = UncheckedSendable(body)
    let work = Work {
      while case let index = next.take(), index < count { slots.store(run.value(index), at: index) }
    }
    // Joined before the block ends, so nothing keeps `body` past it.
    var started: [pthread_t] = []
    for _ in 0..<width {
      var thread = pthread_t()
      let context = Unmanaged.passRetained(work).toOpaque()
      if pthread_create(&thread, nil, { context in
        context.map { Unmanaged<Work>.fromOpaque($0).takeRetainedValue() }?.run()
        return nil
      }, context) == 0 {
        started.append(thread)
      } else {
        Unmanaged<Work>.fromOpaque(context).release()
      }
    }
    // With no thread to be had, the work is done here.
    if started.isEmpty { work.run() }
    for thread in started { pthread_join(thread, nil) }
  }
  return slots.values
}

/// What each thread of `concurrentMap(_:threads:filling:_:)` runs.
private final class Work: @unchecked Sendable {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
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

/// The next index for a worker to take.
private final class Counter: Sendable {
  private let next = Atomic<Int>(0)
  func take() -> Int { next.add(1, ordering: .relaxed).oldValue }
}

/// A value handed to the workers of `concurrentMap`, which only read it.
private struct UncheckedSendable<Wrapped>: @unchecked Sendable {
  let value: Wrapped
  init(_ value: Wrapped) { self.value = value }
}
