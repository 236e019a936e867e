/// Where a value sits between two others, for placing it on a chart row or a bar glyph.
///
/// Safe for any doubles: values far apart (`-1e308` and `1e308`) would overflow a plain
/// `(value - low) / (high - low)` to infinity or NaN, and `Int` of those traps.
public enum Proportion {
  /// 0 at `low`, 1 at `high`, clamped to 0...1; 0.5 when the range is empty or not finite.
  public static func fraction(of value: Double, from low: Double, to high: Double) -> Double {
    // Halved first, so the differences of finite values stay finite.
    let span = high / 2 - low / 2
    let fraction = (value / 2 - low / 2) / span
    guard span > 0, fraction.isFinite else { return 0.5 }
    return min(max(fraction, 0), 1)
  }

  /// The step, 0 to `steps`, nearest to `fraction` of the way.
  public static func step(_ fraction: Double, of steps: Int) -> Int {
    guard fraction.isFinite, steps > 0 else { return 0 }
    return Int((min(max(fraction, 0), 1) * Double(steps)).rounded())
  }
}
