/// The Pillars process that holds a workspace's lock, as it wrote itself into the lock file.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
  public var process: Int32
  /// What it is doing, such as `pillars import values.csv`.
  public var activity: String
  /// How long it has held the lock, in seconds.
  public var heldFor: Double

  public init(process: Int32, activity: String, heldFor: Double) {
    self.process = process
    self.activity = activity
    self.heldFor = heldFor
  }

  /// "`pillars import` (process 4242, for 3 s)".
  public var description: String {
    "`\(activity)` (process \(process), for \(WorkspaceLock.duration(heldFor)))"
  }
}
