extension Double {
  /// The number as a person writes it: `7`, `4.5`, `0.25`, at most `digits` decimals.
  public func compactText(digits: Int = 2) -> String {
    // Past 10^15 decimals no longer matter, and scaling could overflow: written as Swift does, `1e+308`.
    guard isFinite, abs(self) < 1e15 else { return description }
    var scale = 1.0
    for _ in 0..<max(0, digits) { scale *= 10 }
    let rounded = (self * scale).rounded() / scale
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    var text = String(rounded)
    if text.contains("e") { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  public var compactText: String { compactText() }
}
