/// Scores how well a typed query matches a command's title, as command palettes do:
/// every query character in order, bonuses for word starts and runs.
public enum FuzzyMatch {
  /// Nil when the query's characters do not all appear in order.
  public static func score(_ query: String, in candidate: String) -> Int? {
    let q = Array(query.lowercased().filter { !$0.isWhitespace })
    guard !q.isEmpty else { return 0 }
    let c = Array(candidate.lowercased())
    var score = 0
    var qi = 0
    var previousMatch = -2
    for (i, character) in c.enumerated() where qi < q.count && character == q[qi] {
      let wordStart = i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber)
      score += 1
      if wordStart { score += 6 }
      if previousMatch == i - 1 { score += 7 }
      previousMatch = i
      qi += 1
    }
    guard qi == q.count else { return nil }
    return score * 100 - c.count
  }
}
