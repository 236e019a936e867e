/// A terminal for tests: it keeps every frame drawn and hands out queued events.
public final class RecordingTerminal: Terminal {
  public var size: (width: Int, height: Int)
  /// Every frame drawn, oldest first.
  public private(set) var frames: [Buffer] = []
  /// Events still to be handed out by `nextEvent`, first first.
  public var queuedEvents: [InputEvent]
  public private(set) var suspendCount = 0
  public private(set) var resumeCount = 0
  public private(set) var isShutDown = false
  /// Whether `suspend()` was called without a `resume()` since.
  public private(set) var isSuspended = false

  public init(width: Int = 80, height: Int = 24, events: [InputEvent] = []) {
    self.size = (width, height)
    self.queuedEvents = events
  }

  /// The frame drawn last.
  public var lastFrame: Buffer? { frames.last }

  /// Adds events to the end of the queue.
  public func enqueue(_ events: InputEvent...) {
    queuedEvents.append(contentsOf: events)
  }

  /// Changes the size and queues the resize event a real terminal would send.
  public func resize(width: Int, height: Int) {
    size = (width, height)
    queuedEvents.append(.resize(width: width, height: height))
  }

  public func draw(_ buffer: Buffer) {
    frames.append(buffer)
  }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !queuedEvents.isEmpty else { return nil }
    return queuedEvents.removeFirst()
  }

  public func suspend() {
    suspendCount += 1
    isSuspended = true
  }

  public func resume() {
    resumeCount += 1
    isSuspended = false
  }

  public func shutdown() {
    isShutDown = true
  }
}
