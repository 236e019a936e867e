import Glibc

/// Wall-clock timing and the statistics the budgets are stated in.
public enum Measure {
  /// Seconds on the monotonic clock.
  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Seconds of processor time this thread has used: unlike the clock, it does not count the time
  /// other processes took the processor, so it compares builds on a busy machine.
  public static func processorNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Milliseconds since `start`, a value of ``now()``.
  public static func since(_ start: Double) -> Double { (now() - start) * 1000 }

  /// How long `body` takes, in milliseconds.
  public static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return (now() - start) * 1000
  }

  /// The value below which `fraction` of the samples fall (nearest rank).
  public static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  public static func median(_ samples: [Double]) -> Double { percentile(samples, 0.5) }

  /// The process's peak resident memory so far, in bytes.
  public static func peakMemory() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }

  /// The size of a file, or 0 when it cannot be read.
  public static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  public static func format(_ milliseconds: Double) -> String {
    milliseconds < 10 ? String(Int((milliseconds * 1000).rounded())) + " µs" : String(Int(milliseconds.rounded())) + " ms"
  }
}
