import Synchronization

/// curses keeps one current screen per process: this makes sure only one terminal holds it.
enum ScreenOwnership {
  private static let taken = Mutex(false)

  /// Takes the screen; false when another terminal has it.
  static func claim() -> Bool {
    taken.withLock { taken in
      if taken { return false }
      taken = true
      return true
    }
  }

  /// Gives the screen back.
  static func release() {
    taken.withLock { $0 = false }
  }
}
