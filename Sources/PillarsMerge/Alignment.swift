/// The longest common subsequence of two lists: which elements of the first are kept, in order,
/// in the second. What a three-way merge anchors on, and how a moved item is told from the rest.
enum Alignment {
  /// Lists longer than this, multiplied, are not aligned (the table would be too large): the
  /// caller treats the lists as changed as a whole.
  static let largestTable = 4_000_000

  /// For each element of `first`, the index of its partner in `second`, or nil when it has none;
  /// nil when the lists are too long to align.
  static func matches<Element: Equatable>(_ first: some Collection<Element>, _ second: some Collection<Element>) -> [Int?]? {
    let a = Array(first)
    let b = Array(second)
    // The common start and end need no table.
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let n = a.count - prefix - suffix
    let m = b.count - prefix - suffix
    guard n * m <= largestTable else { return nil }
    var result = [Int?](repeating: nil, count: a.count)
    for i in 0..<prefix { result[i] = i }
    for k in 0..<suffix { result[a.count - 1 - k] = b.count - 1 - k }
    guard n > 0, m > 0 else { return result }
    // lengths[i][j]: the longest common subsequence of a[prefix+i...] and b[prefix+j...] (the middles).
    var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * (m + 1) + j] =
          a[prefix + i] == b[prefix + j]
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
      }
    }
    var (i, j) = (0, 0)
    while i < n, j < m {
      if a[prefix + i] == b[prefix + j] {
        result[prefix + i] = prefix + j
        i += 1
        j += 1
      } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}
