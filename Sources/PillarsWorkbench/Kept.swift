/// A value a screen keeps between keystrokes so as not to work it out again, such as a ranking
/// or a count over every journey. It is a cache: it never makes two states differ, so comparing
/// states (as tests and undo do) sees only what the user sees.
struct Kept<Value: Sendable>: Equatable, Sendable {
  var value: Value?

  init(_ value: Value? = nil) {
    self.value = value
  }

  static func == (_: Self, _: Self) -> Bool { true }
}
