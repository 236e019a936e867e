/// How much of a row or column split a part takes.
///
/// Fixed sizes and fractions are served first, in order, each clipped to what is left; the
/// remainder is shared among the `fill` parts by weight.
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells, or what is left when fewer remain.
  case fixed(Int)
  /// `numerator / denominator` of the space available, rounded down.
  case fraction(Int, Int)
  /// A share of what the other parts leave, proportional to the weight.
  case fill(Int)

  /// A share of what is left, weight 1.
  public static let fill = Constraint.fill(1)

  /// A percentage of the space available.
  public static func percent(_ value: Int) -> Constraint { .fraction(value, 100) }

  /// The sizes of the parts sharing `total` cells, with `spacing` cells between each two.
  public static func sizes(of constraints: [Constraint], in total: Int, spacing: Int = 0) -> [Int] {
    guard !constraints.isEmpty else { return [] }
    let available = max(0, total - max(0, spacing) * (constraints.count - 1))
    var sizes = [Int](repeating: 0, count: constraints.count)
    var remaining = available
    for (index, constraint) in constraints.enumerated() {
      let wanted: Int
      switch constraint {
      case .fixed(let cells): wanted = cells
      case .fraction(let numerator, let denominator):
        wanted = denominator > 0 ? available * max(0, numerator) / denominator : 0
      case .fill: continue
      }
      sizes[index] = min(max(0, wanted), remaining)
      remaining -= sizes[index]
    }
    let fills = constraints.enumerated().compactMap { index, constraint -> (Int, Int)? in
      if case .fill(let weight) = constraint { return (index, max(0, weight)) }
      return nil
    }
    let totalWeight = fills.reduce(0) { $0 + $1.1 }
    guard totalWeight > 0 else { return sizes }
    var shared = 0
    for (index, weight) in fills {
      sizes[index] = remaining * weight / totalWeight
      shared += sizes[index]
    }
    // Rounding leftovers go to the fill parts in order, one cell each.
    var leftover = remaining - shared
    for (index, weight) in fills where leftover > 0 && weight > 0 {
      sizes[index] += 1
      leftover -= 1
    }
    return sizes
  }
}
